package org.premise.reason.rules;

import java.util.ArrayList;
import java.util.List;

import org.premise.BadInputException;
import org.premise.ByteOrderMark;

/**
 * Splits a Jena rule file into its {@code @prefix} lines and its bracketed rules, keeping
 * the line and column where each starts. Knows enough of the syntax to skip comments
 * ({@code #} and {@code //} lines), quoted strings and {@code <IRI>}s while matching brackets.
 */
final class RuleScanner {
    enum Kind { PREFIX, RULE }

    record Chunk(Kind kind, String text, int line, int column) {}

    private final String source;
    private final String text;
    private int pos;
    private int line = 1;
    private int col = 1;

    RuleScanner(String source, String text) {
        this.source = source;
        this.text = ByteOrderMark.strip(text);
    }

    List<Chunk> chunks() {
        List<Chunk> out = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
                advance();
            } else if (c == '#' || text.startsWith("//", pos)) {
                skipLine();
            } else if (c == '@') {
                int startLine = line, startCol = col;
                String directive = readLine();
                if (directive.startsWith("@prefix")) {
                    out.add(new Chunk(Kind.PREFIX, directive, startLine, startCol));
                } else if (directive.startsWith("@include")) {
                    throw new BadInputException(source, startLine, startCol,
                            "@include is not supported: pass each rule file with --rules");
                } else {
                    throw new BadInputException(source, startLine, startCol, "expected @prefix or a rule in [brackets]");
                }
            } else if (c == '[') {
                out.add(readRule());
            } else {
                throw new BadInputException(source, line, col,
                        "expected a rule in [brackets], an @prefix line or a # comment, found '" + c + "'");
            }
        }
        return out;
    }

    private Chunk readRule() {
        int startLine = line, startCol = col, start = pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\'' || c == '"') {
                skipQuoted(c);
                continue;
            }
            if (c == '<' && looksLikeIri()) {
                skipUntil('>');
                continue;
            }
            if (c == '#' && col == 1) {
                skipLine();
                continue;
            }
            if (c == '[') depth++;
            if (c == ']') {
                depth--;
                if (depth == 0) {
                    advance();
                    return new Chunk(Kind.RULE, text.substring(start, pos), startLine, startCol);
                }
            }
            advance();
        }
        throw new BadInputException(source, startLine, startCol, "rule is not closed: expected ']'");
    }

    private boolean looksLikeIri() {
        int end = text.indexOf('>', pos);
        if (end < 0) return false;
        String inside = text.substring(pos + 1, end);
        return inside.contains(":") && !inside.contains(" ") && !inside.contains("\n");
    }

    private void skipQuoted(char quote) {
        int startLine = line, startCol = col;
        advance();
        while (pos < text.length() && text.charAt(pos) != quote) {
            if (text.charAt(pos) == '\\') advance();
            if (pos < text.length() && text.charAt(pos) == '\n') {
                throw new BadInputException(source, startLine, startCol, "string is not closed on its line: expected " + quote);
            }
            advance();
        }
        if (pos >= text.length()) throw new BadInputException(source, startLine, startCol, "string is not closed: expected " + quote);
        advance();
    }

    private void skipUntil(char end) {
        while (pos < text.length() && text.charAt(pos) != end) advance();
        if (pos < text.length()) advance();
    }

    private void skipLine() {
        while (pos < text.length() && text.charAt(pos) != '\n') advance();
    }

    private String readLine() {
        int start = pos;
        skipLine();
        return text.substring(start, pos).trim();
    }

    private void advance() {
        if (text.charAt(pos) == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        pos++;
    }
}
