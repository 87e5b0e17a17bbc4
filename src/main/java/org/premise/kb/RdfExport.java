package org.premise.kb;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.BadInputException;

/**
 * Writes a knowledge base (asserted and inferred triples) in a standard RDF syntax; JSON-LD is
 * compacted with the published context ({@link JsonLdOutput}).
 */
public final class RdfExport {
    private RdfExport() {}

    /** The syntaxes {@code premise infer} writes. */
    public enum Format {
        TTL(RDFFormat.TURTLE_PRETTY, false), NT(RDFFormat.NTRIPLES, false), TRIG(RDFFormat.TRIG_PRETTY, true),
        NQ(RDFFormat.NQUADS, true), JSONLD(RDFFormat.JSONLD11, true);

        final RDFFormat rdfFormat;
        final boolean quads;

        Format(RDFFormat rdfFormat, boolean quads) {
            this.rdfFormat = rdfFormat;
            this.quads = quads;
        }

        /** The Jena output format. */
        public RDFFormat rdfFormat() { return rdfFormat; }

        /** Parses a user's format name (case-insensitive). */
        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("unknown format \"" + name + "\"; expected one of: "
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
            }
        }
    }

    /**
     * Writes everything: the ontology, every source, the rules' deductions and the analysis
     * (quad formats keep each in its own named graph); or, with {@code inferredOnly}, only what
     * the rules derived.
     */
    public static void write(KnowledgeBase kb, Format format, boolean inferredOnly, OutputStream out) {
        if (format.quads) {
            DatasetGraph dsg = DatasetGraphFactory.createGeneral();
            dsg.prefixes().putAll(Vocab.PREFIXES);
            if (!inferredOnly) {
                dsg.addGraph(Vocab.ONTOLOGY_GRAPH, kb.ontology());
                kb.sources().forEach(dsg::addGraph);
            }
            dsg.addGraph(Vocab.INFERRED_GRAPH, kb.inferred());
            if (!inferredOnly && kb.hasAnalysis()) dsg.addGraph(Vocab.ANALYSIS_GRAPH, kb.analysis());
            if (format == Format.JSONLD) JsonLdOutput.write(dsg, out);
            else RDFDataMgr.write(out, dsg, format.rdfFormat);
        } else {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
            (inferredOnly ? kb.inferred() : kb.union()).find().forEachRemaining(g::add);
            RDFDataMgr.write(out, g, format.rdfFormat);
        }
    }

    /** Writes one graph (for example a VoID description or an enrichment) in a syntax; quad syntaxes write it as the default graph. */
    public static void writeGraph(Graph graph, Format format, OutputStream out) {
        if (format == Format.JSONLD) JsonLdOutput.write(DatasetGraphFactory.wrap(graph), out);
        else RDFDataMgr.write(out, graph, format.rdfFormat);
    }
}
