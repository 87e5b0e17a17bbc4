package org.premise.query;

import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.Query;
import org.premise.FormatChoice;
import org.premise.NamedFormat;

/**
 * How query results are written. SELECT and ASK results: {@code table} (aligned text for
 * people), {@code csv}, {@code tsv}, {@code json} and {@code xml} (the SPARQL 1.1 result
 * formats). CONSTRUCT and DESCRIBE graphs: {@code ttl}, {@code nt}, {@code jsonld} and
 * {@code rdfxml}. The name and the extension {@code xml} mean SPARQL XML results for SELECT and
 * ASK, RDF/XML for CONSTRUCT and DESCRIBE (see {@link #choice}).
 */
public enum ResultFormat implements NamedFormat {
    TABLE(false, List.of("table", "text", "txt"), List.of("txt")),
    CSV(false, List.of("csv"), List.of("csv")),
    TSV(false, List.of("tsv"), List.of("tsv")),
    JSON(false, List.of("json", "srj"), List.of("json", "srj")),
    XML(false, List.of("xml", "srx"), List.of("xml", "srx")),
    TTL(true, List.of("ttl", "turtle"), List.of("ttl")),
    NT(true, List.of("nt", "ntriples", "n-triples"), List.of("nt")),
    JSONLD(true, List.of("jsonld", "json-ld"), List.of("jsonld")),
    RDFXML(true, List.of("rdfxml", "rdf", "xml", "rdf/xml"), List.of("rdf", "owl", "xml"));

    private final boolean forGraphs;
    private final List<String> names;
    private final List<String> extensions;

    ResultFormat(boolean forGraphs, List<String> names, List<String> extensions) {
        this.forGraphs = forGraphs;
        this.names = names;
        this.extensions = extensions;
    }

    @Override
    public List<String> names() { return names; }

    @Override
    public List<String> extensions() { return extensions; }

    /** The name users type ({@code --format csv}). */
    public String id() { return word(); }

    /** Whether this format can write the results of the query's form. */
    public boolean fits(Query query) {
        return forGraphs == returnsGraph(query);
    }

    /** {@code table} for SELECT and ASK, {@code ttl} for CONSTRUCT and DESCRIBE. */
    public static ResultFormat defaultFor(Query query) {
        return returnsGraph(query) ? TTL : TABLE;
    }

    /** The formats that fit the query's form, in declaration order. */
    public static List<ResultFormat> fitting(Query query) {
        return Arrays.stream(values()).filter(f -> f.fits(query)).toList();
    }

    /**
     * How {@code premise query} chooses the format for this query: among those that fit its
     * form, by {@code --format} name, else by the {@code -o} extension; a format of the other
     * form is refused as not fitting ({@code csv} for a CONSTRUCT query).
     */
    public static FormatChoice<ResultFormat> choice(Query query) {
        return FormatChoice.of("query", fitting(query)).within(List.of(values()), "a " + query.queryType() + " query");
    }

    private static boolean returnsGraph(Query query) {
        return query.isConstructType() || query.isDescribeType();
    }
}
