package org.premise.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * How a graph changed: the triples it gained and the triples it lost. A store or a served
 * dataset applies these instead of rewriting a derived graph whole.
 *
 * @param added triples in the new graph and not in the old
 * @param removed triples in the old graph and not in the new
 */
public record GraphChanges(List<Triple> added, List<Triple> removed) {
    public GraphChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** No change. */
    public static final GraphChanges NONE = new GraphChanges(List.of(), List.of());

    /** The changes from {@code before} to {@code after}, by comparing their triples (blank nodes by identity). */
    public static GraphChanges between(Graph before, Graph after) {
        Set<Triple> old = new HashSet<>(before.find().toList());
        List<Triple> added = new ArrayList<>();
        after.find().forEachRemaining(t -> {
            if (!old.remove(t)) added.add(t);
        });
        return new GraphChanges(added, new ArrayList<>(old));
    }

    /** These changes followed by {@code later}: a triple added by one and removed by the other is no change. */
    public GraphChanges then(GraphChanges later) {
        java.util.Map<Triple, Boolean> net = new java.util.LinkedHashMap<>();
        for (GraphChanges step : List.of(this, later)) {
            step.removed.forEach(t -> {
                if (net.remove(t) == null) net.put(t, false);
            });
            step.added.forEach(t -> {
                if (net.remove(t) == null) net.put(t, true);
            });
        }
        List<Triple> added = new ArrayList<>();
        List<Triple> removed = new ArrayList<>();
        net.forEach((t, isAdded) -> (isAdded ? added : removed).add(t));
        return new GraphChanges(added, removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    /** The predicates of every triple added or removed. */
    public Set<Node> predicates() {
        Set<Node> out = new LinkedHashSet<>();
        added.forEach(t -> out.add(t.getPredicate()));
        removed.forEach(t -> out.add(t.getPredicate()));
        return out;
    }
}
