package org.premise.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * SELECT results as an aligned text table for people: a header of the variable names (in the
 * query's order), a rule of dashes, then one line per row, columns two spaces apart. IRIs are
 * shortened with the prefixes when a legal prefixed name exists, else shown as
 * {@code <iri>}; strings are shown bare, and quoted with escapes only when empty or when
 * whitespace or control characters would be invisible; a language tag follows as
 * {@code text@en}; numbers and booleans are bare; other typed literals are
 * {@code "lexical"^^datatype}; blank nodes are {@code _:label}; unbound cells are empty.
 * No row count is printed (the caller gets it back and may report it elsewhere). All rows are
 * read before writing, to size the columns. After the table, each statement it shows that has
 * a caption (its label or shortened text) is listed once, as {@code cell: caption}, in order of
 * first appearance: the table stays narrow and the words are there.
 */
final class ResultTable {
    private static final String GAP = "  ";

    private ResultTable() {}

    /** Writes the table and returns the number of rows. */
    static long write(ResultSet results, PrefixMapping prefixes, java.util.function.Function<Node, String> captions, PrintWriter out) {
        List<String> columns = results.getResultVars();
        List<String[]> rows = new ArrayList<>();
        java.util.Map<String, String> glossary = new java.util.LinkedHashMap<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            String[] row = new String[columns.size()];
            for (int i = 0; i < row.length; i++) {
                RDFNode value = solution.get(columns.get(i));
                row[i] = value == null ? "" : cell(value.asNode(), prefixes);
                if (value != null && !value.isLiteral() && !glossary.containsKey(row[i])) {
                    String caption = captions.apply(value.asNode());
                    if (caption != null) glossary.put(row[i], caption);
                }
            }
            rows.add(row);
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) widths[i] = width(columns.get(i));
        for (String[] row : rows) for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], width(row[i]));

        line(columns.toArray(String[]::new), widths, out);
        String[] rule = new String[widths.length];
        for (int i = 0; i < widths.length; i++) rule[i] = "-".repeat(widths[i]);
        line(rule, widths, out);
        for (String[] row : rows) line(row, widths, out);
        if (!glossary.isEmpty()) {
            out.println();
            glossary.forEach((cell, caption) -> out.println(cell + ": " + caption));
        }
        out.flush();
        return rows.size();
    }

    /** How one RDF term reads in the table. */
    static String cell(Node node, PrefixMapping prefixes) {
        if (node.isURI()) {
            String prefixed = prefixes.qnameFor(node.getURI());
            return prefixed != null ? prefixed : "<" + node.getURI() + ">";
        }
        if (node.isBlank()) return "_:" + node.getBlankNodeLabel();
        if (!node.isLiteral()) return node.toString();
        String lexical = node.getLiteralLexicalForm();
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty()) return text(lexical) + "@" + language;
        String datatype = node.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())) return text(lexical);
        if (bareDatatype(datatype)) return lexical;
        return quoted(lexical) + "^^" + cell(org.apache.jena.graph.NodeFactory.createURI(datatype), prefixes);
    }

    private static boolean bareDatatype(String datatype) {
        return datatype.equals(XSDDatatype.XSDinteger.getURI()) || datatype.equals(XSDDatatype.XSDdecimal.getURI())
                || datatype.equals(XSDDatatype.XSDdouble.getURI()) || datatype.equals(XSDDatatype.XSDboolean.getURI());
    }

    private static String text(String lexical) {
        boolean needsQuotes = lexical.isEmpty() || !lexical.equals(lexical.strip())
                || lexical.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        return needsQuotes ? quoted(lexical) : lexical;
    }

    private static String quoted(String lexical) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : lexical.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }

    private static void line(String[] cells, int[] widths, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(GAP);
            sb.append(cells[i]).append(" ".repeat(widths[i] - width(cells[i])));
        }
        out.println(sb.toString().stripTrailing());
    }

    private static int width(String s) { return s.codePointCount(0, s.length()); }
}
