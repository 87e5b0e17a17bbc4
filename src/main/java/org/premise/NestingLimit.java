package org.premise;

import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses input nested deeper than the readers can take. Jena's Turtle and TriG parsers, its
 * JSON parser (AIF) and Titanium's JSON-LD processor recurse once per level of {@code [ ]},
 * {@code ( )}, <code>{ }</code>: a file nested a few thousand deep overflows the stack. A scan
 * which only counts brackets outside strings, IRIs and comments turns that into one line with
 * the file, line and column of the first bracket past the limit. No real data comes near it:
 * argument maps and JSON-LD nest a few levels.
 *
 * <p>The scan runs over bytes as they come ({@link #guard}), with constant memory, so a parser
 * reading a stream through it never sees a byte past the first bracket too deep.
 */
public final class NestingLimit {
    private NestingLimit() {}

    /** The deepest nesting accepted. */
    public static final int MAX_DEPTH = 256;

    /** Checks Turtle or TriG text: {@code [ ]} and {@code ( )} (and TriG's graph braces). */
    public static void checkTurtle(String source, byte[] content) {
        new Scan(source, true).feed(content, 0, content.length);
    }

    /** Checks JSON text (JSON-LD, AIF): {@code [ ]} and <code>{ }</code>. */
    public static void checkJson(String source, byte[] content) {
        new Scan(source, false).feed(content, 0, content.length);
    }

    /**
     * The stream, scanned as it is read: a read that brings a bracket past the limit throws
     * {@link BadInputException} with its line and column instead of returning it.
     *
     * @param turtle Turtle or TriG syntax (strings, IRIs, comments as Turtle has them); else JSON
     */
    public static InputStream guard(String source, InputStream in, boolean turtle) {
        Scan scan = new Scan(source, turtle);
        return new ObservedInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n > 0) scan.feed(b, off, n);
                return n;
            }
        };
    }

    /**
     * Over the UTF-8 bytes, one at a time, not a decoded copy: every byte the scan looks for is
     * ASCII, and no byte of a multi-byte character is. Columns count characters: continuation
     * bytes (10xxxxxx) are not counted.
     */
    private static final class Scan {
        private enum State { CODE, QUOTE_OPENED, SHORT_STRING, LONG_STRING, IRI, COMMENT }

        private final String source;
        private final boolean turtle;
        private State state = State.CODE;
        private int depth;
        private int line = 1;
        /** Characters before the current byte on its line. */
        private int column;
        private byte quote;
        /** Quotes seen in a row: while opening a string (up to three), or closing a long one. */
        private int quotes;
        private boolean escaped;

        Scan(String source, boolean turtle) {
            this.source = source;
            this.turtle = turtle;
        }

        void feed(byte[] bytes, int off, int len) {
            for (int i = off; i < off + len; i++) next(bytes[i]);
        }

        void next(byte c) {
            step(c);
            if (c == '\n') {
                line++;
                column = 0;
            } else if ((c & 0xC0) != 0x80) {
                column++;
            }
        }

        private void step(byte c) {
            switch (state) {
                case CODE -> code(c);
                case QUOTE_OPENED -> {
                    if (c == quote && quotes == 1) {
                        quotes = 2;
                    } else if (c == quote) {
                        state = State.LONG_STRING;
                        quotes = 0;
                    } else if (quotes == 2) {
                        state = State.CODE; // an empty string: "" or ''
                        code(c);
                    } else {
                        state = State.SHORT_STRING;
                        shortString(c);
                    }
                }
                case SHORT_STRING -> shortString(c);
                case LONG_STRING -> {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                        quotes = 0;
                    } else if (c == quote) {
                        if (++quotes == 3) state = State.CODE;
                    } else {
                        quotes = 0;
                    }
                }
                case IRI -> {
                    if (c == '>') state = State.CODE;
                }
                case COMMENT -> {
                    if (c == '\n') state = State.CODE;
                }
                default -> throw new IllegalStateException(state.name());
            }
        }

        private void code(byte c) {
            switch (c) {
                case '[', '(', '{' -> {
                    if (++depth > MAX_DEPTH) {
                        throw new BadInputException(source, line, column + 1, "nested more than " + MAX_DEPTH
                                + " deep (brackets and braces); Premise's readers take at most that");
                    }
                }
                case ']', ')', '}' -> depth = Math.max(0, depth - 1);
                case '"' -> openString(c);
                case '\'' -> {
                    if (turtle) openString(c);
                }
                case '<' -> {
                    if (turtle) state = State.IRI;
                }
                case '#' -> {
                    if (turtle) state = State.COMMENT;
                }
                default -> { }
            }
        }

        private void openString(byte c) {
            quote = c;
            escaped = false;
            if (turtle) {
                state = State.QUOTE_OPENED;
                quotes = 1;
            } else {
                state = State.SHORT_STRING;
            }
        }

        private void shortString(byte c) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == quote) {
                state = State.CODE;
            }
        }
    }
}
