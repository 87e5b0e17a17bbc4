package org.premise.reason.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A what-if whose baseline is itself a what-if's hypothetical (three levels deep) must equal a
 * from-scratch analysis and the brute force: hypotheticals store only their recomputed
 * statements over shared arrays, and each level must carry the levels below it.
 */
class ChainedWhatIfTest {
    private static final long FIRST_SEED = Long.getLong("premise.seed", 20240601L);
    private static final int CASES = Integer.getInteger("premise.cases", 400);
    private static final AnalysisLimits NO_CAP = new AnalysisLimits(100_000, 100_000, 100_000_000L);

    @TestFactory
    Stream<DynamicTest> whatIfOnHypotheticalEqualsFromScratch() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + CASES).boxed().map(seed -> DynamicTest.dynamicTest(
                "seed=" + seed, () -> {
                    ArgumentGraph g = SmallRandomGraphs.generate(seed);
                    Random r = new Random(seed * 13 + 5);
                    Analysis current = Analysis.compute(g, List.of(), List.of(), NO_CAP);
                    Set<String> retract = new TreeSet<>();
                    Set<String> assume = new TreeSet<>();
                    String where = "seed=" + seed;
                    for (int level = 0; level < 3; level++) {
                        List<String> used = new ArrayList<>(retract);
                        used.addAll(assume);
                        List<String> moreRetract = SmallRandomGraphs.pick(r, g, used);
                        used.addAll(moreRetract);
                        List<String> moreAssume = r.nextBoolean() ? List.of() : SmallRandomGraphs.pick(r, g, used);
                        retract.addAll(moreRetract);
                        assume.addAll(moreAssume);
                        where += " then retract=" + moreRetract + " assume=" + moreAssume;
                        Analysis before = current;
                        WhatIf w = before.whatIf(moreRetract, moreAssume);
                        current = w.hypothetical();
                        Analysis scratch = Analysis.compute(g, List.copyOf(retract), List.copyOf(assume), NO_CAP);
                        RandomGraphPropertiesTest.assertSameAnalysis(g, scratch, current, where);
                        RandomGraphPropertiesTest.assertMatchesBruteForce(g, current, List.copyOf(retract),
                                List.copyOf(assume), where);
                        for (String q : g.questions()) {
                            double was = before.questionRanking().weight(q);
                            double is = scratch.questionRanking().weight(q);
                            assertEquals(is > was + 1e-9, w.questionsMatteringMore().stream()
                                    .anyMatch(c -> c.question().equals(q)), where + " more: " + q);
                            assertEquals(is < was - 1e-9, w.questionsMatteringLess().stream()
                                    .anyMatch(c -> c.question().equals(q)), where + " less: " + q);
                        }
                    }
                }));
    }
}
