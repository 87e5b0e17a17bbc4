package org.premise.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link ArgumentMap} measured and laid out as {@code premise draw} draws it: each statement's
 * caption wrapped and its box sized by its shape, arguments as small junctions, collapsed premises
 * as notes, groups as compound boxes, and the whole placed by ELK ({@link MapLayout}). The SVG
 * writer paints this picture; the explorer of {@code premise serve} gets the same boxes and
 * places through {@link MapJson}, so the page and the file show one layout.
 *
 * <p>Layout ids: statements {@code s1}, {@code s2}… and arguments {@code a1}, {@code a2}… in map
 * order, an argument's collapsed-premise note {@code aN-hidden}; edges {@code aN-p-sM} (premise),
 * {@code aN-c} (conclusion), {@code aN-hidden-e}, {@code xN} (attack), {@code qN} (bears on).
 */
final class MapPicture {
    /** How a statement is drawn: box (conclusion), rounded, note (evidence), hexagon (prediction), ellipse (question). */
    enum Shape { BOX, ROUNDED, NOTE, HEXAGON, ELLIPSE }

    /** A statement as drawn: its layout id, shape, caption lines, key lines and size. */
    record Drawn(ArgumentMap.StatementNode s, String id, Shape shape, List<String> lines, List<String> keyLines,
                 double w, double h) {
    }

    /** An open question's link to what it bears on: the edge's id and its two ends. */
    record BearsOn(String id, Drawn question, Drawn target) {
    }

    final List<Drawn> drawn;
    final Map<String, Drawn> byId;
    final List<BearsOn> bearsOn;
    final MapLayout.Result layout;

    private MapPicture(List<Drawn> drawn, Map<String, Drawn> byId, List<BearsOn> bearsOn, MapLayout.Result layout) {
        this.drawn = drawn;
        this.byId = byId;
        this.bearsOn = bearsOn;
        this.layout = layout;
    }

    /** Measures every statement of a map and lays the map out. */
    static MapPicture of(ArgumentMap map) {
        boolean whatIf = map.whatIf().isPresent();
        List<Drawn> drawn = new ArrayList<>();
        Map<String, Drawn> byId = new HashMap<>();
        for (int i = 0; i < map.statements().size(); i++) {
            Drawn d = measure(map.statements().get(i), "s" + (i + 1), whatIf);
            drawn.add(d);
            byId.put(d.s().id(), d);
        }

        // Statements, argument junctions and collapsed-premise notes as nodes, in groups.
        List<MapLayout.Node> nodes = new ArrayList<>();
        for (Drawn d : drawn) nodes.add(new MapLayout.Node(d.id(), d.s().group(), d.w(), d.h()));
        List<MapLayout.Edge> edges = new ArrayList<>();
        List<ArgumentMap.ArgumentNode> arguments = map.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            ArgumentMap.ArgumentNode a = arguments.get(i);
            String arg = "a" + (i + 1);
            nodes.add(new MapLayout.Node(arg, a.group(), SvgWriter.ARGUMENT, SvgWriter.ARGUMENT));
            for (String p : a.premises()) edges.add(new MapLayout.Edge(arg + "-p-" + byId.get(p).id(), byId.get(p).id(), arg, true));
            if (a.hiddenPremises() > 0) {
                String stub = arg + "-hidden";
                nodes.add(new MapLayout.Node(stub, a.group(),
                        TextMetrics.width(stubText(a), SvgWriter.STUB_FONT_SIZE) + 4, SvgWriter.LINE + 2));
                edges.add(new MapLayout.Edge(stub + "-e", stub, arg, true));
            }
            edges.add(new MapLayout.Edge(arg + "-c", arg, byId.get(a.conclusion()).id(), true));
        }
        for (int i = 0; i < map.attacks().size(); i++) {
            ArgumentMap.Attack a = map.attacks().get(i);
            edges.add(new MapLayout.Edge("x" + (i + 1), byId.get(a.from()).id(), byId.get(a.to()).id(), false));
        }
        List<BearsOn> bearsOn = new ArrayList<>();
        for (Drawn q : drawn) {
            for (String target : q.s().bearsOn()) {
                String id = "q" + (bearsOn.size() + 1);
                bearsOn.add(new BearsOn(id, q, byId.get(target)));
                edges.add(new MapLayout.Edge(id, q.id(), byId.get(target).id(), false));
            }
        }
        List<MapLayout.Group> groups = new ArrayList<>();
        for (ArgumentMap.Group g : map.groups()) groups.add(new MapLayout.Group(g.id(), g.parent()));
        return new MapPicture(drawn, byId, bearsOn, MapLayout.layout(nodes, groups, edges));
    }

    /** The note beside an argument some of whose premises were collapsed. */
    static String stubText(ArgumentMap.ArgumentNode a) {
        return "+" + a.hiddenPremises() + (a.hiddenPremises() == 1 ? " premise" : " premises") + " collapsed";
    }

    private static Drawn measure(ArgumentMap.StatementNode s, String id, boolean whatIf) {
        List<String> lines = MapStyle.wrap(s.caption(), SvgWriter.WRAP, SvgWriter.MAX_LINES);
        String under = MapStyle.keyLine(s, whatIf);
        List<String> keyLines = under.isEmpty() ? List.of() : MapStyle.wrap(under, 44, 2);
        double textWidth = 0;
        for (String l : lines) textWidth = Math.max(textWidth, TextMetrics.width(l, SvgWriter.FONT_SIZE));
        for (String l : keyLines) textWidth = Math.max(textWidth, TextMetrics.width(l, SvgWriter.KEY_FONT_SIZE));
        double textHeight = lines.size() * SvgWriter.LINE + keyLines.size() * SvgWriter.KEY_LINE + (keyLines.isEmpty() ? 0 : 2);
        Shape shape = shape(s.kind());
        double padX = SvgWriter.PAD_X, padY = SvgWriter.PAD_Y;
        double w, h;
        switch (shape) {
            case ELLIPSE -> {
                w = textWidth * 1.3 + 2 * padX;
                h = textHeight * 1.3 + 2 * padY;
            }
            case HEXAGON -> {
                h = textHeight + 2 * padY;
                w = textWidth + 2 * padX + h * 0.5;
            }
            case NOTE -> {
                w = textWidth + 2 * padX + 6;
                h = textHeight + 2 * padY;
            }
            default -> {
                w = textWidth + 2 * padX;
                h = textHeight + 2 * padY;
            }
        }
        return new Drawn(s, id, shape, lines, keyLines, Math.ceil(Math.max(w, 40)), Math.ceil(h));
    }

    private static Shape shape(ArgumentMap.Kind kind) {
        return switch (kind) {
            case ASSUMPTION, CLAIM, DEFINITION -> Shape.ROUNDED;
            case EVIDENCE -> Shape.NOTE;
            case CONCLUSION -> Shape.BOX;
            case PREDICTION -> Shape.HEXAGON;
            case QUESTION -> Shape.ELLIPSE;
        };
    }
}
