package org.premise.reason.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

import org.premise.ints.IntList;

/**
 * Which statements have at least one support set under a scenario, each with one argument
 * that proves it. "Supportable" is the least fixpoint: a statement is supportable if it is not
 * retracted and it stands alone, or it concludes an argument whose premises are all
 * supportable; the recorded argument is the one that made it so first, so following recorded
 * arguments from a statement always ends in leaves (a proof, never a cycle).
 *
 * <p>Linear in the graph, so a full analysis computes it eagerly. A hypothetical recomputes
 * only its region and stores that (see {@link Overrides}); {@link SupportOracle} solves the
 * same fixpoint over the few statements downstream of a set of leaves it retracts.
 */
final class Supportability {
    /** Recorded for a statement that is supportable because it stands alone. */
    static final int STANDS_ALONE = -1;
    /** Recorded for a statement that is not supportable. */
    static final int UNSUPPORTED = -2;

    private final int[] reasons;
    private final Overrides<Integer> recomputed;

    private Supportability(int[] reasons, Overrides<Integer> recomputed) {
        this.reasons = reasons;
        this.recomputed = recomputed;
    }

    /** The fixpoint over the whole graph. */
    static Supportability compute(ArgumentGraph graph, Scenario scenario) {
        int[] reasons = solve(graph, scenario, Region.wholeGraph(graph), null, s -> false, null);
        return new Supportability(reasons, Overrides.none());
    }

    /** This fixpoint with the region, which must be closed downstream, re-solved under the scenario. */
    Supportability recompute(ArgumentGraph graph, Scenario scenario, Region region) {
        int[] regionReasons;
        try (Scratch scratch = graph.scratch()) {
            regionReasons = solve(graph, scenario, region, this, s -> false, scratch.missingPremises);
        }
        Map<Integer, Integer> entries = new HashMap<>();
        for (int p = 0; p < region.size(); p++) {
            entries.put(region.statement(p), regionReasons[p]);
        }
        return new Supportability(reasons, recomputed.with(entries));
    }

    boolean supportable(int s) {
        return reason(s) != UNSUPPORTED;
    }

    /** The argument that proves the statement, {@link #STANDS_ALONE} or {@link #UNSUPPORTED}. */
    int reason(int s) {
        Integer r = recomputed.get(s);
        return r != null ? r : reasons[s];
    }

    /** Whether every premise of the argument is supportable: only such arguments contribute support. */
    boolean usable(ArgumentGraph graph, int argument) {
        for (int p : graph.argumentPremises[argument]) {
            if (!supportable(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The least fixpoint over the region's statements, by region position; statements outside
     * the region keep their value in outside (null only for the whole graph), and the removed
     * statements do not stand alone (they are taken out of the leaves a proof may start from,
     * but may still be concluded by an argument, as in the definition of a support set). The
     * premises still missing per argument are counted in an array over the whole graph, or in
     * the given marks (cleared first) over a region.
     */
    static int[] solve(ArgumentGraph graph, Scenario scenario, Region region, Supportability outside,
            IntPredicate removed, Marks missingPremises) {
        int n = region.size();
        int[] reason = new int[n];
        Arrays.fill(reason, UNSUPPORTED);
        Missing missing = region.isWholeGraph() ? new Missing(graph.argumentCount()) : new Missing(missingPremises);
        IntList frontier = new IntList();
        for (int p = 0; p < n; p++) {
            int s = region.statement(p);
            if (scenario.isRetracted(s)) {
                continue;
            }
            if (scenario.standsAlone(graph, s) && !removed.test(s)) {
                reason[p] = STANDS_ALONE;
                frontier.add(p);
                continue;
            }
            for (int arg : graph.argumentsFor[s]) {
                int need = 0;
                boolean dead = false;
                for (int q : graph.argumentPremises[arg]) {
                    if (region.contains(q)) {
                        need++;
                    } else if (!outside.supportable(q)) {
                        dead = true;
                    }
                }
                if (dead) {
                    continue;
                }
                missing.put(arg, need);
                if (need == 0 && reason[p] == UNSUPPORTED) {
                    reason[p] = arg;
                    frontier.add(p);
                }
            }
        }
        while (!frontier.isEmpty()) {
            int s = region.statement(frontier.removeLast());
            for (int arg : graph.premiseOf[s]) {
                int need = missing.decrement(arg);
                if (need < 0) {
                    continue;
                }
                int pc = region.positionOf(graph.argumentConclusion[arg]);
                if (need == 0 && reason[pc] == UNSUPPORTED) {
                    reason[pc] = arg;
                    frontier.add(pc);
                }
            }
        }
        return reason;
    }

    /** Premises not yet supportable, per tracked argument: an array over the whole graph, marks over a region. */
    private static final class Missing {
        private final int[] dense;
        private final Marks sparse;

        Missing(int arguments) {
            dense = new int[arguments];
            Arrays.fill(dense, -1);
            sparse = null;
        }

        Missing(Marks marks) {
            dense = null;
            sparse = marks;
            sparse.clear();
        }

        void put(int argument, int need) {
            if (dense != null) {
                dense[argument] = need;
            } else {
                sparse.put(argument, need);
            }
        }

        /** One premise fewer missing; the count left, or -1 for an argument not tracked. */
        int decrement(int argument) {
            if (dense != null) {
                return dense[argument] < 0 ? -1 : --dense[argument];
            }
            int need = sparse.get(argument, -1);
            if (need < 0) {
                return -1;
            }
            sparse.put(argument, need - 1);
            return need - 1;
        }
    }
}
