package org.premise.reason.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Retracting leaves that have no arguments, the what-if that filters settled support families
 * ({@link SupportFamily#without}) instead of deriving them again. The filtering must give
 * exactly what a from-scratch analysis gives (support sets, truncation flags, linchpins,
 * defeat sets, statuses, question ranking, reported changes) whatever the caps and budgets, on
 * a baseline that is from scratch or itself hypothetical, alone and mixed with changes that
 * take the ordinary path (assumptions, retracted claims, leaves that have arguments).
 */
class LeafRetractionWhatIfTest {
    private static final long FIRST_SEED = Long.getLong("premise.seed", 20240601L);
    private static final int CASES = Integer.getInteger("premise.cases", 400);
    private static final AnalysisLimits NO_CAP = new AnalysisLimits(100_000, 100_000, 100_000_000L);

    private static Stream<Long> seeds() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + CASES).boxed();
    }

    /** No caps, caps alone, or caps and budgets small enough that lists are cut and budgets run out. */
    private static AnalysisLimits limits(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> NO_CAP;
            case 1 -> new AnalysisLimits(1 + r.nextInt(4), 1 + r.nextInt(4), 100_000_000L, 100_000_000L);
            default -> new AnalysisLimits(1 + r.nextInt(4), 1 + r.nextInt(4), 1 + r.nextInt(400), 1 + r.nextInt(400));
        };
    }

    /** The lemma itself: a settled family without the leaves is the from-scratch family, settled again. */
    @TestFactory
    Stream<DynamicTest> settledFamilyWithoutLeavesIsTheFromScratchFamily() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            ArgumentGraph g = SmallRandomGraphs.generate(seed);
            Random r = new Random(seed * 11 + 9);
            AnalysisLimits limits = limits(r);
            List<String> retract1 = r.nextBoolean() ? List.of() : SmallRandomGraphs.pick(r, g, List.of());
            List<String> assume1 = r.nextBoolean() ? List.of() : SmallRandomGraphs.pick(r, g, retract1);
            Analysis base = Analysis.compute(g, retract1, assume1, limits);
            List<String> leaves = plainLeaves(r, g, base);
            Analysis scratch = Analysis.compute(g, union(retract1, leaves), assume1, limits);
            int[] x = indices(g, leaves);
            String where = "seed=" + seed + " " + limits + " retract=" + retract1 + " assume=" + assume1
                    + " then retract leaves " + leaves;
            for (int s = 0; s < g.size(); s++) {
                SupportFamily before = base.support.family(s);
                if (!before.settled()) {
                    continue;
                }
                SupportFamily expected = scratch.support.family(s);
                SupportFamily filtered = before.without(x);
                assertTrue(expected.whole() && expected.settled(), where + " " + g.ids[s] + ": not settled from scratch");
                assertArrayEquals(expected.sets(), filtered.sets(), where + " " + g.ids[s]);
                assertTrue(expected.work() <= before.work(), where + " " + g.ids[s] + ": more work without the leaves");
            }
        }));
    }

    /** One level of leaf retractions on a from-scratch or hypothetical baseline, partly computed already. */
    @TestFactory
    Stream<DynamicTest> leafRetractionEqualsFromScratch() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            ArgumentGraph g = SmallRandomGraphs.generate(seed);
            Random r = new Random(seed * 19 + 4);
            AnalysisLimits limits = limits(r);
            List<String> retract1 = r.nextBoolean() ? List.of() : SmallRandomGraphs.pick(r, g, List.of());
            List<String> assume1 = r.nextBoolean() ? List.of() : SmallRandomGraphs.pick(r, g, retract1);
            Analysis baseline = r.nextBoolean() ? Analysis.compute(g, retract1, assume1, limits)
                    : Analysis.compute(g, List.of(), List.of(), limits).whatIf(retract1, assume1).hypothetical();
            // The what-if filters only the baseline's families computed already: none, some or all of them.
            switch (r.nextInt(3)) {
                case 0 -> { }
                case 1 -> g.statements().stream().filter(s -> r.nextBoolean()).forEach(baseline::defeatSets);
                default -> g.statements().forEach(baseline::supportSets);
            }
            List<String> leaves = plainLeaves(r, g, baseline);
            String where = "seed=" + seed + " " + limits + " baseline retract=" + retract1 + " assume=" + assume1
                    + " then retract leaves " + leaves;
            WhatIf w = baseline.whatIf(leaves, List.of());
            Analysis scratch = Analysis.compute(g, union(retract1, leaves), assume1, limits);
            RandomGraphPropertiesTest.assertSameAnalysis(g, scratch, w.hypothetical(), where);
            RandomGraphPropertiesTest.assertReportedChanges(g, baseline, scratch, w, leaves, where);
        }));
    }

    /**
     * Three levels: leaf retractions, then a change that takes the ordinary path (an assumption,
     * a retracted claim or leaf with arguments, mixed with leaves), then leaf retractions again.
     */
    @TestFactory
    Stream<DynamicTest> chainedLeafAndOtherChangesEqualFromScratch() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            ArgumentGraph g = SmallRandomGraphs.generate(seed);
            Random r = new Random(seed * 23 + 6);
            AnalysisLimits limits = limits(r);
            Analysis current = Analysis.compute(g, List.of(), List.of(), limits);
            Set<String> retract = new TreeSet<>();
            Set<String> assume = new TreeSet<>();
            String where = "seed=" + seed + " " + limits;
            for (int level = 0; level < 3; level++) {
                List<String> moreRetract = new ArrayList<>(plainLeaves(r, g, current));
                List<String> moreAssume = new ArrayList<>();
                if (level == 1) {
                    List<String> used = new ArrayList<>(retract);
                    used.addAll(assume);
                    used.addAll(moreRetract);
                    List<String> others = SmallRandomGraphs.pick(r, g, used);
                    if (r.nextBoolean()) {
                        moreAssume.addAll(others);
                    } else {
                        moreRetract.addAll(others);
                    }
                }
                retract.addAll(moreRetract);
                assume.addAll(moreAssume);
                where += " then retract=" + moreRetract + " assume=" + moreAssume;
                if (r.nextBoolean()) {
                    Analysis asked = current;
                    g.statements().stream().filter(s -> r.nextBoolean()).forEach(asked::supportSets);
                }
                Analysis before = current;
                WhatIf w = before.whatIf(moreRetract, moreAssume);
                current = w.hypothetical();
                Analysis scratch = Analysis.compute(g, List.copyOf(retract), List.copyOf(assume), limits);
                RandomGraphPropertiesTest.assertSameAnalysis(g, scratch, current, where);
                RandomGraphPropertiesTest.assertReportedChanges(g, before, scratch, w, moreRetract, where);
            }
        }));
    }

    /** Larger generated graphs (cycles, cross-topic premises), default limits and small ones. */
    @Test
    void leafRetractionsOnGeneratedGraphsEqualFromScratch() {
        ArgumentGraph g = RandomArgumentGraphs.generate(5, 800);
        for (AnalysisLimits limits : List.of(AnalysisLimits.DEFAULT, new AnalysisLimits(3, 3, 2_000, 2_000))) {
            Analysis baseline = Analysis.compute(g, List.of(), List.of(), limits);
            baseline.computeConclusions();
            Random r = new Random(5);
            for (int i = 0; i < 12; i++) {
                List<String> leaves = plainLeaves(r, g, baseline);
                String where = "generated seed 5, " + limits + ", case " + i + ": retract " + leaves;
                WhatIf w = baseline.whatIf(leaves, List.of());
                Analysis scratch = Analysis.compute(g, leaves, List.of(), limits);
                RandomGraphPropertiesTest.assertSameAnalysis(g, scratch, w.hypothetical(), where);
                RandomGraphPropertiesTest.assertReportedChanges(g, baseline, scratch, w, leaves, where);
            }
        }
    }

    /**
     * The cases above reach both paths: statements downstream of the retracted leaves whose
     * families are settled (filtered), and whose families are not (derived again), among them
     * whole families that are not settled.
     */
    @Test
    void bothPathsAreExercised() {
        int settled = 0;
        int wholeNotSettled = 0;
        int cut = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
            ArgumentGraph g = SmallRandomGraphs.generate(seed);
            Random r = new Random(seed * 11 + 9);
            Analysis base = Analysis.compute(g, List.of(), List.of(), limits(r));
            int[] x = indices(g, plainLeaves(r, g, base));
            for (int s : Region.downstream(g, x, false).statements()) {
                SupportFamily f = base.support.family(s);
                if (f.settled()) {
                    settled++;
                } else if (f.whole()) {
                    wholeNotSettled++;
                } else {
                    cut++;
                }
            }
        }
        assertTrue(settled > 100 && wholeNotSettled > 10 && cut > 10,
                "settled " + settled + ", whole not settled " + wholeNotSettled + ", cut " + cut);
    }

    /** One to three leaves without arguments that the analysis does not retract (none if there are none). */
    private static List<String> plainLeaves(Random r, ArgumentGraph g, Analysis a) {
        List<String> candidates = new ArrayList<>();
        for (String s : g.statements()) {
            if (g.isLeaf(s) && g.argumentsFor(s).isEmpty() && !a.retracted().contains(s)
                    && !a.assumed().contains(s)) {
                candidates.add(s);
            }
        }
        Set<String> out = new TreeSet<>();
        int count = candidates.isEmpty() ? 0 : 1 + r.nextInt(Math.min(3, candidates.size()));
        while (out.size() < count) {
            out.add(candidates.get(r.nextInt(candidates.size())));
        }
        return List.copyOf(out);
    }

    /** The statements' indices, sorted. */
    private static int[] indices(ArgumentGraph g, List<String> ids) {
        int[] out = ids.stream().mapToInt(g::indexOf).toArray();
        Arrays.sort(out);
        return out;
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
