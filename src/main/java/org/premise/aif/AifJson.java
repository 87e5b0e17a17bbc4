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
 * read as {@code \u000C}; a syntax error is still reported at its column in the text as given.
 */
final class AifJson {
    private AifJson() {}

    static JsonValue parse(String text) {
        if (!text.contains("\\f")) return JSON.parseAny(text);
        StringBuilder rewritten = new StringBuilder(text.length() + 16);
        List<int[]> widened = new ArrayList<>(); // line and rewritten column of each \f made longer
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
        try {
            return JSON.parseAny(rewritten.toString());
        } catch (JsonParseException e) {
            int column = e.getColumn();
            for (int[] w : widened) {
                if (w[0] == e.getLine() && w[1] < e.getColumn()) column -= "\\u000C".length() - "\\f".length();
            }
            throw new JsonParseException(e.getMessage(), e, e.getLine(), column);
        }
    }
}
