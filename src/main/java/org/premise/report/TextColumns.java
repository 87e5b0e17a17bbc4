package org.premise.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Plain text for a terminal: rows in aligned columns, and prose wrapped to a width. */
final class TextColumns {
    /** The width prose is wrapped to: narrow enough for a terminal beside an editor. */
    static final int WIDTH = 100;

    private TextColumns() {}

    /**
     * Writes the rows (the first usually the column names) with each column as wide as its
     * widest cell plus two spaces; the last column is not padded, so no line ends in spaces.
     */
    static void write(PrintWriter w, List<String[]> rows) {
        write(w, rows, "", false);
    }

    /**
     * As {@link #write(PrintWriter, List)}, each line starting with {@code indent}; with
     * {@code wrapLast}, a last cell that would pass {@link #WIDTH} is wrapped between words and
     * continued under itself.
     */
    static void write(PrintWriter w, List<String[]> rows, String indent, boolean wrapLast) {
        if (rows.isEmpty()) return;
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        }
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder(indent);
            for (int i = 0; i < r.length - 1; i++) {
                b.append(r[i]).append(" ".repeat(width[i] - r[i].length() + 2));
            }
            String last = r.length == 0 ? "" : r[r.length - 1];
            if (!wrapLast || b.length() + last.length() <= WIDTH) {
                w.println((b + last).stripTrailing());
                continue;
            }
            String hanging = " ".repeat(b.length());
            List<String> lines = wrap(last, Math.max(WIDTH - b.length(), 20));
            for (int i = 0; i < lines.size(); i++) w.println((i == 0 ? b.toString() : hanging) + lines.get(i));
        }
    }

    /**
     * The text broken between words into lines of at most {@code width} characters. A set in
     * braces ({@code {a, b}}) is kept on one line when it fits; a longer word stays whole.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String unit : units(text.strip())) {
            List<String> words = unit.length() > width ? List.of(unit.split(" ")) : List.of(unit);
            for (String word : words) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) line.append(' ');
                line.append(word);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** The text split at the spaces outside braces. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder unit = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '{') depth++;
            if (c == '}' && depth > 0) depth--;
            if (Character.isWhitespace(c) && depth == 0) {
                if (unit.length() > 0) units.add(unit.toString());
                unit.setLength(0);
            } else {
                unit.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        if (unit.length() > 0) units.add(unit.toString());
        return units;
    }

    /** Writes the text wrapped, then an empty line. */
    static void paragraph(PrintWriter w, String text) {
        wrap(text, WIDTH).forEach(w::println);
        w.println();
    }

    /** Writes a heading underlined, then an empty line. */
    static void heading(PrintWriter w, String title) {
        w.println(title);
        w.println("-".repeat(title.length()));
        w.println();
    }
}
