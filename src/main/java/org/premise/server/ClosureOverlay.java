package org.premise.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.premise.kb.DatasetLayout;
import org.premise.reason.Inference;
import org.premise.reason.derive.ClosureView;

/**
 * The closure pairs a served dataset shows in {@code graph:inferred} beyond what its base
 * stores: one {@link ClosureView} per closure predicate, over the base's edges (the asserted
 * graphs and {@code graph:inferred}). Immutable, and safe to read from many threads; a new
 * one is made after each committed write, never per query.
 */
final class ClosureOverlay {
    /** No closure predicates: the base stores every inferred triple. */
    static final ClosureOverlay NONE = new ClosureOverlay(Map.of());

    private final Map<Node, Graph> views;

    private ClosureOverlay(Map<Node, Graph> views) {
        this.views = Map.copyOf(views);
    }

    /**
     * The closures of the predicates the base's {@code graph:derivation} names, built from the
     * base's triples; call inside a transaction on it.
     */
    static ClosureOverlay read(DatasetGraph base) {
        Map<Node, Graph> views = new LinkedHashMap<>();
        // The union holds the asserted graphs and graph:inferred; no other graph has these predicates.
        Graph edges = base.getUnionGraph();
        for (Node p : DatasetLayout.closurePredicates(base)) views.put(p, ClosureView.over(edges, p));
        return new ClosureOverlay(views);
    }

    /** The closures an inference serves, sharing its indexes (its rules are run to completion first). */
    static ClosureOverlay of(Inference inference) {
        Map<Node, Graph> views = new LinkedHashMap<>();
        for (Node p : inference.closurePredicates()) views.put(p, inference.closureView(p));
        return new ClosureOverlay(views);
    }

    boolean isEmpty() {
        return views.isEmpty();
    }

    /** The pairs matching a pattern (null or {@link Node#ANY} for any term). */
    Iterator<Triple> find(Node s, Node p, Node o) {
        if (views.isEmpty()) return Iter.nullIterator();
        if (p != null && p.isConcrete()) {
            Graph view = views.get(p);
            return view == null ? Iter.nullIterator() : view.find(s, p, o);
        }
        Iterator<Triple> all = Iter.nullIterator();
        for (Graph view : views.values()) all = Iter.concat(all, view.find(s, p, o));
        return all;
    }

    /** Whether any view has a pair. */
    boolean hasPairs() {
        for (Graph view : views.values()) {
            if (view.find().hasNext()) return true;
        }
        return false;
    }
}
