package org.premise.reason.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Linchpins come from a greatest fixpoint over the support graph, not from the listed support
 * sets: they must equal the intersection of all support sets (brute force) on random graphs
 * with cycles, retractions and assumptions, also when a cap of one set truncates nearly every
 * list; and long chains must stay cheap.
 */
class LinchpinFixpointTest {
    private static final long FIRST_SEED = Long.getLong("premise.seed", 20240601L);
    private static final int CASES = Integer.getInteger("premise.cases", 400);
    private static final AnalysisLimits ONE_SET = new AnalysisLimits(1, 1, 10, 10);

    @TestFactory
    Stream<DynamicTest> linchpinsEqualTheIntersectionOfAllSupportSets() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + CASES).boxed().map(seed -> DynamicTest.dynamicTest(
                "seed=" + seed, () -> {
                    ArgumentGraph g = SmallRandomGraphs.generate(seed);
                    Random r = new Random(seed * 11 + 5);
                    List<String> retract = SmallRandomGraphs.pick(r, g, List.of());
                    List<String> assume = SmallRandomGraphs.pick(r, g, retract);
                    BruteForce brute = new BruteForce(g, retract, assume);
                    Analysis a = Analysis.compute(g, retract, assume, ONE_SET);
                    for (String s : g.statements()) {
                        assertEquals(Optional.of(brute.linchpins(s)), a.linchpins(s),
                                "seed=" + seed + " retract=" + retract + " assume=" + assume + " " + s);
                    }
                }));
    }

    @Test
    void aLongChainSharesOneArray() {
        int length = 100_000;
        ArgumentGraph.Builder b = ArgumentGraph.builder().leaf("c0");
        for (int i = 1; i <= length; i++) {
            b.argument("c" + i, "c" + (i - 1));
        }
        Analysis a = Analysis.compute(b.build());
        assertEquals(Optional.of(Set.of("c0")), a.linchpins("c" + length));
        int top = a.graph.indexOf("c" + length);
        assertSame(a.support.linchpins(0), a.support.linchpins(top), "single-premise steps share the set");
    }

    @Test
    void aChainGainingALeafAtEachStepNeedsThemAll() {
        int length = 2_000;
        ArgumentGraph.Builder b = ArgumentGraph.builder().leaf("c0");
        List<String> expected = new ArrayList<>(List.of("c0"));
        for (int i = 1; i <= length; i++) {
            b.leaf("a" + i).argument("c" + i, "c" + (i - 1), "a" + i);
            expected.add("a" + i);
        }
        Analysis a = Analysis.compute(b.build());
        Set<String> pins = a.linchpins("c" + length).orElseThrow();
        assertEquals(Set.copyOf(expected), pins);
        assertTrue(a.supportSets().isSupported("c" + length));
    }
}
