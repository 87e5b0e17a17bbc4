package org.premise.digest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The identity of a statement is its text after normalisation, so the same sentence typed
 * with different spacing or Unicode composition is one statement.
 */
public final class StatementText {
    private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\p{IsWhite_Space}+");

    private StatementText() {}

    /** NFC, every run of Unicode white space collapsed to one space, then trimmed. */
    public static String normalize(String text) {
        if (isPlainAscii(text)) {
            return text;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String collapsed = WHITE_SPACE_RUN.matcher(nfc).replaceAll(" ");
        int start = collapsed.startsWith(" ") ? 1 : 0;
        int end = collapsed.endsWith(" ") && collapsed.length() > start ? collapsed.length() - 1 : collapsed.length();
        return collapsed.substring(start, Math.max(start, end));
    }

    /**
     * Whether the text is already normal, by a scan that costs less than the regular
     * expression (a load reads a text per statement): printable ASCII (always NFC, and no white
     * space but U+0020), with no leading, trailing or doubled space.
     */
    private static boolean isPlainAscii(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
