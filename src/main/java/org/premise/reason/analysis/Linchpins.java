package org.premise.reason.analysis;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The linchpins of each statement: the leaves in every one of its support sets (retract one
 * and the statement falls), computed without listing support sets, so they are known however
 * many support sets there are.
 *
 * <p>They are the greatest fixpoint of: lp(S) is empty when S is not supportable; otherwise
 * the intersection, over S's alternatives, of what each needs: {S} when S stands alone, and
 * for each usable argument (all premises supportable) the union of its premises' lp. The
 * intersection of all support sets satisfies these equations, and any solution is contained
 * in every support set (by induction along the proof of S from that set), so it is the
 * greatest one. Components are solved in topological order; a cyclic one starts from "every
 * leaf" and iterates downwards (starting from nothing would wrongly give nothing).
 *
 * <p>Computed on first request, for the statement asked and the part of its support ancestry
 * not yet known, and kept. Sets are sorted int arrays, shared whenever a union or an
 * intersection equals one of its inputs, so a chain of single-premise arguments keeps one
 * array. Worst case: a chain that gains a new leaf at every step holds a set as long as its
 * depth at every step, quadratic memory and time in the chain's length (a 100 000-step chain of
 * that kind needs about 20 GB); its support sets cost the same.
 */
final class Linchpins {
    /** "Every leaf", the start of the iteration on a cycle; compared by identity, never returned. */
    private static final int[] EVERY_LEAF = new int[0];

    private final ArgumentGraph graph;
    private final Scenario scenario;
    private final Supportability supportability;
    /** For a hypothetical: the full analysis's linchpins and the statements recomputed here; null for a full analysis. */
    private final Linchpins full;
    private final Region region;
    private final Memo<int[]> memo;

    private Linchpins(ArgumentGraph graph, Scenario scenario, Supportability supportability, Linchpins full,
            Region region, Memo<int[]> memo) {
        this.graph = graph;
        this.scenario = scenario;
        this.supportability = supportability;
        this.full = full;
        this.region = region;
        this.memo = memo;
    }

    /** Linchpins of a full analysis, computed as asked. */
    static Linchpins of(ArgumentGraph graph, Scenario scenario, Supportability supportability) {
        return new Linchpins(graph, scenario, supportability, null, null, Memo.dense(graph.size()));
    }

    /** A hypothetical's linchpins: recomputed over the region, shared with the full analysis elsewhere. */
    Linchpins recompute(Scenario hypothetical, Supportability hypotheticalSupport, Region flattened, Region changed) {
        return new Linchpins(graph, hypothetical, hypotheticalSupport, full != null ? full : this, flattened,
                Memo.sparse(memo.entriesOutside(changed)));
    }

    private boolean owns(int s) {
        return full == null || region.contains(s);
    }

    /** The statement's linchpins, sorted; empty when it is unsupported. */
    int[] of(int s) {
        if (!owns(s)) {
            return full.of(s);
        }
        int[] known = memo.get(s);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            int[] missing;
            try (Scratch scratch = graph.scratch()) {
                missing = Ancestry.missingComponents(graph, supportability, s, t -> !owns(t) || memo.get(t) != null,
                        scratch);
            }
            for (int c : missing) {
                solve(c);
            }
        }
        return memo.get(s);
    }

    private void solve(int component) {
        int[] members = graph.components.members[component];
        if (!graph.components.cyclic[component]) {
            memo.putIfAbsent(members[0], evaluate(members[0], Map.of()));
            return;
        }
        Map<Integer, int[]> current = new HashMap<>();
        for (int m : members) {
            current.put(m, supportability.supportable(m) ? EVERY_LEAF : LeafSets.EMPTY_SET);
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        Map<Integer, Boolean> queued = new HashMap<>();
        for (int m : members) {
            if (supportability.supportable(m)) {
                work.add(m);
                queued.put(m, true);
            }
        }
        while (!work.isEmpty()) {
            int s = work.poll();
            queued.put(s, false);
            int[] next = evaluate(s, current);
            int[] before = current.get(s);
            if (next == before || before != EVERY_LEAF && next != EVERY_LEAF && Arrays.equals(next, before)) {
                continue;
            }
            current.put(s, next);
            for (int a : graph.premiseOf[s]) {
                int conclusion = graph.argumentConclusion[a];
                if (Boolean.FALSE.equals(queued.get(conclusion))) {
                    queued.put(conclusion, true);
                    work.add(conclusion);
                }
            }
        }
        for (int m : members) {
            memo.putIfAbsent(m, current.get(m));
        }
    }

    /** One application of the equations to s, reading its component's current values from inside. */
    private int[] evaluate(int s, Map<Integer, int[]> inside) {
        if (!supportability.supportable(s)) {
            return LeafSets.EMPTY_SET;
        }
        int[] common = scenario.standsAlone(graph, s) ? new int[] {s} : EVERY_LEAF;
        for (int a : graph.argumentsFor[s]) {
            if (!supportability.usable(graph, a)) {
                continue;
            }
            int[] needs = LeafSets.EMPTY_SET;
            for (int p : graph.argumentPremises[a]) {
                int[] lp = inside.get(p);
                if (lp == null) {
                    lp = of(p);
                }
                if (lp == EVERY_LEAF) {
                    needs = EVERY_LEAF;
                    break;
                }
                needs = LeafSets.union(needs, lp);
            }
            if (needs != EVERY_LEAF) {
                common = common == EVERY_LEAF ? needs : LeafSets.intersect(common, needs);
            }
            if (common.length == 0 && common != EVERY_LEAF) {
                break;
            }
        }
        return common;
    }
}
