package org.premise.reason.analysis;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Which statements are retracted (they fail) and which are assumed (they become accepted leaves). */
final class Scenario {
    final boolean[] retracted;
    final boolean[] assumed;
    final Set<String> retractedIds;
    final Set<String> assumedIds;

    private Scenario(boolean[] retracted, boolean[] assumed, Set<String> retractedIds, Set<String> assumedIds) {
        this.retracted = retracted;
        this.assumed = assumed;
        this.retractedIds = Collections.unmodifiableSet(retractedIds);
        this.assumedIds = Collections.unmodifiableSet(assumedIds);
    }

    static Scenario none(ArgumentGraph graph) {
        return new Scenario(new boolean[graph.size()], new boolean[graph.size()], new TreeSet<>(), new TreeSet<>());
    }

    /** This scenario plus more retractions and assumptions; a statement cannot be both. */
    Scenario plus(ArgumentGraph graph, Collection<String> retract, Collection<String> assume) {
        boolean[] r = retracted.clone();
        boolean[] a = assumed.clone();
        Set<String> rIds = new TreeSet<>(retractedIds);
        Set<String> aIds = new TreeSet<>(assumedIds);
        for (String id : retract) {
            r[graph.indexOf(id)] = true;
            rIds.add(id);
        }
        for (String id : assume) {
            a[graph.indexOf(id)] = true;
            aIds.add(id);
        }
        for (String id : rIds) {
            if (aIds.contains(id)) {
                throw new IllegalArgumentException("a statement cannot be both retracted and assumed: " + id);
            }
        }
        return new Scenario(r, a, rIds, aIds);
    }

    /** A leaf in this scenario: declared a leaf or assumed, and not retracted. */
    boolean standsAlone(ArgumentGraph graph, int s) {
        return (graph.leaf[s] || assumed[s]) && !retracted[s];
    }
}
