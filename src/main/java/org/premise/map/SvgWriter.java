package org.premise.map;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.premise.map.MapPicture.BearsOn;
import org.premise.map.MapPicture.Drawn;
import org.premise.map.MapPicture.Shape;

/**
 * An {@link ArgumentMap} as a standalone SVG picture, laid out in Java by Eclipse ELK
 * ({@link MapLayout}), so {@code premise draw -o map.svg} needs nothing but Java. It draws
 * what the DOT writer draws, the same way: conclusions on top and premises below; statements
 * shaped by kind (box: conclusion, thicker; rounded box: assumption, claim, definition; note:
 * evidence; hexagon: prediction; ellipse: open question) and filled and bordered by status
 * ({@link MapStyle}); a linchpin with a thick purple border, a statement that lost its support
 * in the what-if drawn with a thick red one, implicit statements and questions dashed; each
 * caption wrapped as in DOT with the key and marks beneath in a smaller font; arguments as
 * small dark circles; undercuts red dashed ending in a bar, rebuts red with arrows at both
 * ends, open questions dotted to what they bear on; groups as labelled boxes (loops shaded);
 * the map's caption (title, what-if, what was collapsed) and the legend on top.
 *
 * <p>For scripts and tests, each statement is one {@code <g class="statement">} with
 * {@code id} ({@code s1}, {@code s2}… in map order), {@code data-key}, {@code data-status}
 * ({@code in}, {@code out}, {@code undecided} or {@code question}) and {@code data-kind}, plus
 * {@code data-linchpin} and {@code data-lost-support} when they hold, and a {@code <title>}
 * (full text and status) that browsers show as a tooltip; each argument is one
 * {@code <g class="argument">}. Every text is escaped ({@link Xml}), so no statement can add
 * markup or script to the picture. Numbers are written with one decimal in a fixed locale: the
 * same map gives the same bytes.
 */
public final class SvgWriter {
    private SvgWriter() {}

    static final String FONT = "Helvetica, Arial, sans-serif";
    static final double FONT_SIZE = 10, KEY_FONT_SIZE = 8, STUB_FONT_SIZE = 9, TITLE_FONT_SIZE = 13,
            CAPTION_FONT_SIZE = 10, LEGEND_FONT_SIZE = 9, GROUP_FONT_SIZE = 10;
    static final double LINE = 12, KEY_LINE = 10, PAD_X = 8, PAD_Y = 5, ARGUMENT = 10, MARGIN = 12;
    /** The caption's wrap width and line count, as the DOT writer's, so both pictures say the same. */
    static final int WRAP = 30, MAX_LINES = 4;
    static final String EDGE_COLOUR = "#555555", QUESTION_EDGE = "#888888", STUB_COLOUR = "#999999";

    /** A line of the header: its text, its class (title, note, legend) and its font size. */
    private record HeaderLine(String text, String kind, double size) {
    }

