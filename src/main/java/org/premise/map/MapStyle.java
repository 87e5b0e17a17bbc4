package org.premise.map;

import java.util.ArrayList;
import java.util.List;

import org.premise.reason.analysis.Status;

/**
 * How every drawing of an {@link ArgumentMap} looks, in one place so that DOT, SVG, GraphML,
 * Mermaid and the explorer agree: colours by grounded status, shapes by kind, the legend, and
 * how a caption is wrapped.
 */
public final class MapStyle {
    private MapStyle() {}

    /** Fill colour of a statement with this status (a question, status null, is grey). */
    public static String fill(Status status) {
        if (status == null) return "#eeeeee";
        return switch (status) {
            case IN -> "#d4edda";
            case OUT -> "#f8d7da";
            case UNDECIDED -> "#fff3cd";
        };
    }

    /** Border colour of a statement with this status. */
    public static String border(Status status) {
        if (status == null) return "#888888";
        return switch (status) {
            case IN -> "#2e7d32";
            case OUT -> "#c62828";
            case UNDECIDED -> "#b8860b";
        };
    }

    /** Colour of undercut and rebut edges. */
    public static final String ATTACK = "#c62828";
    /** Colour of a statement that lost all support in the what-if drawn. */
    public static final String LOST = "#c62828";
    /** Colour of a linchpin's mark. */
    public static final String LINCHPIN = "#6a1b9a";

    /** One line explaining the colours and marks, for legends. */
    public static final String LEGEND = "green: in (accepted); red: out (defeated or unsupported); yellow: undecided; "
            + "grey: open question; thick purple border: linchpin of a conclusion drawn; "
            + "small circles: arguments (all premises together support the conclusion); "
            + "red dashed: undercut; red double-headed: rebut; dotted: an open question bears on";

    /** The status as the word users read. */
    public static String word(Status status) {
        return status == null ? "open question" : status.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The caption wrapped at about {@code width} characters, at most {@code maxLines} lines (an ellipsis marks a cut). */
    public static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() > width) w = w.substring(0, width - 1) + "…";
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    String last = lines.get(maxLines - 1);
                    lines.set(maxLines - 1, (last.length() >= width ? last.substring(0, width - 1) : last) + "…");
                    return lines;
                }
            }
            if (line.length() > 0) line.append(' ');
            line.append(w);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** What is written beneath a statement's caption: its key, then its marks ({@code models-capable · linchpin}); may be empty. */
    public static String keyLine(ArgumentMap.StatementNode s, boolean whatIf) {
        List<String> marks = marks(s, whatIf);
        String under = s.key() != null ? s.key() : "";
        if (!marks.isEmpty()) under = (under.isEmpty() ? "" : under + " · ") + String.join(", ", marks);
        return under;
    }

    /** The marks a statement carries besides its colour, as short words (linchpin, lost support, retracted…). */
    public static List<String> marks(ArgumentMap.StatementNode s, boolean whatIf) {
        List<String> marks = new ArrayList<>();
        if (s.isLinchpin()) marks.add("linchpin");
        if (s.implicit()) marks.add("implicit");
        if (whatIf && s.changedByUser()) marks.add(s.status() == Status.OUT ? "retracted" : "assumed");
        if (s.lostSupport()) marks.add("lost support");
        if (whatIf && s.statusChanged() && !s.changedByUser()) marks.add("was " + word(s.before()));
        return marks;
    }
}
