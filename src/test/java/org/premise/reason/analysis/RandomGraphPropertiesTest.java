package org.premise.reason.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property tests on small random argument graphs, each named by its seed (rerun one with
 * -Dpremise.seed=N -Dpremise.cases=1). Support sets, linchpins and defeat sets must equal a
 * brute-force enumeration over leaf subsets; grounded statuses must equal the naive reference;
 * an incremental what-if must equal a from-scratch analysis and the brute force.
 */
class RandomGraphPropertiesTest {
    private static final long FIRST_SEED = Long.getLong("premise.seed", 20240601L);
    private static final int CASES = Integer.getInteger("premise.cases", 400);
    private static final AnalysisLimits NO_CAP = new AnalysisLimits(100_000, 100_000, 100_000_000L);

    private static Stream<Long> seeds() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + CASES).boxed();
    }

    @TestFactory
    Stream<DynamicTest> supportLinchpinsAndDefeatSetsMatchBruteForce() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            ArgumentGraph g = SmallRandomGraphs.generate(seed);
            Analysis a = Analysis.compute(g, List.of(), List.of(), NO_CAP);
            assertMatchesBruteForce(g, a, List.of(), List.of(), "seed=" + seed);
        }));
    }

    @TestFactory
    Stream<DynamicTest> groundedStatusMatchesNaiveReference() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            ArgumentGraph g = SmallRandomGraphs.generate(seed);
            Random r = new Random(seed * 31 + 7);
            List<String> retract = SmallRandomGraphs.pick(r, g, List.of());
            List<String> assume = SmallRandomGraphs.pick(r, g, retract);
            GroundedStatus status = GroundedStatus.compute(g, retract, assume);
            Map<String, Status> expected = NaiveGrounded.label(g, retract, assume);
            for (String s : g.statements()) {
                assertEquals(expected.get(s), status.status(s), "seed=" + seed + " " + s + " retract=" + retract
                        + " assume=" + assume);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> incrementalWhatIfEqualsFromScratchAndBruteForce() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            ArgumentGraph g = SmallRandomGraphs.generate(seed);
            Random r = new Random(seed * 17 + 3);
            // A baseline that may itself be hypothetical, then a further what-if on top.
            List<String> retract1 = r.nextBoolean() ? List.of() : SmallRandomGraphs.pick(r, g, List.of());
            List<String> assume1 = r.nextBoolean() ? List.of() : SmallRandomGraphs.pick(r, g, retract1);
            List<String> used = new ArrayList<>(retract1);
            used.addAll(assume1);
            List<String> retract2 = SmallRandomGraphs.pick(r, g, used);
            used.addAll(retract2);
            List<String> assume2 = SmallRandomGraphs.pick(r, g, used);
            List<String> retract = union(retract1, retract2);
            List<String> assume = union(assume1, assume2);
            String where = "seed=" + seed + " baseline retract=" + retract1 + " assume=" + assume1
                    + " then retract=" + retract2 + " assume=" + assume2;

            Analysis baseline = Analysis.compute(g, retract1, assume1, NO_CAP);
            WhatIf w = baseline.whatIf(retract2, assume2);
            Analysis scratch = Analysis.compute(g, retract, assume, NO_CAP);
            assertSameAnalysis(g, scratch, w.hypothetical(), where);
            assertMatchesBruteForce(g, w.hypothetical(), retract, assume, where);
            Map<String, Status> naive = NaiveGrounded.label(g, retract, assume);
            for (String s : g.statements()) {
                assertEquals(naive.get(s), w.hypothetical().status(s), where + " status of " + s);
            }
            assertReportedChanges(g, baseline, scratch, w, retract2, where);
        }));
    }

    @TestFactory
    Stream<DynamicTest> capsFlagTruncationAndNeverCutSilently() {
        AnalysisLimits tight = new AnalysisLimits(2, 2, 50);
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            ArgumentGraph g = SmallRandomGraphs.generate(seed);
            Analysis a = Analysis.compute(g, List.of(), List.of(), tight);
            BruteForce brute = new BruteForce(g, List.of(), List.of());
            for (String s : g.statements()) {
                Set<Set<String>> expected = brute.supportSets(s);
                List<Set<String>> got = a.supportSets(s);
                boolean truncated = a.supportSets().isTruncated(s);
                String where = "seed=" + seed + " " + s;
                assertTrue(got.size() <= 2, where);
                for (Set<String> set : got) {
                    assertTrue(brute.supports(set, s), where + ": " + set + " does not support it");
                }
                if (expected.size() > 2) {
                    assertTrue(truncated, where + ": " + expected.size() + " sets but not flagged truncated");
                }
                if (!truncated) {
                    assertEquals(expected, new HashSet<>(got), where);
                }
                // Linchpins no longer depend on the listed sets: known also when those are truncated.
                assertEquals(Optional.of(brute.linchpins(s)), a.linchpins(s), where);
                if (!a.defeatSets().isTruncated(s)) {
                    assertEquals(brute.defeatSets(s), new HashSet<>(a.defeatSets(s)), where + " defeat sets");
                }
            }
        }));
    }

    static void assertMatchesBruteForce(ArgumentGraph g, Analysis a, List<String> retract, List<String> assume,
            String where) {
        BruteForce brute = new BruteForce(g, retract, assume);
        for (String s : g.statements()) {
            assertEquals(false, a.supportSets().isTruncated(s), where + " " + s);
            assertEquals(brute.supportSets(s), new HashSet<>(a.supportSets(s)), where + " support sets of " + s);
            assertEquals(Optional.of(brute.linchpins(s)), a.linchpins(s), where + " linchpins of " + s);
            assertEquals(brute.defeatSets(s), new HashSet<>(a.defeatSets(s)), where + " defeat sets of " + s);
            assertSortedBySize(a.defeatSets(s), where);
            assertSortedBySize(a.supportSets(s), where);
        }
    }

    private static void assertSortedBySize(List<Set<String>> sets, String where) {
        for (int i = 1; i < sets.size(); i++) {
            assertTrue(sets.get(i - 1).size() <= sets.get(i).size(), where + " not smallest first: " + sets);
        }
    }

    static void assertSameAnalysis(ArgumentGraph g, Analysis expected, Analysis actual, String where) {
        assertEquals(expected.retracted(), actual.retracted(), where);
        assertEquals(expected.assumed(), actual.assumed(), where);
        for (String s : g.statements()) {
            assertEquals(expected.supportSets(s), actual.supportSets(s), where + " support sets of " + s);
            assertEquals(expected.supportSets().isTruncated(s), actual.supportSets().isTruncated(s), where + " " + s);
            assertEquals(expected.linchpins(s), actual.linchpins(s), where + " linchpins of " + s);
            assertEquals(expected.defeatSets(s), actual.defeatSets(s), where + " defeat sets of " + s);
            assertEquals(expected.defeatSets().isTruncated(s), actual.defeatSets().isTruncated(s), where + " " + s);
            assertEquals(expected.status(s), actual.status(s), where + " status of " + s);
        }
        assertEquals(expected.questionRanking().ranked(), actual.questionRanking().ranked(), where + " ranking");
    }

    /**
     * lostSupport, keptSupport and statusChanges against their definitions over all statements
     * (whatever the limits: "touched" reads the listed support sets, as keptSupport does).
     */
    static void assertReportedChanges(ArgumentGraph g, Analysis before, Analysis after, WhatIf w,
            List<String> retracted, String where) {
        Set<String> lost = new TreeSet<>();
        Map<String, List<Set<String>>> kept = new TreeMap<>();
        List<WhatIf.StatusChange> changes = new ArrayList<>();
        for (String s : g.statements()) {
            // Supported, not "lists a set": a list cut by a small budget may list none.
            boolean had = before.supportSets().isSupported(s);
            boolean has = after.supportSets().isSupported(s);
            if (had && !has) {
                lost.add(s);
            }
            boolean touched = before.supportSets(s).stream().anyMatch(set -> set.stream().anyMatch(
                    x -> retracted.contains(x) && !before.retracted().contains(x)));
            if (touched && has) {
                kept.put(s, after.supportSets(s));
            }
            if (before.status(s) != after.status(s)) {
                changes.add(new WhatIf.StatusChange(s, before.status(s), after.status(s)));
            }
        }
        changes.sort((x, y) -> x.statement().compareTo(y.statement()));
        assertEquals(List.copyOf(lost), w.lostSupport(), where + " lostSupport");
        assertEquals(kept, w.keptSupport(), where + " keptSupport");
        assertEquals(changes, w.statusChanges(), where + " statusChanges");
        for (QuestionRanking.RankedQuestion q : after.questionRanking().ranked()) {
            boolean rose = q.weight() > before.questionRanking().weight(q.question()) + 1e-9;
            assertEquals(rose, w.questionsMatteringMore().stream().anyMatch(c -> c.question().equals(q.question())),
                    where + " " + q.question());
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
