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

    /** The single line shown to a user: {@code source:line:column: message}, omitting what is unknown. */
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
        return sb.toString();
    }
}
