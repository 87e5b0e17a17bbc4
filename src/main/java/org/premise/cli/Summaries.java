package org.premise.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.premise.rdf.Vocab;

/** The summary lines of {@code ingest} and {@code import-aif} when they write RDF: what was read. */
final class Summaries {
    private Summaries() {}

    /** {@code ingested 2 documents (40 statements, 1,234 triples)}. */
    static String ingested(Map<Node, Graph> documents) {
        return String.format(Locale.ROOT, "ingested %s (%s, %s)", count(documents.size(), "document"),
                count(statements(documents), "statement"), count(triples(documents), "triple"));
    }

    /** {@code imported 2 maps (30 statements, 1,234 triples)}. */
    static String imported(Map<Node, Graph> maps) {
        return String.format(Locale.ROOT, "imported %s (%s, %s)", count(maps.size(), "map"),
                count(statements(maps), "statement"), count(triples(maps), "triple"));
    }

    /** Statements and open questions: the subjects with a text. */
    private static long statements(Map<Node, Graph> graphs) {
        Set<Node> withText = new HashSet<>();
        graphs.values().forEach(g -> g.find(Node.ANY, Vocab.text, Node.ANY).forEachRemaining(t -> withText.add(t.getSubject())));
        return withText.size();
    }

    private static long triples(Map<Node, Graph> graphs) {
        return graphs.values().stream().mapToLong(Graph::size).sum();
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
