package org.premise.reason.analysis;

import java.util.Arrays;

import org.premise.ints.IntList;

/**
 * Answers "is S still supported by the leaves other than these?" exactly. The leaves are taken
 * out of the starting set, as in the definition of a support set (one that an argument also
 * concludes may still be derived), so the answer is no exactly when they hit every support set
 * of S. Used where a statement's support sets are known only in part: a defeat set is a minimal
 * set of leaves that hits them all, and a list of support sets is whole exactly when each of
 * its minimal hitting sets hits them all.
 *
 * <p>Only what taking the leaves out can change is looked at. Every supportable statement has
 * a recorded proof ({@link Supportability}): an argument whose premises have recorded proofs
 * in turn, down to leaves. Taking leaves out can only unsupport the statements whose recorded
 * proof uses one of them; every other statement keeps its proof. So a check collects those
 * statements, following recorded arguments from the leaves, and solves the supportability
 * fixpoint over them only, everything else supported as before. It stops at statements whose
 * support component comes after S's: those cannot be among S's ancestors, and the statements
 * up to S's component are closed under taking premises, so S's answer is exact.
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
     * The statement's supportability with the given leaves (sorted) taken out of the starting
     * set; null when the meter runs out. Costs one step per statement whose recorded proof uses
     * the leaves (up to the statement's component). The answer works in the scratch, so it is
     * valid only until the next check with the same scratch.
     */
    Remaining without(int statement, int[] leaves, WorkMeter meter, Scratch scratch) {
        int[] componentOf = graph.components.componentOf;
        int last = componentOf[statement];
        Marks positions = scratch.regionPositions;
        positions.clear();
        IntList unsettled = new IntList();
        for (int leaf : leaves) {
            if (componentOf[leaf] <= last && base.reason(leaf) == Supportability.STANDS_ALONE && positions.add(leaf)) {
                positions.put(leaf, unsettled.size());
                unsettled.add(leaf);
            }
        }
        long limit = meter.remaining();
        for (int i = 0; i < unsettled.size(); i++) {
            if (unsettled.size() > limit) {
                meter.spend(meter.remaining() + 1);
                return null;
            }
            for (int a : graph.premiseOf[unsettled.get(i)]) {
                int c = graph.argumentConclusion[a];
                if (componentOf[c] <= last && base.reason(c) == a && positions.add(c)) {
                    positions.put(c, unsettled.size());
                    unsettled.add(c);
                }
            }
        }
        if (!meter.spend(unsettled.size())) {
            return null;
        }
        Region region = Region.numbered(unsettled.toArray(), positions);
        int[] reasons = Supportability.solve(graph, scenario, region, base, s -> Arrays.binarySearch(leaves, s) >= 0,
                scratch.missingPremises);
        return new Remaining(statement, region, reasons, scratch);
    }

    /** One statement's supportability with some leaves taken out. */
    final class Remaining {
        private final int statement;
        private final Region region;
        private final int[] reasons;
        private final Scratch scratch;

        private Remaining(int statement, Region region, int[] reasons, Scratch scratch) {
            this.statement = statement;
            this.region = region;
            this.reasons = reasons;
            this.scratch = scratch;
        }

        /** The recorded argument: the region's where it was solved again, the base's elsewhere. */
        private int reason(int s) {
            int p = region.positionOf(s);
            return p < 0 ? base.reason(s) : reasons[p];
        }

        /** Whether the statement is still supported. */
        boolean supported() {
            return reason(statement) != Supportability.UNSUPPORTED;
        }

        /**
         * The leaves one proof of the statement uses (it must be supported): a support set that
         * avoids the leaves taken out, not necessarily minimal. Null when the meter runs out.
         */
        int[] proofLeaves(WorkMeter meter) {
            IntList stack = new IntList();
            IntList leaves = new IntList();
            Marks seen = scratch.proofSeen;
            seen.clear();
            stack.add(statement);
            seen.add(statement);
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
