package org.premise.reason.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Consequences 2 to 5 of the seed's argument map. */
class SeedArgumentMapTest {
    private static final List<String> F = SeedArgumentMap.FRICTION_SOURCES;
    private final ArgumentGraph graph = SeedArgumentMap.build();
    private final Analysis analysis = Analysis.compute(graph);

    @Test
    void consequence2ThesisRestsOnModelsCapableAndAnyFrictionSource() {
        Set<Set<String>> expected = new HashSet<>();
        for (String f : F) {
            expected.add(Set.of("models-capable", f));
        }
        assertEquals(expected, new HashSet<>(analysis.supportSets("thesis")));
        assertFalse(analysis.supportSets().isTruncated("thesis"));
        assertEquals(Optional.of(Set.of("models-capable")), analysis.linchpins("thesis"));
    }

    @Test
    void consequence3RetractionsThatDefeatTheThesis() {
        assertEquals(Set.of(Set.of("models-capable"), Set.copyOf(F)), new HashSet<>(analysis.defeatSets("thesis")));
        assertEquals(Set.of("models-capable"), analysis.defeatSets("thesis").get(0), "smallest first");
        for (String f : F) {
            WhatIf w = analysis.whatIf(List.of(f), List.of());
            assertFalse(w.lostSupport().contains("thesis"), f);
            assertEquals(6, w.keptSupport().get("thesis").size(), f);
            assertEquals(Status.IN, w.hypothetical().status("thesis"), f);
        }
        WhatIf w = analysis.whatIf(List.of("models-capable"), List.of());
        assertTrue(w.lostSupport().containsAll(List.of("thesis", "lossy-regime", "coding-progress")));
        assertFalse(w.keptSupport().containsKey("thesis"));
    }

    @Test
    void consequence4RsiTakeoffIsOutUntilEveryFrictionSourceIsRetracted() {
        assertEquals(Status.OUT, analysis.status("low-friction"));
        assertEquals(Status.OUT, analysis.status("rsi-takeoff"));
        assertEquals(Status.IN, analysis.status("lossy-regime"));
        assertEquals(Status.IN, analysis.status("thesis"));

        WhatIf w = analysis.whatIf(F, List.of());
        assertEquals(Status.IN, w.hypothetical().status("rsi-takeoff"));
        assertEquals(Status.OUT, w.hypothetical().status("lossy-regime"));
        assertTrue(w.lostSupport().containsAll(List.of("lossy-regime", "thesis")));
        assertTrue(w.statusChanges().contains(new WhatIf.StatusChange("rsi-takeoff", Status.OUT, Status.IN)));
        assertTrue(w.statusChanges().contains(new WhatIf.StatusChange("thesis", Status.IN, Status.OUT)));
        Analysis scratch = Analysis.compute(graph, F, List.of());
        assertEquals(scratch.statuses().withStatus(Status.IN), w.hypothetical().statuses().withStatus(Status.IN));
    }

    @Test
    void consequence5ProductivityUpliftRanksFirst() {
        List<QuestionRanking.RankedQuestion> ranked = analysis.questionRanking().ranked();
        QuestionRanking.RankedQuestion first = ranked.get(0);
        assertEquals("productivity-uplift", first.question());
        assertTrue(first.reasons().contains(new QuestionRanking.Reason("thesis", "models-capable", 1, false)));
        for (QuestionRanking.RankedQuestion q : ranked.subList(1, ranked.size())) {
            for (QuestionRanking.Reason r : q.reasons()) {
                if (r.conclusion().equals("thesis")) {
                    assertTrue(r.k() > 1, q.question() + " alone cannot overturn the thesis");
                }
            }
        }
        assertEquals(7, analysis.questionRanking().question("consolidation").reasons().get(0).k());
    }

    @Test
    void retractingAFrictionSourceMakesTheOtherFrictionQuestionsMatterMore() {
        WhatIf w = analysis.whatIf(List.of("post-training-last-mile"), List.of());
        assertTrue(w.questionsMatteringMore().stream().anyMatch(c -> c.question().equals("consolidation")));
    }
}
