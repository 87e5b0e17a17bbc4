package org.premise;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of the text files Premise reads itself (digests, {@code .keys}, query and
 * rule files, AIF JSON): UTF-8 only, and no NUL byte, which no text file holds and binary data
 * nearly always does. Either problem is refused with the line and column where it starts,
 * instead of being replaced by U+FFFD or failing later with a message that names nothing.
 */
public final class Utf8Text {
    private Utf8Text() {}

    /** Decodes UTF-8, refusing malformed bytes and NUL with the line and column (in characters) where they are. */
    public static String decode(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int offset = in.position();
            throw at(source, bytes, offset, String.format("invalid UTF-8 byte 0x%02X: expected UTF-8 text", bytes[offset] & 0xFF));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw at(source, bytes, i, "a NUL byte (0x00): expected text, not binary data");
        }
        out.flip();
        return out.toString();
    }

    private static BadInputException at(String source, byte[] bytes, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < offset; k++) {
            if (bytes[k] == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new BadInputException(source, line, before.codePointCount(0, before.length()) + 1, message);
    }

    /**
     * The line and column just past the end of a text, where what is missing at its end
     * belongs: the line after a final newline, else after the last character of the last line.
     */
    public static int[] endOf(String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.codePointCount(lineStart, text.length()) + 1};
    }
}
