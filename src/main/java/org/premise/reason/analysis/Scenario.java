package org.premise.reason.analysis;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which statements are retracted (they fail) and which are assumed (they become accepted leaves).
 *
 * <p>A scenario made from scratch keeps one flag per statement. A what-if's scenario shares
 * those flags and lists only the statements it adds, so asking "what if" copies nothing the
 * size of the graph.
 */
final class Scenario {
    /** Flags of the from-scratch scenario this one builds on; shared, never written after construction. */
    private final boolean[] assumed;
    /** Per statement, whether the from-scratch scenario retracts it and whether it stands alone (bits below). */
    private final byte[] flags;
    private static final byte RETRACTED = 1;
    private static final byte STANDS_ALONE = 2;
    /** Whether this scenario adds statements to the flags (a what-if's). */
    private final boolean extended;
    /** Statements retracted or assumed on top of the flags (empty for a from-scratch scenario). */
    private final Set<Integer> moreRetracted;
    private final Set<Integer> moreAssumed;
    final Set<String> retractedIds;
    final Set<String> assumedIds;

    private Scenario(boolean[] assumed, byte[] flags, Set<Integer> moreRetracted, Set<Integer> moreAssumed,
            Set<String> retractedIds, Set<String> assumedIds) {
        this.assumed = assumed;
        this.flags = flags;
        this.extended = !moreRetracted.isEmpty() || !moreAssumed.isEmpty();
        this.moreRetracted = moreRetracted;
        this.moreAssumed = moreAssumed;
        this.retractedIds = Collections.unmodifiableSet(retractedIds);
        this.assumedIds = Collections.unmodifiableSet(assumedIds);
    }

    /** A from-scratch scenario: some statements retracted, some assumed; a statement cannot be both. */
    static Scenario of(ArgumentGraph graph, Collection<String> retract, Collection<String> assume) {
        boolean[] r = new boolean[graph.size()];
        boolean[] a = new boolean[graph.size()];
        for (String id : retract) {
            r[graph.indexOf(id)] = true;
        }
        for (String id : assume) {
            a[graph.indexOf(id)] = true;
        }
        byte[] flags = new byte[graph.size()];
        for (int s = 0; s < flags.length; s++) {
            flags[s] = (byte) ((r[s] ? RETRACTED : 0) | ((graph.leaf[s] || a[s]) && !r[s] ? STANDS_ALONE : 0));
        }
        return new Scenario(a, flags, Set.of(), Set.of(), checkedIds(retract, Set.of()),
                checkedIds(assume, Set.of())).checkDisjoint();
    }

    /** This scenario plus more retractions and assumptions; a statement cannot be both. */
    Scenario plus(ArgumentGraph graph, Collection<String> retract, Collection<String> assume) {
        Set<Integer> r = new HashSet<>(moreRetracted);
        Set<Integer> a = new HashSet<>(moreAssumed);
        for (String id : retract) {
            r.add(graph.indexOf(id));
        }
        for (String id : assume) {
            a.add(graph.indexOf(id));
        }
        return new Scenario(assumed, flags, r, a, checkedIds(retract, retractedIds),
                checkedIds(assume, assumedIds)).checkDisjoint();
    }

    private static Set<String> checkedIds(Collection<String> more, Set<String> already) {
        Set<String> out = new TreeSet<>(already);
        out.addAll(more);
        return out;
    }

    private Scenario checkDisjoint() {
        for (String id : retractedIds) {
            if (assumedIds.contains(id)) {
                throw new IllegalArgumentException("a statement cannot be both retracted and assumed: " + id);
            }
        }
        return this;
    }

    boolean isRetracted(int s) {
        return (flags[s] & RETRACTED) != 0 || extended && moreRetracted.contains(s);
    }

    boolean isAssumed(int s) {
        return assumed[s] || !moreAssumed.isEmpty() && moreAssumed.contains(s);
    }

    /** A leaf in this scenario: declared a leaf or assumed, and not retracted. */
    boolean standsAlone(ArgumentGraph graph, int s) {
        if (!extended) {
            return (flags[s] & STANDS_ALONE) != 0;
        }
        return (graph.leaf[s] || isAssumed(s)) && !isRetracted(s);
    }
}
