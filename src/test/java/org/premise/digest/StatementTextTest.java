package org.premise.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Normalisation, fast path included, against the plain definition: NFC, white-space runs to one space, trimmed. */
class StatementTextTest {
    private static String reference(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\p{IsWhite_Space}+", " ")
                .replaceAll("^\\p{IsWhite_Space}+|\\p{IsWhite_Space}+$", "");
    }

    @Test
    void examples() {
        assertEquals("Friction breaks the loop.", StatementText.normalize("Friction breaks the loop."));
        assertEquals("a b", StatementText.normalize("  a \t\n b  "));
        assertEquals("a b", StatementText.normalize("a\u00a0\u2003b"));
        assertEquals("caf\u00e9", StatementText.normalize("cafe\u0301"));
        assertEquals("", StatementText.normalize(""));
        assertEquals("", StatementText.normalize(" \u3000 "));
        assertEquals("x", StatementText.normalize("x\u0085"));
    }

    @Test
    void randomTextsAgreeWithTheDefinition() {
        char[] alphabet = {'a', 'Z', '.', ' ', ' ', '\t', '\n', '\r', '\u000b', '\u001f', '\u007f', '\u0085', '\u00a0',
            '\u2028', '\u3000', 'e', '\u0301', '\u00e9', '~', '!'};
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(12);
            for (int j = 0; j < n; j++) b.append(alphabet[r.nextInt(alphabet.length)]);
            String text = b.toString();
            assertEquals(reference(text), StatementText.normalize(text), () -> "text " + text.chars().mapToObj(Integer::toHexString).toList());
        }
    }
}
