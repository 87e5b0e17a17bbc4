package org.premise.reason.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of the limits: whatever the caps and budgets, the support sets and defeat sets
 * given for a statement are a prefix of the full brute-force list in canonical order (by size,
 * then element by element in statement order), no longer than the cap, and flagged truncated
 * exactly when shorter than the full list. The one exception allowed: when the budget ran out,
 * a list may be flagged though whole (deciding it is NP-complete in general).
 */
class CanonicalPrefixTest {
    private static final long FIRST_SEED = Long.getLong("premise.seed", 20240601L);
    private static final int CASES = Integer.getInteger("premise.cases", 400);

    @TestFactory
    Stream<DynamicTest> smallCapsAndBudgetsGiveCanonicalPrefixes() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            Random r = new Random(seed * 7 + 1);
            AnalysisLimits limits = new AnalysisLimits(1 + r.nextInt(4), 1 + r.nextInt(4), 1 + r.nextInt(400),
                    1 + r.nextInt(400));
            check(seed, r, limits);
        }));
    }

    @TestFactory
    Stream<DynamicTest> smallCapsAloneFlagExactly() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            Random r = new Random(seed * 5 + 3);
            AnalysisLimits limits = new AnalysisLimits(1 + r.nextInt(3), 1 + r.nextInt(3), 100_000_000L, 100_000_000L);
            check(seed, r, limits);
        }));
    }

    /** A what-if under the same limits must give the same answers as a from-scratch analysis. */
    @TestFactory
    Stream<DynamicTest> truncatedWhatIfEqualsFromScratch() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            ArgumentGraph g = SmallRandomGraphs.generate(seed);
            Random r = new Random(seed * 3 + 2);
            AnalysisLimits limits = new AnalysisLimits(1 + r.nextInt(3), 1 + r.nextInt(3), 1 + r.nextInt(400),
                    1 + r.nextInt(400));
            List<String> retract = SmallRandomGraphs.pick(r, g, List.of());
            List<String> assume = SmallRandomGraphs.pick(r, g, retract);
            Analysis baseline = Analysis.compute(g, List.of(), List.of(), limits);
            // Ask some answers of the baseline first: what it has computed must not leak into the what-if.
            g.statements().stream().filter(s -> r.nextBoolean()).forEach(baseline::defeatSets);
            WhatIf w = baseline.whatIf(retract, assume);
            Analysis scratch = Analysis.compute(g, retract, assume, limits);
            RandomGraphPropertiesTest.assertSameAnalysis(g, scratch, w.hypothetical(),
                    "seed=" + seed + " " + limits + " retract=" + retract + " assume=" + assume);
        }));
    }

    private static Stream<Long> seeds() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + CASES).boxed();
    }

    private static void check(long seed, Random r, AnalysisLimits limits) {
        ArgumentGraph g = SmallRandomGraphs.generate(seed);
        List<String> retract = r.nextBoolean() ? List.of() : SmallRandomGraphs.pick(r, g, List.of());
        List<String> assume = r.nextBoolean() ? List.of() : SmallRandomGraphs.pick(r, g, retract);
        Analysis a = Analysis.compute(g, retract, assume, limits);
        BruteForce brute = new BruteForce(g, retract, assume);
        for (String s : g.statements()) {
            String where = "seed=" + seed + " " + limits + " retract=" + retract + " assume=" + assume + " " + s;
            int i = g.indexOf(s);
            assertPrefix(BruteForce.canonical(g, brute.supportSets(s)), a.supportSets(s), limits.supportSetCap(),
                    a.supportSets().isTruncated(s), a.support.family(i).outOfWork(), where + " support sets");
            assertPrefix(BruteForce.canonical(g, brute.defeatSets(s)), a.defeatSets(s), limits.defeatSetCap(),
                    a.defeatSets().isTruncated(s), a.defeat.listing(i).outOfWork(), where + " defeat sets");
            assertEquals(!brute.supportSets(s).isEmpty(), a.supportSets().isSupported(s), where);
        }
    }

    private static void assertPrefix(List<Set<String>> full, List<Set<String>> got, int cap, boolean truncated,
            boolean outOfWork, String where) {
        assertTrue(got.size() <= cap, where + ": more than the cap: " + got);
        assertTrue(got.size() <= full.size(), where + ": longer than the full list " + full + ": " + got);
        assertEquals(full.subList(0, got.size()), new ArrayList<>(got), where + ": not a prefix of " + full);
        if (got.size() < full.size()) {
            assertTrue(truncated, where + ": " + got + " is shorter than " + full + " but not flagged");
        } else if (truncated) {
            assertTrue(outOfWork, where + ": whole list " + got + " flagged truncated without a spent budget");
        }
    }
}
