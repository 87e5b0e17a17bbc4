package org.premise.map;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link ArgumentMap} in Graphviz's DOT language, for {@code dot -Tsvg}: conclusions on
 * top, premises below (rankdir BT); groups as clusters; statements as boxes filled by status
 * (shape by kind), each with its caption wrapped and its key beneath; arguments as small
 * circles; undercuts red dashed with a bar, rebuts red with arrows both ways; open questions
 * dotted to what they bear on. Node ids are {@code s1}, {@code a1}, {@code g1}… in map order;
 * every text is a quoted DOT string (quotes and backslashes escaped), so no statement text
 * can change the drawing's structure.
 */
public final class DotWriter {
    private DotWriter() {}

    public static void write(ArgumentMap map, PrintWriter out) {
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < map.statements().size(); i++) ids.put(map.statements().get(i).id(), "s" + (i + 1));
        boolean whatIf = map.whatIf().isPresent();
        out.println("digraph \"argument map\" {");
        out.println("  graph [rankdir=BT, fontname=\"Helvetica\", fontsize=11, newrank=true, nodesep=0.3, ranksep=0.45, label="
                + quote(caption(map)) + ", labelloc=t, labeljust=l];");
        out.println("  node [fontname=\"Helvetica\", fontsize=10, style=\"filled\", margin=\"0.12,0.06\"];");
        out.println("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];");

