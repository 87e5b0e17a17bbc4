package org.premise.reason.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The support check answers exactly although it re-solves only the statements whose recorded
 * proof uses the leaves taken out: on small random graphs, from scratch and in a what-if (whose
 * supportability overrides the baseline's), "is S supported without these leaves" must equal the
 * brute force (some support set of S avoids them), and a proof it gives must avoid them and
 * support S.
 */
class SupportOracleTest {
    private static final long FIRST_SEED = Long.getLong("premise.seed", 20240601L);
    private static final int CASES = Integer.getInteger("premise.cases", 200);
    private static final WorkMeter UNLIMITED = new WorkMeter(Long.MAX_VALUE);

    @TestFactory
    Stream<DynamicTest> supportChecksMatchBruteForce() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + CASES).boxed().map(seed -> DynamicTest.dynamicTest(
                "seed=" + seed, () -> {
                    ArgumentGraph g = SmallRandomGraphs.generate(seed);
                    Random r = new Random(seed * 13 + 5);
                    List<String> retract = SmallRandomGraphs.pick(r, g, List.of());
                    List<String> assume = SmallRandomGraphs.pick(r, g, retract);
                    Analysis scratch = Analysis.compute(g, retract, assume);
                    check(g, scratch, new BruteForce(g, retract, assume), r, "seed=" + seed);

                    Analysis baseline = Analysis.compute(g);
                    Analysis hypothetical = baseline.whatIf(retract, assume).hypothetical();
                    check(g, hypothetical, new BruteForce(g, retract, assume), r, "seed=" + seed + " what-if");
                }));
    }

    private static void check(ArgumentGraph g, Analysis a, BruteForce brute, Random r, String where) {
        List<Integer> leaves = new ArrayList<>();
        for (int s = 0; s < g.size(); s++) {
            if (a.scenario.standsAlone(g, s)) {
                leaves.add(s);
            }
        }
        SupportOracle oracle = a.support.oracle();
        try (Scratch scratch = g.scratch()) {
            for (int s = 0; s < g.size(); s++) {
                if (!a.support.supportable(s)) {
                    continue;
                }
                for (int trial = 0; trial < 6; trial++) {
                    int[] out = randomSubset(leaves, r);
                    Set<String> outNames = g.nameSet(out);
                    String what = where + " " + g.ids[s] + " without " + outNames;
                    boolean expected = brute.supportSets(g.ids[s]).stream().anyMatch(set -> disjoint(set, outNames));
                    SupportOracle.Remaining remaining = oracle.without(s, out, UNLIMITED, scratch);
                    assertNotNull(remaining, what);
                    assertEquals(expected, remaining.supported(), what);
                    if (expected) {
                        Set<String> proof = g.nameSet(remaining.proofLeaves(UNLIMITED));
                        assertTrue(disjoint(proof, outNames), what + ": proof " + proof + " uses them");
                        assertTrue(brute.supports(proof, g.ids[s]), what + ": proof " + proof + " does not support it");
                    }
                }
            }
        }
    }

    private static int[] randomSubset(List<Integer> leaves, Random r) {
        TreeSet<Integer> out = new TreeSet<>();
        int size = leaves.isEmpty() ? 0 : r.nextInt(Math.min(4, leaves.size()) + 1);
        while (out.size() < size) {
            out.add(leaves.get(r.nextInt(leaves.size())));
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }
}
