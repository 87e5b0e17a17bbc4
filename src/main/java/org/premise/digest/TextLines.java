package org.premise.digest;

import java.util.ArrayList;
import java.util.List;

import org.premise.Utf8Text;

/**
 * Strict UTF-8 decoding and line splitting shared by the digest and {@code .keys} readers,
 * so both report bad bytes and positions the same way.
 */
final class TextLines {
    private TextLines() {}

    /** Decodes UTF-8, refusing malformed bytes and NUL with the line and column where they start ({@link Utf8Text}). */
    static String decodeUtf8(String source, byte[] bytes) {
        return Utf8Text.decode(source, bytes);
    }

    /**
     * Splits on {@code \n}; a {@code \r} before it belongs to the line ending. The piece after
     * the last {@code \n} is a line only when it is not empty.
     */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (nl >= 0 && end > start && text.charAt(end - 1) == '\r') end--;
            lines.add(text.substring(start, end));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }

    /** The 1-based column, in code points, of the char at {@code index}. */
    static int column(String line, int index) {
        return line.codePointCount(0, Math.min(index, line.length())) + 1;
    }
}
