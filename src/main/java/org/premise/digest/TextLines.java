package org.premise.digest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.premise.BadInputException;

/**
 * Strict UTF-8 decoding and line splitting shared by the digest and {@code .keys} readers,
 * so both report bad bytes and positions the same way.
 */
final class TextLines {
    private TextLines() {}

    /** Decodes UTF-8, refusing malformed bytes with the line and column where they start. */
    static String decodeUtf8(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int k = 0; k < offset; k++) {
                if (bytes[k] == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
            throw new BadInputException(source, line, before.codePointCount(0, before.length()) + 1,
                    String.format("invalid UTF-8 byte 0x%02X: expected UTF-8 text", bytes[offset] & 0xFF));
        }
        out.flip();
        return out.toString();
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
