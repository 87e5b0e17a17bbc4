package org.premise;

import java.util.Optional;

/**
 * A user's input is wrong: a malformed file, query, rule or name. It carries where the
 * problem is (file, line, column when they exist) and what was expected, and prints as the
 * one line a user sees: {@code file:line:col: message}. Commands map it to exit code 2.
 */
public class BadInputException extends RuntimeException {
    private final String source;
    private final int line;
    private final int column;

    /** A problem at a position in a named source; line and column are 1-based, or -1 when unknown. */
    public BadInputException(String source, int line, int column, String message) {
        this(source, line, column, message, null);
    }

    public BadInputException(String source, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** A problem with no position, such as an unknown name. */
    public BadInputException(String message) {
        this(null, -1, -1, message, null);
    }

    public Optional<String> source() { return Optional.ofNullable(source); }
    public int line() { return line; }
    public int column() { return column; }

    /**
     * The single line shown to a user: {@code source:line:column: message}, omitting what is
     * unknown. A line break or other control character that the input brought into the message
     * (a name or value quoted back) is escaped, so the line stays one line.
     */
    public String toUserMessage() {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) sb.append(':').append(column);
            }
            sb.append(": ");
        }
        sb.append(getMessage());
        return oneLine(sb);
    }

    private static String oneLine(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if ((Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04X", (int) c));
            } else sb.append(c);
        }
        return sb.toString();
    }
}
