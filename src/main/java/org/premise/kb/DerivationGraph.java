package org.premise.kb;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The metadata graph {@code graph:derivation} of a store or a served dataset: one triple
 * {@code graph:inferred premise:closurePredicate P} per transitive predicate P whose closure
 * pairs {@code graph:inferred} does not keep (only P's base edges), so that a reader knows to
 * re-close P over the asserted and inferred triples.
 */
public final class DerivationGraph {
    private DerivationGraph() {}

    /** The metadata graph naming these closure predicates. */
    public static Graph of(Set<Node> closurePredicates) {
        Graph g = GraphFactory.createDefaultGraph();
        closurePredicates.forEach(p -> g.add(Vocab.INFERRED_GRAPH, Vocab.closurePredicate, p));
        return g;
    }

    /** The closure predicates a metadata graph names (none for an empty or absent one). */
    public static Set<Node> closurePredicates(Graph derivation) {
        Set<Node> out = new LinkedHashSet<>();
        derivation.find(Vocab.INFERRED_GRAPH, Vocab.closurePredicate, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) out.add(t.getObject());
        });
        return out;
    }
}