    public static void write(ArgumentMap map, PrintWriter out) {
        MapPicture picture = MapPicture.of(map);
        List<Drawn> drawn = picture.drawn;
        Map<String, Drawn> byId = picture.byId;
        List<BearsOn> bearsOn = picture.bearsOn;
        MapLayout.Result layout = picture.layout;
        List<ArgumentMap.ArgumentNode> arguments = map.arguments();

        // The header: the caption (title, what-if, collapsed) and the legend, wrapped to the drawing's width.
        double width = Math.max(layout.width(), 640);
        List<HeaderLine> header = header(map, width);
        double headerHeight = 0;
        for (HeaderLine line : header) headerHeight += line.size() * 1.35;
        double top = MARGIN + headerHeight + 10;
        double totalWidth = width + 2 * MARGIN, totalHeight = top + layout.height() + MARGIN;
        double dx = MARGIN, dy = top;

        out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.print("<!-- Drawn by premise draw, laid out by Eclipse ELK: regenerate it rather than edit it. -->\n");
        out.print("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(totalWidth) + "\" height=\"" + num(totalHeight)
                + "\" viewBox=\"0 0 " + num(totalWidth) + " " + num(totalHeight) + "\" font-family=\"" + FONT + "\">\n");
        out.print("<title>" + Xml.escape(DotWriter.caption(map).lines().findFirst().orElse("")) + "</title>\n");
        defs(out);
        out.print("<rect class=\"background\" x=\"0\" y=\"0\" width=\"" + num(totalWidth) + "\" height=\"" + num(totalHeight)
                + "\" fill=\"#ffffff\"/>\n");

        out.print("<g class=\"caption\">\n");
        double y = MARGIN;
        for (HeaderLine line : header) {
            y += line.size() * 1.1;
            String paint = switch (line.kind()) {
                case "title" -> " font-weight=\"bold\" fill=\"#222222\"";
                case "legend" -> " fill=\"#666666\"";
                default -> " fill=\"#333333\"";
            };
            out.print("<text x=\"" + num(MARGIN) + "\" y=\"" + num(y) + "\" font-size=\"" + num(line.size()) + "\"" + paint
                    + " class=\"" + line.kind() + "\">" + Xml.escape(line.text()) + "</text>\n");
            y += line.size() * 0.25;
        }
        out.print("</g>\n");

        // Groups, parents before children so a child's box is drawn over its parent's.
        out.print("<g class=\"groups\">\n");
        for (ArgumentMap.Group g : map.groups()) {
            MapLayout.Box b = layout.groups().get(g.id());
            boolean loop = g.kind() == ArgumentMap.GroupKind.LOOP;
            out.print("<g class=\"group\" data-kind=\"" + g.kind().word() + "\"><title>" + Xml.escape(g.label()) + "</title>");
            out.print("<rect x=\"" + num(b.x() + dx) + "\" y=\"" + num(b.y() + dy) + "\" width=\"" + num(b.w()) + "\" height=\""
                    + num(b.h()) + "\" rx=\"8\" fill=\"" + (loop ? "#f3f0fa" : "none") + "\" stroke=\"#999999\" stroke-dasharray=\"5 3\"/>");
            out.print("<text x=\"" + num(b.x() + dx + 10) + "\" y=\"" + num(b.y() + dy + 16) + "\" font-size=\"" + num(GROUP_FONT_SIZE)
                    + "\" fill=\"#555555\">" + Xml.escape(fitted(g.label(), GROUP_FONT_SIZE, b.w() - 20)) + "</text></g>\n");
        }
        out.print("</g>\n");

        // Edges under the nodes they join.
        out.print("<g class=\"edges\" fill=\"none\">\n");
        for (int i = 0; i < arguments.size(); i++) {
            ArgumentMap.ArgumentNode a = arguments.get(i);
            String arg = "a" + (i + 1);
            MapLayout.Box junction = layout.nodes().get(arg);
            for (String p : a.premises()) {
                Drawn from = byId.get(p);
                edge(out, layout, arg + "-p-" + from.id(), "premise", round(layout, from), junction, dx, dy,
                        "stroke=\"" + EDGE_COLOUR + "\"", null);
            }
            if (a.hiddenPremises() > 0) {
                edge(out, layout, arg + "-hidden-e", "collapsed", null, junction, dx, dy,
                        "stroke=\"" + STUB_COLOUR + "\" stroke-dasharray=\"4 3\"", null);
            }
            Drawn conclusion = byId.get(a.conclusion());
            edge(out, layout, arg + "-c", "conclusion", junction, round(layout, conclusion), dx, dy,
                    "stroke=\"" + EDGE_COLOUR + "\" marker-end=\"url(#arrow)\"", null);
        }
        for (int i = 0; i < map.attacks().size(); i++) {
            ArgumentMap.Attack a = map.attacks().get(i);
            Drawn from = byId.get(a.from()), to = byId.get(a.to());
            boolean undercut = a.kind() == ArgumentMap.AttackKind.UNDERCUT;
            String style = "stroke=\"" + MapStyle.ATTACK + "\" " + (undercut
                    ? "stroke-dasharray=\"5 3\" marker-end=\"url(#tee)\""
                    : "stroke-width=\"1.6\" marker-start=\"url(#rebut-start)\" marker-end=\"url(#rebut-end)\"");
            edge(out, layout, "x" + (i + 1), a.kind().word(), round(layout, from), round(layout, to), dx, dy, style,
                    from.s().name() + (undercut ? " undercuts " : " rebuts ") + to.s().name());
        }
        for (BearsOn q : bearsOn) {
            Drawn from = q.question(), to = q.target();
            edge(out, layout, q.id(), "bears-on", round(layout, from), round(layout, to), dx, dy,
                    "stroke=\"" + QUESTION_EDGE + "\" stroke-dasharray=\"1.5 2.5\" marker-end=\"url(#open)\"",
                    from.s().name() + " bears on " + to.s().name());
        }
        out.print("</g>\n");

        // Arguments, collapsed-premise notes, then statements.
        out.print("<g class=\"arguments\">\n");
        for (int i = 0; i < arguments.size(); i++) {
            ArgumentMap.ArgumentNode a = arguments.get(i);
            String arg = "a" + (i + 1);
            MapLayout.Box b = layout.nodes().get(arg);
            out.print("<g class=\"argument\" id=\"" + arg + "\" data-conclusion=\"" + Xml.escape(byId.get(a.conclusion()).s().name())
                    + "\"><title>" + Xml.escape("argument for " + byId.get(a.conclusion()).s().name()) + "</title><circle cx=\""
                    + num(b.cx() + dx) + "\" cy=\"" + num(b.cy() + dy) + "\" r=\"" + num(ARGUMENT / 2) + "\" fill=\"" + EDGE_COLOUR
                    + "\"/></g>\n");
            if (a.hiddenPremises() > 0) {
                MapLayout.Box s = layout.nodes().get(arg + "-hidden");
                out.print("<text class=\"collapsed\" x=\"" + num(s.cx() + dx) + "\" y=\"" + num(s.cy() + dy + STUB_FONT_SIZE * 0.35)
                        + "\" font-size=\"" + num(STUB_FONT_SIZE) + "\" text-anchor=\"middle\" fill=\"#777777\">"
                        + Xml.escape(MapPicture.stubText(a)) + "</text>\n");
            }
        }
        out.print("</g>\n");
        out.print("<g class=\"statements\">\n");
        for (Drawn d : drawn) statement(out, d, layout.nodes().get(d.id()), dx, dy);
        out.print("</g>\n");
        out.print("</svg>\n");
        out.flush();
    }

