package org.premise.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the reader finds in the seed digest. */
class SeedDigestTest {
    private static Digest seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = new DigestReader().read(DigestRoundTripTest.SEED);
    }

    @Test
    void metadata() {
        assertEquals("Lossy-Self-Improvement Vs Recursive Self-Improvement", seed.title());
        assertEquals(1, seed.sourceCount());
        assertEquals("Medium", seed.confidence());
        assertEquals("2026-03-25 17:57", seed.updated());
        assertEquals(LocalDateTime.of(2026, 3, 25, 17, 57), seed.updatedDateTime());
    }

    @Test
    void blocks() {
        assertEquals(5, seed.takeaways().size());
        assertEquals(List.of(5, 5, 3, 2, 2), seed.sections().stream().map(s -> s.bullets().size()).toList());
        assertEquals(17, seed.sections().stream().mapToInt(s -> s.bullets().size()).sum());
        assertEquals(seed.title(), seed.sections().get(0).title(), "section 1 repeats the document title");
        assertTrue(seed.unknownsBlock());
        assertEquals(5, seed.unknowns().size());
        assertTrue(seed.takeaways().get(3).contains("last 1–3% of performance"), "en dash kept");
    }

    @Test
    void distinctStatementsAndQuestions() {
        List<Statement> statements = seed.statements();
        List<Statement> asserted = statements.stream().filter(s -> !s.isOpenQuestion()).toList();
        List<Statement> questions = statements.stream().filter(Statement::isOpenQuestion).toList();
        assertEquals(16, asserted.size());
        assertEquals(22, asserted.stream().mapToInt(s -> s.appearances().size()).sum());
        assertEquals(5, questions.size());
        assertEquals(statements.subList(16, 21), questions, "questions come last, after the asserted statements");
        assertEquals(seed.takeaways().get(0), statements.get(0).text(), "first appearance order starts with T1");
    }

    @Test
    void politicalAllocationAppearsThreeTimes() {
        Statement political = seed.statements().stream()
                .filter(s -> s.text().contains("politically mediated"))
                .findFirst().orElseThrow();
        assertEquals(List.of(Appearance.takeaway(5), Appearance.sectionBullet(1, 3), Appearance.sectionBullet(5, 1)),
                political.appearances());
        assertEquals(List.of("T5", "S1.3", "S5.1"), political.appearances().stream().map(Appearance::code).toList());
        assertEquals(Block.SECTIONS, political.appearances().get(2).block());
        assertEquals(5, political.appearances().get(2).section());
        assertFalse(political.isOpenQuestion());
    }
}
