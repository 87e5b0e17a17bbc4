package org.premise.digest;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.premise.BadInputException;

/**
 * Line 2 of a digest: {@code Sources: <int> • Confidence: <word> • Updated: <YYYY-MM-DD HH:MM>}.
 * Parsed piece by piece so an error can point at the first character that is wrong.
 */
final class Metadata {
    static final String EXPECTED =
            "expected \"Sources: <int> • Confidence: <word> • Updated: <YYYY-MM-DD HH:MM>\"";
    static final String SOURCES = "Sources: ";
    static final String CONFIDENCE = " • Confidence: ";
    static final String UPDATED = " • Updated: ";

    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}");
    private static final Pattern WORD = Pattern.compile("[^\\p{IsWhite_Space}•]+");
    // STRICT with 'uuuu' refuses 2026-02-30 instead of quietly moving it to 2026-02-28.
    private static final DateTimeFormatter UPDATED_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT);

    /** The three values of a metadata line, as written. */
    record Values(int sourceCount, String confidence, String updated) {}

    private Metadata() {}

    static Values parse(String source, int lineNo, String line) {
        int i = expectLiteral(source, lineNo, line, 0, SOURCES);
        int digitsEnd = i;
        while (digitsEnd < line.length() && line.charAt(digitsEnd) >= '0' && line.charAt(digitsEnd) <= '9') digitsEnd++;
        if (digitsEnd == i) throw error(source, lineNo, line, i, EXPECTED);
        String digits = line.substring(i, digitsEnd);
        // A leading zero would not survive the round trip, so it is refused rather than lost.
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw error(source, lineNo, line, i, "source count \"" + digits + "\" has a leading zero: expected <int> such as 3");
        }
        int sourceCount;
        try {
            sourceCount = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw error(source, lineNo, line, i, "source count \"" + digits + "\" is too large");
        }
        i = expectLiteral(source, lineNo, line, digitsEnd, CONFIDENCE);
        Matcher word = WORD.matcher(line).region(i, line.length());
        if (!word.lookingAt()) throw error(source, lineNo, line, i, EXPECTED);
        int wordEnd = word.end();
        String confidence = line.substring(i, wordEnd);
        i = expectLiteral(source, lineNo, line, wordEnd, UPDATED);
        String rest = line.substring(i);
        if (rest.length() > 16 && parseUpdated(rest.substring(0, 16)) != null) {
            throw error(source, lineNo, line, i + 16, "unexpected text after the date: expected the end of the line");
        }
        if (parseUpdated(rest) == null) {
            throw error(source, lineNo, line, i,
                    "invalid date \"" + rest + "\": expected an existing date and time as YYYY-MM-DD HH:MM");
        }
        return new Values(sourceCount, confidence, rest);
    }

    static boolean isMetadataLine(String line) {
        try {
            parse("", 1, line);
            return true;
        } catch (BadInputException e) {
            return false;
        }
    }

    static boolean isConfidenceWord(String word) {
        return WORD.matcher(word).matches();
    }

    /** The date and time, or null when the text is not an existing {@code YYYY-MM-DD HH:MM}. */
    static LocalDateTime parseUpdated(String text) {
        if (!DATE_SHAPE.matcher(text).matches()) return null;
        try {
            return LocalDateTime.parse(text, UPDATED_FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Checks that {@code literal} is at {@code from}; returns the index after it. */
    private static int expectLiteral(String source, int lineNo, String line, int from, String literal) {
        for (int k = 0; k < literal.length(); k++) {
            int at = from + k;
            if (at >= line.length() || line.charAt(at) != literal.charAt(k)) {
                throw error(source, lineNo, line, at, EXPECTED);
            }
        }
        return from + literal.length();
    }

    private static BadInputException error(String source, int lineNo, String line, int index, String message) {
        return new BadInputException(source, lineNo, TextLines.column(line, index), message);
    }
}