    /** The caption's lines (title bold) and the legend's, wrapped to {@code width}. */
    private static List<HeaderLine> header(ArgumentMap map, double width) {
        List<HeaderLine> lines = new ArrayList<>();
        List<String> caption = DotWriter.caption(map).lines().toList();
        for (int i = 0; i < caption.size(); i++) {
            double size = i == 0 ? TITLE_FONT_SIZE : CAPTION_FONT_SIZE;
            for (String l : fit(List.of(caption.get(i).split(" ")), " ", size, width, i == 0)) {
                lines.add(new HeaderLine(l, i == 0 ? "title" : "note", size));
            }
        }
        for (String l : fit(List.of(MapStyle.LEGEND.split("; ")), "; ", LEGEND_FONT_SIZE, width, false)) {
            lines.add(new HeaderLine(l, "legend", LEGEND_FONT_SIZE));
        }
        return lines;
    }

    /** The text, cut with an ellipsis where it is wider than {@code width} (a group's label in a narrow box; its title has it whole). */
    private static String fitted(String text, double size, double width) {
        if (TextMetrics.width(text, size) <= width) return text;
        int end = text.length();
        while (end > 1 && TextMetrics.width(text.substring(0, end).strip() + "…", size) > width) end--;
        return text.substring(0, end).strip() + "…";
    }

