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
        if (line < 1) {
            // Jena says line 0, column 0 when the text ends before the first token: point past its end.
            String[] lines = text.split("\n", -1);
            String last = lines[lines.length - 1];
            line = lines.length;
            column = last.codePointCount(0, last.length()) + 1;
        }
        return new BadInputException(source, line, column, summarise(message.strip()), e);
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
