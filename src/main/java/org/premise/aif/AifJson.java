package org.premise.aif;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Parses JSON with Jena's parser, which refuses the escape {@code \f} (form feed) that JSON
 * allows and that Jena's own writer emits: a map holding a form feed would then be refused on
 * import, and {@code export-aif} could not read back the fields it keeps verbatim. The escape is
 * read as the same character escaped by its code (U+000C). A syntax error is reported where it
 * is in the text as given, as Premise's other readers count: columns in characters, not the
 * UTF-16 units Jena counts (a character outside the Basic Multilingual Plane is one column).
 */
final class AifJson {
    private AifJson() {}

    static JsonValue parse(String text) {
        List<int[]> widened = new ArrayList<>();
        String parsed = text.contains("\\f") ? withoutFormFeedEscapes(text, widened) : text;
        try {
            return JSON.parseAny(parsed);
        } catch (JsonParseException e) {
            int column = e.getColumn();
            for (int[] w : widened) {
                if (w[0] == e.getLine() && w[1] < e.getColumn()) column -= "\\u000C".length() - "\\f".length();
            }
            int[] at = position(text, e.getLine(), column);
            throw new JsonParseException(e.getMessage(), e, at[0], at[1]);
        }
    }

    /** Jena's line (ended by \n) and column (UTF-16 units) as a line and a column in characters on that line. */
    private static int[] position(String text, int line, int column) {
        String[] lines = text.split("\n", -1);
        int n = Math.max(1, Math.min(line, lines.length));
        String at = lines[n - 1];
        int units = Math.max(0, Math.min(column - 1, at.length()));
        return new int[] {n, at.codePointCount(0, units) + 1};
    }

    /** The text with each form-feed escape written by its code; {@code widened} gets the line and column of each. */
    private static String withoutFormFeedEscapes(String text, List<int[]> widened) {
        StringBuilder rewritten = new StringBuilder(text.length() + 16);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = rewritten.length() + 1;
            }
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                if (next == 'f') {
                    widened.add(new int[] {line, rewritten.length() - lineStart + 1});
                    rewritten.append("\\u000C");
                } else {
                    rewritten.append(c).append(next);
                    if (next == '\n') {
                        line++;
                        lineStart = rewritten.length();
                    }
                }
                continue;
            }
            rewritten.append(c);
        }
        return rewritten.toString();
    }
}
