package org.premise.reason.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/semantics.md. */
class SemanticsExamplesTest {

    @Test
    void diamondWithARedundantBranch() {
        ArgumentGraph g = ArgumentGraph.builder().leaf("a").leaf("b").leaf("c")
                .argument("x", "a", "b").argument("x", "c").argument("y", "x", "a").build();
        Analysis a = Analysis.compute(g);
        assertEquals(List.of(Set.of("a", "b"), Set.of("a", "c")), a.supportSets("y"));
        assertEquals(Optional.of(Set.of("a")), a.linchpins("y"));
        assertEquals(List.of(Set.of("a"), Set.of("b", "c")), a.defeatSets("y"));
    }

    @Test
    void aCycleDoesNotSupportItself() {
        ArgumentGraph withLeaf = ArgumentGraph.builder().leaf("a").argument("p", "q").argument("q", "p")
                .argument("q", "a").build();
        Analysis a = Analysis.compute(withLeaf);
        assertEquals(List.of(Set.of("a")), a.supportSets("p"));
        assertEquals(List.of(Set.of("a")), a.supportSets("q"));

        ArgumentGraph alone = ArgumentGraph.builder().argument("p", "q").argument("q", "p").build();
        Analysis b = Analysis.compute(alone);
        assertTrue(b.supportSets("p").isEmpty());
        assertEquals(List.of(Set.of()), b.defeatSets("p"), "unsupported: the empty retraction defeats it");
        assertEquals(Status.OUT, b.status("p"));
        assertEquals(Status.OUT, b.status("q"));
    }

    @Test
    void groundedStatusExamples() {
        assertEquals(Status.OUT, status(ArgumentGraph.builder().leaf("a").leaf("b").undercut("a", "b"), "b"));
        assertEquals(Status.IN, status(ArgumentGraph.builder().leaf("a").leaf("b").undercut("a", "b"), "a"));
        assertEquals(Status.UNDECIDED, status(ArgumentGraph.builder().leaf("a").leaf("b").rebut("a", "b"), "a"));
        assertEquals(Status.OUT,
                status(ArgumentGraph.builder().leaf("a").argument("c", "a").leaf("d").undercut("d", "c"), "c"));
        assertEquals(Status.UNDECIDED,
                status(ArgumentGraph.builder().leaf("a").leaf("b").rebut("a", "b").argument("c", "a"), "c"));
    }

    @Test
    void retractedStatementsSupportNothingAndAssumedOnesStandAlone() {
        ArgumentGraph g = ArgumentGraph.builder().leaf("a").argument("b", "a").argument("c", "b").build();
        Analysis retracted = Analysis.compute(g, List.of("b"), List.of());
        assertEquals(Status.OUT, retracted.status("b"));
        assertEquals(Status.OUT, retracted.status("c"));
        assertTrue(retracted.supportSets("c").isEmpty());
        Analysis assumed = Analysis.compute(g, List.of("a"), List.of("b"));
        assertEquals(List.of(Set.of("b")), assumed.supportSets("c"));
        assertEquals(Status.IN, assumed.status("c"));
    }

    private static Status status(ArgumentGraph.Builder b, String statement) {
        return GroundedStatus.compute(b.build()).status(statement);
    }
}
