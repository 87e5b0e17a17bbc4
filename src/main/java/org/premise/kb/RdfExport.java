package org.premise.kb;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.rdf.FileFormat;
import org.premise.rdf.JsonLdOutput;
import org.premise.rdf.Vocab;

/**
 * Writes a knowledge base (asserted and inferred triples) in a standard RDF syntax; JSON-LD is
 * compacted with the published context ({@link JsonLdOutput}).
 */
public final class RdfExport {
    private RdfExport() {}

    /**
     * Writes everything: the ontology, every source, the rules' deductions and the analysis
     * (quad formats keep each in its own named graph); or, with {@code inferredOnly}, only what
     * the rules derived.
     */
    public static void write(KnowledgeBase kb, FileFormat format, boolean inferredOnly, OutputStream out) {
        if (format.quads()) {
            DatasetGraph dsg = DatasetGraphFactory.createGeneral();
            dsg.prefixes().putAll(Vocab.PREFIXES);
            if (inferredOnly) dsg.addGraph(Vocab.INFERRED_GRAPH, kb.inferred());
            else kb.namedGraphs().forEach(dsg::addGraph);
            if (format == FileFormat.JSONLD) JsonLdOutput.write(dsg, out);
            else RDFDataMgr.write(out, dsg, format.rdfFormat());
        } else {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
            (inferredOnly ? kb.inferred() : kb.union()).find().forEachRemaining(g::add);
            RDFDataMgr.write(out, g, format.rdfFormat());
        }
    }

    /** Writes one graph (for example a VoID description or an enrichment) in a syntax; quad syntaxes write it as the default graph. */
    public static void writeGraph(Graph graph, FileFormat format, OutputStream out) {
        if (format == FileFormat.JSONLD) JsonLdOutput.write(DatasetGraphFactory.wrap(graph), out);
        else RDFDataMgr.write(out, graph, format.rdfFormat());
    }
}
