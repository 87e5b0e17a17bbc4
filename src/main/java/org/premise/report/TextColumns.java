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
        write(w, rows, "");
    }

    /** As {@link #write(PrintWriter, List)}, each line starting with {@code indent}. */
    static void write(PrintWriter w, List<String[]> rows, String indent) {
        if (rows.isEmpty()) return;
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        }
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder(indent);
            for (int i = 0; i < r.length; i++) {
                b.append(r[i]);
                if (i < r.length - 1) b.append(" ".repeat(width[i] - r[i].length() + 2));
            }
            w.println(b.toString().stripTrailing());
        }
    }

    /** The text broken between words into lines of at most {@link #WIDTH} characters (a longer word stays whole). */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** Writes the text wrapped, then an empty line. */
    static void paragraph(PrintWriter w, String text) {
        wrap(text).forEach(w::println);
        w.println();
    }

    /** Writes a heading underlined, then an empty line. */
    static void heading(PrintWriter w, String title) {
        w.println(title);
        w.println("-".repeat(title.length()));
        w.println();
    }
}
