package org.premise.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.premise.BadInputException;

/**
 * How query results are written. SELECT and ASK results: {@code table} (aligned text for
 * people), {@code csv}, {@code tsv}, {@code json} and {@code xml} (the SPARQL 1.1 result
 * formats). CONSTRUCT and DESCRIBE graphs: {@code ttl}, {@code nt}, {@code jsonld}.
 */
public enum ResultFormat {
    TABLE(false), CSV(false), TSV(false), JSON(false), XML(false),
    TTL(true), NT(true), JSONLD(true);

    private final boolean forGraphs;

    ResultFormat(boolean forGraphs) { this.forGraphs = forGraphs; }

    /** The name users type ({@code --format csv}). */
    public String id() { return name().toLowerCase(Locale.ROOT); }

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
     * The format a user named (case-insensitive; {@code turtle} and {@code ntriples} are
     * accepted too).
     *
     * @throws BadInputException naming the valid formats
     */
    public static ResultFormat parse(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("turtle")) return TTL;
        if (wanted.equals("ntriples") || wanted.equals("n-triples")) return NT;
        if (wanted.equals("json-ld")) return JSONLD;
        for (ResultFormat format : values()) if (format.id().equals(wanted)) return format;
        throw new BadInputException("unknown format \"" + id + "\"; expected one of: "
                + String.join(", ", Arrays.stream(values()).map(ResultFormat::id).toList()));
    }

    private static boolean returnsGraph(Query query) {
        return query.isConstructType() || query.isDescribeType();
    }
}
