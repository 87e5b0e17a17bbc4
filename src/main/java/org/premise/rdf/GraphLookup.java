package org.premise.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.util.iterator.ExtendedIterator;

/** Reads single values out of a graph, closing the iterator it opens. */
public final class GraphLookup {
    private GraphLookup() {}

    /** One object of {@code (s, p, ?)}, or null when there is none. */
    public static Node object(Graph g, Node s, Node p) {
        ExtendedIterator<org.apache.jena.graph.Triple> it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /** The lexical form of one literal object of {@code (s, p, ?)}, or null when there is none. */
    public static String lexical(Graph g, Node s, Node p) {
        Node o = object(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }
}
