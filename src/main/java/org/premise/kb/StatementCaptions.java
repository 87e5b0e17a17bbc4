package org.premise.kb;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.premise.rdf.GraphLookup;
import org.premise.rdf.Vocab;

/**
 * What to show beside a statement's key so that people read words, not keys: its label
 * ({@code rdfs:label}), else its text ({@code premise:text}) cut to {@link #MAX_LENGTH}
 * characters at a word, else nothing. An imported AIF proposition has only a text, a digest
 * statement usually both. Nodes that are not statements (no text, no key) get no caption, so
 * a table of concepts or documents is left as it is. Look-ups are cached; not thread-safe.
 */
public final class StatementCaptions {
    /** Longest caption made from a text, ellipsis included. */
    public static final int MAX_LENGTH = 80;

    private final Graph graph;
    private final Map<Node, String> cache = new HashMap<>();

    public StatementCaptions(Graph graph) {
        this.graph = graph;
    }

    /** The caption of a statement, or null when it has none or is not a statement. */
    public String of(Node statement) {
        if (statement == null || statement.isLiteral()) return null;
        return cache.computeIfAbsent(statement, this::lookUp);
    }

    private String lookUp(Node n) {
        String text = GraphLookup.lexical(graph, n, Vocab.text);
        if (text == null && !graph.contains(n, Vocab.key, Node.ANY)) return null;
        String label = GraphLookup.lexical(graph, n, Vocab.rdfsLabel);
        if (label != null && !label.isBlank()) return label.strip();
        return text == null || text.isBlank() ? null : shorten(text.strip());
    }

    /** The text cut at a word to at most {@link #MAX_LENGTH} characters, with an ellipsis when cut. */
    public static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        if (oneLine.length() <= MAX_LENGTH) return oneLine;
        int cut = oneLine.lastIndexOf(' ', MAX_LENGTH - 1);
        if (cut < MAX_LENGTH / 2) cut = MAX_LENGTH - 1;
        return oneLine.substring(0, cut).stripTrailing() + "…";
    }
}
