package org.premise.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * Writes the results of each query form in a {@link ResultFormat}: the text table, the
 * SPARQL 1.1 result formats through Jena's {@link ResultsWriter}, and graphs through
 * {@link RDFDataMgr}. Callers check {@link ResultFormat#fits} first.
 */
public final class ResultWriter {
    private ResultWriter() {}

    /** Writes SELECT results; returns the number of rows written. */
    public static long writeSelect(ResultSet results, ResultFormat format, PrefixMapping prefixes, OutputStream out) {
        return writeSelect(results, format, prefixes, n -> null, out);
    }

    /**
     * Writes SELECT results; returns the number of rows written. The text table ends with the
     * {@code captions} (label or text) of the statements it shows, one per line, so that a person
     * reads words and not only keys; the standard formats carry the results unchanged.
     */
    public static long writeSelect(ResultSet results, ResultFormat format, PrefixMapping prefixes,
                                   java.util.function.Function<org.apache.jena.graph.Node, String> captions, OutputStream out) {
        if (format == ResultFormat.TABLE) {
            return ResultTable.write(results, prefixes, captions, printer(out));
        }
        // Jena's writers do not all advance the row number, so count from an in-memory copy.
        ResultSetRewindable rows = results.rewindable();
        ResultsWriter.create().lang(lang(format)).build().write(out, rows);
        return rows.size();
    }

    /** Writes an ASK answer: {@code true} or {@code false} on a line for the table, else the standard format. */
    public static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TABLE) {
            PrintWriter printer = printer(out);
            printer.println(answer);
            printer.flush();
            return;
        }
        ResultsWriter.create().lang(lang(format)).build().write(out, answer);
    }

    /**
     * Writes a CONSTRUCT or DESCRIBE graph; returns the number of triples. Turtle and JSON-LD
     * use the given prefixes where the graph has none of its own for a namespace.
     */
    public static long writeGraph(Model graph, ResultFormat format, PrefixMapping prefixes, OutputStream out) {
        if (format != ResultFormat.NT) graph.withDefaultMappings(prefixes);
        RDFFormat rdfFormat = switch (format) {
            case TTL -> RDFFormat.TURTLE_PRETTY;
            case NT -> RDFFormat.NTRIPLES;
            case JSONLD -> RDFFormat.JSONLD;
            case RDFXML -> RDFFormat.RDFXML_PRETTY;
            default -> throw new IllegalArgumentException(format + " is not a graph format");
        };
        RDFDataMgr.write(out, graph, rdfFormat);
        return graph.size();
    }

    private static Lang lang(ResultFormat format) {
        return switch (format) {
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case JSON -> ResultSetLang.RS_JSON;
            case XML -> ResultSetLang.RS_XML;
            default -> throw new IllegalArgumentException(format + " is not a SPARQL results format");
        };
    }

    private static PrintWriter printer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }
}
