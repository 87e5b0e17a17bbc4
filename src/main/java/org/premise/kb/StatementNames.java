package org.premise.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.premise.BadInputException;
import org.premise.ClosestNames;
import org.premise.rdf.GraphLookup;
import org.premise.rdf.Vocab;

/**
 * Resolves the names users type for statements and other resources: a statement key
 * ({@code models-capable}), a prefixed name ({@code st:models-capable}, {@code premise:dependsOn})
 * or a full IRI (with or without angle brackets). An unknown name is answered with the
 * closest keys.
 */
public final class StatementNames {
    private final Graph graph;
    private final TreeMap<String, Node> byKey = new TreeMap<>();

    public StatementNames(Graph graph) {
        this.graph = graph;
        graph.find(Node.ANY, Vocab.key, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) byKey.putIfAbsent(t.getObject().getLiteralLexicalForm(), t.getSubject());
        });
    }

    /** Every key, sorted. */
    public List<String> keys() { return new ArrayList<>(byKey.keySet()); }

    /** The key of a node, or null when it has none. */
    public String keyOf(Node node) {
        return GraphLookup.lexical(graph, node, Vocab.key);
    }

    /** Query parameters that name a statement: their value must be one the knowledge base has. */
    public static final java.util.Set<String> STATEMENT_PARAMETERS = java.util.Set.of("statement");

    /**
     * A named query's parameter as the command line and the server read it: a parameter named
     * {@code statement} must name a statement the knowledge base has, by key, prefixed name or
     * IRI (a mistyped key is an error listing the closest keys, not an empty answer); in any
     * other parameter a statement key names its statement; anything else is read by
     * {@code otherwise} (SPARQL's term syntax).
     */
    public Node parameter(String parameter, String value, java.util.function.BiFunction<String, String, Node> otherwise) {
        String v = value.strip();
        if (STATEMENT_PARAMETERS.contains(parameter)) {
            try {
                return statement(v);
            } catch (BadInputException e) {
                throw new BadInputException(null, -1, -1, "--param " + parameter + ": " + e.getMessage(), e);
            }
        }
        return byKey.containsKey(v) ? byKey.get(v) : otherwise.apply(parameter, value);
    }

    /** A statement known to the knowledge base, by key, prefixed name or IRI. */
    public Node statement(String name) {
        Node node = term(name);
        if (!graph.contains(node, Node.ANY, Node.ANY) && !graph.contains(Node.ANY, Node.ANY, node)) {
            throw unknown("statement", name);
        }
        return node;
    }

    /**
     * Any resource name: a key names its statement; otherwise a prefixed name or IRI is
     * expanded without checking that the knowledge base mentions it (predicates, classes).
     */
    public Node term(String name) {
        String n = name.trim();
        if (byKey.containsKey(n)) return byKey.get(n);
        if (n.startsWith("<") && n.endsWith(">")) return iri(name, n.substring(1, n.length() - 1));
        int colon = n.indexOf(':');
        if (colon > 0) {
            String prefix = n.substring(0, colon);
            if (Vocab.PREFIXES.getNsPrefixURI(prefix) != null) return iri(name, Vocab.PREFIXES.expandPrefix(n));
            if (n.startsWith("http://") || n.startsWith("https://") || n.startsWith("urn:")) return iri(name, n);
            throw new BadInputException("unknown prefix \"" + prefix + ":\" in \"" + name + "\"; known prefixes: "
                    + String.join(", ", new java.util.TreeSet<>(Vocab.PREFIXES.getNsPrefixMap().keySet())));
        }
        throw unknown("statement", name);
    }

    private static Node iri(String name, String iri) {
        if (!IRIs.check(iri)) throw new BadInputException("\"" + name + "\" is not a valid IRI");
        return NodeFactory.createURI(iri);
    }

    private BadInputException unknown(String what, String name) {
        List<String> closest = ClosestNames.closest(name, byKey.keySet(), 5);
        return new BadInputException("unknown " + what + " \"" + name + "\""
                + (closest.isEmpty() ? "" : "; closest keys: " + String.join(", ", closest)));
    }
}