    /** Pieces joined by {@code separator} into lines no wider than {@code width} (a piece wider than that is a line of its own). */
    private static List<String> fit(List<String> pieces, String separator, double size, double width, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces) {
            String candidate = line.length() == 0 ? piece : line + separator + piece;
            if (line.length() > 0 && TextMetrics.width(candidate, size, bold) > width) {
                lines.add(line.toString() + separator.strip());
                line.setLength(0);
                line.append(piece);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    // ---- drawing -----------------------------------------------------------------------------

    private static void defs(PrintWriter out) {
        out.print("<defs>\n");
        out.print("<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
                + "markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + EDGE_COLOUR + "\"/></marker>\n");
        out.print("<marker id=\"tee\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" "
                + "markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M9,0 L9,10\" stroke=\"" + MapStyle.ATTACK
                + "\" stroke-width=\"2.5\"/></marker>\n");
        out.print("<marker id=\"rebut-end\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" "
                + "markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + MapStyle.ATTACK + "\"/></marker>\n");
        out.print("<marker id=\"rebut-start\" viewBox=\"0 0 10 10\" refX=\"0\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" "
                + "markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M10,0 L0,5 L10,10 z\" fill=\"" + MapStyle.ATTACK + "\"/></marker>\n");
        out.print("<marker id=\"open\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
                + "markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10\" fill=\"none\" stroke=\"" + QUESTION_EDGE
                + "\" stroke-width=\"1.2\"/></marker>\n");
        out.print("</defs>\n");
    }

    /**
     * One edge as a path along ELK's route. ELK ends edges on the bounding box: an end at an
     * ellipse or a circle ({@code roundFrom}, {@code roundTo}; null for a box) is moved onto its outline.
     */
    private static void edge(PrintWriter out, MapLayout.Result layout, String id, String kind, MapLayout.Box roundFrom,
                             MapLayout.Box roundTo, double dx, double dy, String style, String title) {
        List<double[]> points = layout.edges().get(id);
        if (points == null || points.size() < 2) return;
        points = new ArrayList<>(points);
        if (roundFrom != null) clip(points, roundFrom, true);
        if (roundTo != null) clip(points, roundTo, false);
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            d.append(i == 0 ? "M" : " L").append(num(points.get(i)[0] + dx)).append(',').append(num(points.get(i)[1] + dy));
        }
        out.print("<path class=\"edge " + kind + "\" d=\"" + d + "\" " + style + (title == null ? "/>\n"
                : "><title>" + Xml.escape(title) + "</title></path>\n"));
    }

    /** The statement's box when it is drawn as an ellipse, else null. */
    private static MapLayout.Box round(MapLayout.Result layout, Drawn d) {
        return d.shape() == Shape.ELLIPSE ? layout.nodes().get(d.id()) : null;
    }

    /** Moves the first (or last) point of a route onto the ellipse inscribed in {@code box}, along the route's end segment. */
    private static void clip(List<double[]> points, MapLayout.Box box, boolean first) {
        int end = first ? 0 : points.size() - 1, next = first ? 1 : points.size() - 2;
        double[] q = points.get(next), e = points.get(end);
        double a = box.w() / 2, b = box.h() / 2, cx = box.cx(), cy = box.cy();
        double px = (q[0] - cx) / a, py = (q[1] - cy) / b, vx = (e[0] - q[0]) / a, vy = (e[1] - q[1]) / b;
        // |p + t v| = 1, the smallest t >= 0: where the segment from the outside point q first meets the ellipse.
        double qa = vx * vx + vy * vy, qb = 2 * (px * vx + py * vy), qc = px * px + py * py - 1;
        double disc = qb * qb - 4 * qa * qc;
        if (qa == 0 || disc < 0 || qc < 0) return;
        double t = (-qb - Math.sqrt(disc)) / (2 * qa);
        if (t < 0 || t > 1.5) return;
        points.set(end, new double[] {q[0] + t * (e[0] - q[0]), q[1] + t * (e[1] - q[1])});
    }

    private static void statement(PrintWriter out, Drawn d, MapLayout.Box box, double dx, double dy) {
        ArgumentMap.StatementNode s = d.s();
        double x = box.x() + dx, y = box.y() + dy, w = box.w(), h = box.h();
        String status = s.isQuestion() ? "question" : MapStyle.word(s.status());
        out.print("<g class=\"statement\" id=\"" + d.id() + "\" data-key=\"" + Xml.escape(s.name()) + "\" data-status=\"" + status
                + "\" data-kind=\"" + s.kind().word() + "\"" + (s.isLinchpin() ? " data-linchpin=\"true\"" : "")
                + (s.lostSupport() ? " data-lost-support=\"true\"" : "") + ">");
        String tooltip = (s.text() != null ? s.text() : s.caption()) + " [" + MapStyle.word(s.status()) + "]";
        out.print("<title>" + Xml.escape(tooltip) + "</title>");

        String stroke = s.isLinchpin() ? MapStyle.LINCHPIN : s.lostSupport() ? MapStyle.LOST : MapStyle.border(s.status());
        double strokeWidth = s.isLinchpin() || s.lostSupport() ? 3 : s.kind() == ArgumentMap.Kind.CONCLUSION ? 2 : 1;
        String paint = "fill=\"" + MapStyle.fill(s.status()) + "\" stroke=\"" + stroke + "\" stroke-width=\"" + num(strokeWidth) + "\""
                + (s.implicit() || s.isQuestion() ? " stroke-dasharray=\"5 3\"" : "");
        switch (d.shape()) {
            case BOX -> out.print("<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\" " + paint + "/>");
            case ROUNDED -> out.print("<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h)
                    + "\" rx=\"6\" " + paint + "/>");
            case ELLIPSE -> out.print("<ellipse cx=\"" + num(x + w / 2) + "\" cy=\"" + num(y + h / 2) + "\" rx=\"" + num(w / 2) + "\" ry=\""
                    + num(h / 2) + "\" " + paint + "/>");
            case HEXAGON -> {
                double inset = h * 0.25;
                out.print("<polygon points=\"" + num(x + inset) + "," + num(y) + " " + num(x + w - inset) + "," + num(y) + " " + num(x + w) + ","
                        + num(y + h / 2) + " " + num(x + w - inset) + "," + num(y + h) + " " + num(x + inset) + "," + num(y + h) + " " + num(x)
                        + "," + num(y + h / 2) + "\" " + paint + "/>");
            }
            case NOTE -> {
                double fold = 8;
                out.print("<path d=\"M" + num(x) + "," + num(y) + " L" + num(x + w - fold) + "," + num(y) + " L" + num(x + w) + "," + num(y + fold)
                        + " L" + num(x + w) + "," + num(y + h) + " L" + num(x) + "," + num(y + h) + " Z\" " + paint + "/>");
                out.print("<path d=\"M" + num(x + w - fold) + "," + num(y) + " L" + num(x + w - fold) + "," + num(y + fold) + " L" + num(x + w)
                        + "," + num(y + fold) + "\" fill=\"none\" stroke=\"" + stroke + "\"/>");
            }
        }
        double textHeight = d.lines().size() * LINE + d.keyLines().size() * KEY_LINE + (d.keyLines().isEmpty() ? 0 : 2);
        double cx = x + w / 2 - (d.shape() == Shape.NOTE ? 3 : 0);
        double baseline = y + (h - textHeight) / 2 + FONT_SIZE * 0.95;
        out.print("<text x=\"" + num(cx) + "\" y=\"" + num(baseline) + "\" font-size=\"" + num(FONT_SIZE)
                + "\" text-anchor=\"middle\" fill=\"#222222\">");
        for (int i = 0; i < d.lines().size(); i++) {
            out.print("<tspan x=\"" + num(cx) + "\"" + (i == 0 ? "" : " dy=\"" + num(LINE) + "\"") + ">" + Xml.escape(d.lines().get(i)) + "</tspan>");
        }
        out.print("</text>");
        if (!d.keyLines().isEmpty()) {
            double keyBaseline = baseline + (d.lines().size() - 1) * LINE + 2 + KEY_LINE;
            out.print("<text class=\"key\" x=\"" + num(cx) + "\" y=\"" + num(keyBaseline) + "\" font-size=\"" + num(KEY_FONT_SIZE)
                    + "\" text-anchor=\"middle\" fill=\"#555555\">");
            for (int i = 0; i < d.keyLines().size(); i++) {
                out.print("<tspan x=\"" + num(cx) + "\"" + (i == 0 ? "" : " dy=\"" + num(KEY_LINE) + "\"") + ">"
                        + Xml.escape(d.keyLines().get(i)) + "</tspan>");
            }
            out.print("</text>");
        }
        out.print("</g>\n");
    }

    /** A coordinate with at most one decimal, in a fixed format (no locale, no exponent). */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        long whole = tenths / 10, frac = Math.abs(tenths % 10);
        String sign = tenths < 0 && whole == 0 ? "-" : "";
        return frac == 0 ? sign + whole : sign + whole + "." + frac;
    }
}
