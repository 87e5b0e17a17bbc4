package org.premise.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryParseException;
import org.premise.BadInputException;

/**
 * Turns Jena's SPARQL parse errors into the one line a user sees. The position comes from
 * the message text ("at line L, column C" or "Line L, column C:"), which names the offending
 * token; {@link QueryParseException#getLine()} and {@code getColumn()} point at the last good
 * token instead. The grammar's long "Was expecting one of" list is kept only when short.
 */
final class QuerySyntaxErrors {
    private static final Pattern AT = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");
    private static final Pattern LEADING = Pattern.compile("^Line (\\d+), column (\\d+): ");
    private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \" (\\S+) \"(.*?) \"\"");
    private static final int MAX_EXPECTED = 8;

    private QuerySyntaxErrors() {}

    static BadInputException toBadInput(String source, String text, QueryParseException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage();
        int line = e.getLine();
        int column = e.getColumn();
        Matcher leading = LEADING.matcher(message);
        Matcher at = AT.matcher(message);
        if (leading.find()) {
            line = Integer.parseInt(leading.group(1));
            column = Integer.parseInt(leading.group(2));
            message = message.substring(leading.end());
        } else if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
            message = message.substring(0, at.start()) + message.substring(at.end());
        }
        int[] where = position(text, line, column);
        return new BadInputException(source, where[0], where[1], summarise(message.strip()), e);
    }

    /**
     * Jena's position as Premise counts: Jena's parser ends a line at {@code \r}, {@code \n} or
     * {@code \r\n} and counts columns in UTF-16 units; Premise's readers end lines at {@code \n}
     * only and count columns in characters (code points). A position Jena puts past the text
     * (line 0 for an empty query, column 0 after a final line break) is the end of the text.
     */
    static int[] position(String text, int jenaLine, int jenaColumn) {
        int offset = text.length();
        // As JavaCC's SimpleCharStream.UpdateLineColumn, with Jena's tab size of 1.
        int line = 1;
        int column = 0;
        boolean prevCr = false;
        boolean prevLf = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (prevLf) {
                prevLf = false;
                line++;
                column = 1;
            } else if (prevCr) {
                prevCr = false;
                if (c == '\n') {
                    prevLf = true;
                } else {
                    line++;
                    column = 1;
                }
            }
            if (c == '\r') prevCr = true;
            else if (c == '\n') prevLf = true;
            if (line == jenaLine && column == jenaColumn) {
                offset = i;
                break;
            }
        }
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int premiseLine = 1;
        for (int i = 0; i < lineStart; i++) if (text.charAt(i) == '\n') premiseLine++;
        return new int[] {premiseLine, text.codePointCount(lineStart, offset) + 1};
    }

    /** "Encountered ... Was expecting one of: ..." becomes "unexpected X; expected one of: A, B". */
    private static String summarise(String message) {
        String[] lines = message.split("\n");
        String first = lines[0].strip();
        Matcher encountered = ENCOUNTERED.matcher(first);
        String summary = encountered.find() ? "unexpected \"" + encountered.group(2).strip() + "\""
                : first.contains("<EOF>") ? "unexpected end of query" : first;
        List<String> expected = new ArrayList<>();
        boolean inList = false;
        for (String line : lines) {
            String item = line.strip();
            if (item.startsWith("Was expecting")) { inList = true; continue; }
            if (inList && !item.isEmpty()) expected.add(item.replaceAll("\\s*\\.\\.\\.$", ""));
        }
        if (!expected.isEmpty() && expected.size() <= MAX_EXPECTED) {
            summary += "; expected " + (expected.size() == 1 ? "" : "one of: ") + String.join(", ", expected);
        }
        return summary;
    }
}
