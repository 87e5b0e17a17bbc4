package org.premise.reason.analysis;

import java.util.Arrays;

/**
 * Answers "is S still supported by the leaves other than these?" exactly, by solving the
 * supportability fixpoint over the statements downstream of those leaves only: nothing else
 * can change. The leaves are taken out of the starting set, as in the definition of a support
 * set (one that an argument also concludes may still be derived), so the answer is no exactly
 * when they hit every support set of S. Used where a statement's support sets are known only
 * in part: a defeat set is a minimal set of leaves that hits them all, and a list of support
 * sets is whole exactly when each of its minimal hitting sets hits them all.
 */
final class SupportOracle {
    private final ArgumentGraph graph;
    private final Scenario scenario;
    private final Supportability base;

    SupportOracle(ArgumentGraph graph, Scenario scenario, Supportability base) {
        this.graph = graph;
        this.scenario = scenario;
        this.base = base;
    }

    /**
     * The supportability of every statement with the given leaves (sorted) taken out of the
     * starting set; null when the meter runs out. Costs one step per statement downstream of them.
     * The answer works in the scratch, so it is valid only until the next check with the same
     * scratch.
     */
    Remaining without(int[] leaves, WorkMeter meter, Scratch scratch) {
        Region region = Region.downstream(graph, leaves, meter.remaining(), scratch.regionPositions);
        if (region == null || !meter.spend(region.size())) {
            meter.spend(meter.remaining() + 1);
            return null;
        }
        int[] reasons = Supportability.solve(graph, scenario, region, base, s -> Arrays.binarySearch(leaves, s) >= 0,
                scratch.missingPremises);
        return new Remaining(region, reasons, scratch);
    }

    /** Supportability with some leaves taken out: the region's values, the base's elsewhere. */
    final class Remaining {
        private final Region region;
        private final int[] reasons;
        private final Scratch scratch;

        private Remaining(Region region, int[] reasons, Scratch scratch) {
            this.region = region;
            this.reasons = reasons;
            this.scratch = scratch;
        }

        private int reason(int s) {
            int p = region.positionOf(s);
            return p < 0 ? base.reason(s) : reasons[p];
        }

        boolean supports(int s) {
            return reason(s) != Supportability.UNSUPPORTED;
        }

        /**
         * The leaves one proof of s uses (s must be supported): a support set that avoids the
         * leaves taken out, not necessarily minimal. Null when the meter runs out.
         */
        int[] proofLeaves(int s, WorkMeter meter) {
            IntList stack = new IntList();
            IntList leaves = new IntList();
            Marks seen = scratch.proofSeen;
            seen.clear();
            stack.add(s);
            seen.add(s);
            while (!stack.isEmpty()) {
                if (!meter.spend(1)) {
                    return null;
                }
                int t = stack.removeLast();
                int r = reason(t);
                if (r == Supportability.STANDS_ALONE) {
                    leaves.add(t);
                    continue;
                }
                for (int q : graph.argumentPremises[r]) {
                    if (seen.add(q)) {
                        stack.add(q);
                    }
                }
            }
            int[] out = leaves.toArray();
            Arrays.sort(out);
            return out;
        }
    }
}