        // Groups as (nested) clusters, their statements and arguments inside.
        Map<String, List<String>> members = new HashMap<>();
        for (ArgumentMap.StatementNode s : map.statements()) {
            members.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(node(s, ids.get(s.id()), whatIf));
        }
        List<ArgumentMap.ArgumentNode> arguments = map.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            ArgumentMap.ArgumentNode a = arguments.get(i);
            String tooltip = "argument for " + name(map, a.conclusion());
            members.computeIfAbsent(a.group(), k -> new ArrayList<>()).add("a" + (i + 1)
                    + " [shape=circle, width=0.14, height=0.14, fixedsize=true, label=\"\", fillcolor=\"#555555\", color=\"#555555\", tooltip="
                    + quote(tooltip) + "];");
        }
        Map<String, List<ArgumentMap.Group>> children = new HashMap<>();
        for (ArgumentMap.Group g : map.groups()) children.computeIfAbsent(g.parent(), k -> new ArrayList<>()).add(g);
        int[] cluster = {0};
        writeGroup(null, children, members, out, "  ", cluster);

        for (int i = 0; i < arguments.size(); i++) {
            ArgumentMap.ArgumentNode a = arguments.get(i);
            String arg = "a" + (i + 1);
            for (String p : a.premises()) out.println("  " + ids.get(p) + " -> " + arg + " [arrowhead=none];");
            if (a.hiddenPremises() > 0) {
                String stub = arg + "_hidden";
                out.println("  " + stub + " [shape=plaintext, style=\"\", label=" + quote("+" + a.hiddenPremises()
                        + (a.hiddenPremises() == 1 ? " premise" : " premises") + " collapsed") + ", fontcolor=\"#777777\"];");
                out.println("  " + stub + " -> " + arg + " [arrowhead=none, style=dashed, color=\"#999999\"];");
            }
            out.println("  " + arg + " -> " + ids.get(a.conclusion()) + ";");
        }
        for (ArgumentMap.Attack a : map.attacks()) {
            if (a.kind() == ArgumentMap.AttackKind.UNDERCUT) {
                out.println("  " + ids.get(a.from()) + " -> " + ids.get(a.to()) + " [color=\"" + MapStyle.ATTACK
                        + "\", style=dashed, arrowhead=tee, constraint=false, tooltip=\"undercuts\"];");
            } else {
                out.println("  " + ids.get(a.from()) + " -> " + ids.get(a.to()) + " [color=\"" + MapStyle.ATTACK
                        + "\", penwidth=1.6, dir=both, constraint=false, tooltip=\"rebuts\"];");
            }
        }
        for (ArgumentMap.StatementNode q : map.statements()) {
            for (String target : q.bearsOn()) {
                out.println("  " + ids.get(q.id()) + " -> " + ids.get(target)
                        + " [style=dotted, color=\"#888888\", arrowhead=open, constraint=false, tooltip=\"bears on\"];");
            }
        }
        out.println("}");
        out.flush();
    }

    private static void writeGroup(String parent, Map<String, List<ArgumentMap.Group>> children, Map<String, List<String>> members,
                                   PrintWriter out, String indent, int[] cluster) {
        for (String line : members.getOrDefault(parent, List.of())) out.println(indent + line);
        for (ArgumentMap.Group g : children.getOrDefault(parent, List.of())) {
            out.println(indent + "subgraph cluster_" + (++cluster[0]) + " {");
            out.println(indent + "  label=" + quote(g.label()) + "; style=\"rounded,dashed\"; color=\"#999999\"; fontcolor=\"#555555\";"
                    + (g.kind() == ArgumentMap.GroupKind.LOOP ? " bgcolor=\"#f3f0fa\";" : ""));
            writeGroup(g.id(), children, members, out, indent + "  ", cluster);
            out.println(indent + "}");
        }
    }

    private static String node(ArgumentMap.StatementNode s, String id, boolean whatIf) {
        List<String> lines = new ArrayList<>(MapStyle.wrap(s.caption(), 30, 4));
        String under = MapStyle.keyLine(s, whatIf);
        if (!under.isEmpty()) lines.add("(" + under + ")");
        StringBuilder b = new StringBuilder(id).append(" [shape=").append(shape(s.kind()))
                .append(", label=").append(quote(String.join("\n", lines)))
                .append(", fillcolor=\"").append(MapStyle.fill(s.status())).append('"')
                .append(", color=\"").append(s.isLinchpin() ? MapStyle.LINCHPIN : s.lostSupport() ? MapStyle.LOST : MapStyle.border(s.status())).append('"');
        String style = "filled";
        if (s.kind() == ArgumentMap.Kind.ASSUMPTION || s.kind() == ArgumentMap.Kind.CLAIM || s.kind() == ArgumentMap.Kind.DEFINITION) {
            style += ",rounded";
        }
        if (s.implicit() || s.isQuestion()) style += ",dashed";
        if (s.kind() == ArgumentMap.Kind.CONCLUSION) style += ",bold";
        b.append(", style=\"").append(style).append('"');
        if (s.isLinchpin() || s.lostSupport()) b.append(", penwidth=3");
        String tooltip = (s.text() != null ? s.text() : s.caption()) + " [" + MapStyle.word(s.status()) + "]";
        b.append(", tooltip=").append(quote(tooltip)).append("];");
        return b.toString();
    }

    private static String shape(ArgumentMap.Kind kind) {
        return switch (kind) {
            case ASSUMPTION, CLAIM, DEFINITION -> "box";
            case EVIDENCE -> "note";
            case CONCLUSION -> "box";
            case PREDICTION -> "hexagon";
            case QUESTION -> "ellipse";
        };
    }

    private static String name(ArgumentMap map, String id) {
        ArgumentMap.StatementNode s = map.statementsById().get(id);
        return s == null ? id : s.name();
    }

    /** The map's title, what was collapsed, and the what-if drawn. */
    static String caption(ArgumentMap map) {
        StringBuilder b = new StringBuilder("Argument map: ").append(map.title());
        map.whatIf().ifPresent(w -> {
            b.append("\nWhat if ");
            if (!w.retracted().isEmpty()) b.append("retracted: ").append(String.join(", ", keys(map, w.retracted())));
            if (!w.assumed().isEmpty()) b.append(w.retracted().isEmpty() ? "" : "; ").append("assumed: ").append(String.join(", ", keys(map, w.assumed())));
            b.append(" — lost support: ").append(w.lostSupport().isEmpty() ? "none" : String.join(", ", keys(map, w.lostSupport())));
        });
        for (ArgumentMap.Collapsed c : map.collapsed()) {
            b.append("\nCollapsed: ").append(c.statements()).append(" statements (").append(c.what()).append("; ").append(c.reason()).append(")");
        }
        return b.toString();
    }

    private static List<String> keys(ArgumentMap map, List<String> ids) {
        Map<String, ArgumentMap.StatementNode> byId = map.statementsById();
        return ids.stream().map(id -> byId.containsKey(id) ? byId.get(id).name() : id).toList();
    }

    /** A DOT quoted string: backslashes and quotes escaped, line breaks as DOT's centred {@code \n}. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
