package org.premise;


/**
 * Refuses input nested deeper than the readers can take. Jena's Turtle and TriG parsers, its
 * JSON parser (AIF) and Titanium's JSON-LD processor recurse once per level of {@code [ ]},
 * {@code ( )}, <code>{ }</code>: a file nested a few thousand deep overflows the stack. A scan
 * before parsing, which only counts brackets outside strings, IRIs and comments, turns that
 * into one line with the file, line and column of the first bracket past the limit. No real
 * data comes near it: argument maps and JSON-LD nest a few levels.
 */
public final class NestingLimit {
    private NestingLimit() {}

    /** The deepest nesting accepted. */
    public static final int MAX_DEPTH = 256;

    /** Checks Turtle or TriG text: {@code [ ]} and {@code ( )} (and TriG's graph braces). */
    public static void checkTurtle(String source, byte[] content) {
        new Scan(source, content, true).run();
    }

    /** Checks JSON text (JSON-LD, AIF): {@code [ ]} and <code>{ }</code>. */
    public static void checkJson(String source, byte[] content) {
        new Scan(source, content, false).run();
    }

    /**
     * Over the UTF-8 bytes, not a decoded copy (a 10^6-statement file is 200 MB): every byte
     * the scan looks for is ASCII, and no byte of a multi-byte character is. Columns count
     * characters: continuation bytes (10xxxxxx) are not counted.
     */
    private static final class Scan {
        private final String source;
        private final byte[] text;
        private final boolean turtle;
        private int line = 1;
        private int lineStart;

        Scan(String source, byte[] text, boolean turtle) {
            this.source = source;
            this.text = text;
            this.turtle = turtle;
        }

        void run() {
            int depth = 0;
            int n = text.length;
            for (int i = 0; i < n; i++) {
                char c = (char) text[i];
                switch (c) {
                    case '\n' -> newLine(i);
                    case '[', '(', '{' -> {
                        if (++depth > MAX_DEPTH) {
                            throw new BadInputException(source, line, column(i), "nested more than " + MAX_DEPTH
                                    + " deep (brackets and braces); Premise's readers take at most that");
                        }
                    }
                    case ']', ')', '}' -> depth = Math.max(0, depth - 1);
                    case '"' -> i = skipString(i, '"');
                    case '\'' -> {
                        if (turtle) i = skipString(i, '\'');
                    }
                    case '<' -> {
                        if (turtle) i = skipTo(i, '>');
                    }
                    case '#' -> {
                        if (turtle) i = skipTo(i, '\n') - 1;
                    }
                    default -> { }
                }
            }
        }

        /** The 1-based column of byte {@code i}, in characters. */
        private int column(int i) {
            int column = 1;
            for (int j = lineStart; j < i; j++) {
                if ((text[j] & 0xC0) != 0x80) column++;
            }
            return column;
        }

        private void newLine(int i) {
            line++;
            lineStart = i + 1;
        }

        /** Past a string opened at {@code i} (long or short, with escapes); returns the index of its last character. */
        private int skipString(int i, char quote) {
            int n = text.length;
            boolean isLong = turtle && i + 2 < n && text[i + 1] == quote && text[i + 2] == quote;
            int j = isLong ? i + 3 : i + 1;
            while (j < n) {
                byte c = text[j];
                if (c == '\\') {
                    j += 2;
                    continue;
                }
                if (c == '\n') {
                    newLine(j);
                }
                if (c == quote) {
                    if (!isLong) return j;
                    if (j + 2 < n && text[j + 1] == quote && text[j + 2] == quote) return j + 2;
                }
                j++;
            }
            return n;
        }

        /** The index of the next {@code end} after {@code i}, or the end of the text; counts lines on the way. */
        private int skipTo(int i, char end) {
            int n = text.length;
            for (int j = i + 1; j < n; j++) {
                byte c = text[j];
                if (c == end) return j;
                if (c == '\n') newLine(j);
            }
            return n;
        }
    }
}
