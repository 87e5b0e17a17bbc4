package org.premise.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Normalised statement text and automatic keys. */
class StatementKeysTest {

    @Test
    void normalizeComposesUnicodeAndCollapsesWhiteSpace() {
        String decomposed = "  Cafe\u0301 \t gains\u00A0of 1–3%\u2003 ";
        assertEquals("Café gains of 1–3%", StatementText.normalize(decomposed));
        assertEquals(StatementText.normalize("Café gains of 1–3%"), StatementText.normalize(decomposed));
        assertEquals("", StatementText.normalize(" \t "));
    }

    @Test
    void twoSpellingsAreOneStatement() {
        String text = String.join("\n",
                "T",
                "Sources: 1 • Confidence: Low • Updated: 2026-03-25 17:57",
                "Key takeaways",
                "- Café  is good",
                "Sections",
                "S",
                "- Cafe\u0301 is\tgood",
                "");
        List<Statement> statements = new DigestReader().read("two-spellings.txt", text).statements();
        assertEquals(1, statements.size());
        assertEquals("Café is good", statements.get(0).text());
        assertEquals(List.of(Appearance.takeaway(1), Appearance.sectionBullet(1, 1)), statements.get(0).appearances());
        assertEquals(StatementKeys.autoKey("Café  is good"), StatementKeys.autoKey("Cafe\u0301 is\tgood"));
    }

    @Test
    void autoKeyIsASlugOfFiveWordsAndAHash() {
        String key = StatementKeys.autoKey("Current language models are already capable of many tasks.");
        assertTrue(key.matches("current-language-models-are-already-[0-9a-f]{6}"), key);
        assertTrue(StatementKeys.autoKey("Über naïve café’s “résumé” costs").startsWith("uber-naive-cafe-s-resume-"));
        assertTrue(StatementKeys.autoKey("🚀 🤖").matches("[0-9a-f]{6}"), "no ASCII words: the hash alone");
    }

    @Test
    void autoKeyIsDeterministicValidAndDistinct() throws IOException {
        Digest seed = new DigestReader().read(DigestRoundTripTest.SEED);
        Set<String> keys = new HashSet<>();
        for (Statement s : seed.statements()) {
            String key = StatementKeys.autoKey(s.text());
            assertEquals(key, StatementKeys.autoKey(s.text()));
            assertTrue(StatementKeys.isValidKey(key), key);
            keys.add(key);
        }
        assertEquals(21, keys.size());
        assertNotEquals(StatementKeys.autoKey("The same first five words here."),
                StatementKeys.autoKey("The same first five words there."));
    }

    @Test
    void validKeys() {
        assertTrue(StatementKeys.isValidKey("models-capable"));
        assertTrue(StatementKeys.isValidKey("step-forward-2026"));
        assertFalse(StatementKeys.isValidKey("Models-capable"));
        assertFalse(StatementKeys.isValidKey("models--capable"));
        assertFalse(StatementKeys.isValidKey("-models"));
        assertFalse(StatementKeys.isValidKey("models-"));
        assertFalse(StatementKeys.isValidKey("models_capable"));
        assertFalse(StatementKeys.isValidKey(""));
        assertFalse(StatementKeys.isValidKey(null));
    }
}
