package org.premise.reason.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premise.bench.AnalysisBenchmark;

/**
 * A ladder of n two-way choices: statement c_i has the arguments [c_(i-1), a_i] and
 * [c_(i-1), b_i], so its top has 2^n support sets. The work stays within the budget (asserted
 * on the work counters, not on time: speed is for {@link AnalysisBenchmark}).
 */
class LadderTest {

    static ArgumentGraph ladder(int rungs) {
        ArgumentGraph.Builder b = ArgumentGraph.builder().leaf("c0");
        for (int i = 1; i <= rungs; i++) {
            b.leaf("a" + i).leaf("b" + i)
                    .argument("c" + i, "c" + (i - 1), "a" + i)
                    .argument("c" + i, "c" + (i - 1), "b" + i);
        }
        return b.conclusion("c" + rungs).build();
    }

    @Test
    void aLadderOfThreeHasEightSupportSets() {
        ArgumentGraph g = ladder(3);
        Analysis a = Analysis.compute(g);
        BruteForce brute = new BruteForce(g, List.of(), List.of());
        assertEquals(8, a.supportSets("c3").size());
        assertEquals(BruteForce.canonical(g, brute.supportSets("c3")), a.supportSets("c3"));
        assertFalse(a.supportSets().isTruncated("c3"));
        assertEquals(Optional.of(Set.of("c0")), a.linchpins("c3"));
        assertEquals(List.of(Set.of("c0"), Set.of("a1", "b1"), Set.of("a2", "b2"), Set.of("a3", "b3")),
                a.defeatSets("c3"));
        assertFalse(a.defeatSets().isTruncated("c3"));
    }

    @Test
    void aLadderOfThreeHundredAnswersWithinTheBudget() {
        ArgumentGraph g = ladder(300);
        AnalysisLimits limits = AnalysisLimits.DEFAULT;
        Analysis a = Analysis.compute(g);
        String top = "c300";

        List<Set<String>> support = a.supportSets(top);
        assertTrue(a.supportSets().isTruncated(top));
        assertTrue(support.size() <= limits.supportSetCap());
        assertTrue(a.supportSets().isSupported(top));
        assertEquals(Optional.of(Set.of("c0")), a.linchpins(top));
        List<Set<String>> defeat = a.defeatSets(top);
        assertEquals(Set.of("c0"), defeat.get(0), "the linchpin is the smallest defeat set");
        assertTrue(a.defeatSets().isTruncated(top));

        for (int s = 0; s < g.size(); s++) {
            SupportFamily f = a.support.family(s);
            long budget = limits.supportSteps() * g.components.members[g.components.componentOf[s]].length;
            assertTrue(f.work() <= budget, g.ids[s] + " spent " + f.work() + " support steps");
        }
        assertTrue(a.defeat.listing(g.indexOf(top)).work() <= limits.defeatSearchSteps());

        // Rung 9 has 512 sets; the first 256 in canonical order are those choosing a1 (index 1 < b1's 2).
        List<Set<String>> rung9 = a.supportSets("c9");
        assertEquals(256, rung9.size());
        assertTrue(rung9.stream().allMatch(set -> set.contains("a1") && set.size() == 10), rung9.toString());
        assertTrue(a.supportSets().isTruncated("c9"));
    }
}
