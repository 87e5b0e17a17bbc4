package org.premise.map;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link ArgumentMap} as a Mermaid flowchart (bottom to top), for Markdown pages that
 * render Mermaid (GitHub, GitLab, many wikis): groups as subgraphs, statements by kind
 * (rounded: assumption, stadium: evidence, box: conclusion, hexagon: prediction, circle-ish:
 * question), classes for status, arguments as small circles. Texts are written as Mermaid
 * quoted labels with quotes, angle brackets and {@code #} as entity codes, so a statement's
 * text cannot change the chart's structure.
 */
public final class MermaidWriter {
    private MermaidWriter() {}

    public static void write(ArgumentMap map, PrintWriter out) {
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < map.statements().size(); i++) ids.put(map.statements().get(i).id(), "s" + (i + 1));
        boolean whatIf = map.whatIf().isPresent();
        out.println("---");
        out.println("title: '" + DotWriter.caption(map).replace('\n', ' ').replace("'", "''") + "'");
        out.println("---");
        out.println("flowchart BT");
        out.println("  classDef in fill:" + MapStyle.fill(org.premise.reason.analysis.Status.IN) + ",stroke:"
                + MapStyle.border(org.premise.reason.analysis.Status.IN) + ";");
        out.println("  classDef out fill:" + MapStyle.fill(org.premise.reason.analysis.Status.OUT) + ",stroke:"
                + MapStyle.border(org.premise.reason.analysis.Status.OUT) + ";");
        out.println("  classDef undecided fill:" + MapStyle.fill(org.premise.reason.analysis.Status.UNDECIDED) + ",stroke:"
                + MapStyle.border(org.premise.reason.analysis.Status.UNDECIDED) + ";");
        out.println("  classDef question fill:" + MapStyle.fill(null) + ",stroke:" + MapStyle.border(null) + ",stroke-dasharray:4 3;");
        out.println("  classDef linchpin stroke:" + MapStyle.LINCHPIN + ",stroke-width:4px;");
        out.println("  classDef lost stroke:" + MapStyle.LOST + ",stroke-width:4px;");
        out.println("  classDef argument fill:#555555,stroke:#555555;");

        Map<String, List<String>> members = new HashMap<>();
        for (ArgumentMap.StatementNode s : map.statements()) {
            members.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(node(s, ids.get(s.id()), whatIf));
        }
        for (int i = 0; i < map.arguments().size(); i++) {
            ArgumentMap.ArgumentNode a = map.arguments().get(i);
            members.computeIfAbsent(a.group(), k -> new ArrayList<>()).add("a" + (i + 1) + "((\" \")):::argument");
        }
        Map<String, List<ArgumentMap.Group>> children = new HashMap<>();
        for (ArgumentMap.Group g : map.groups()) children.computeIfAbsent(g.parent(), k -> new ArrayList<>()).add(g);
        int[] counter = {0};
        writeGroup(null, children, members, out, "  ", counter);

        for (int i = 0; i < map.arguments().size(); i++) {
            ArgumentMap.ArgumentNode a = map.arguments().get(i);
            String arg = "a" + (i + 1);
            for (String p : a.premises()) out.println("  " + ids.get(p) + " --- " + arg);
            if (a.hiddenPremises() > 0) {
                out.println("  " + arg + "_hidden[" + quote("+" + a.hiddenPremises() + " collapsed") + "] -.- " + arg);
            }
            out.println("  " + arg + " --> " + ids.get(a.conclusion()));
        }
        for (ArgumentMap.Attack a : map.attacks()) {
            out.println("  " + ids.get(a.from()) + (a.kind() == ArgumentMap.AttackKind.UNDERCUT ? " -. undercuts .-x " : " x-. rebuts .-x ")
                    + ids.get(a.to()));
        }
        for (ArgumentMap.StatementNode q : map.statements()) {
            for (String target : q.bearsOn()) out.println("  " + ids.get(q.id()) + " -. bears on .-> " + ids.get(target));
        }
        out.flush();
    }

    private static void writeGroup(String parent, Map<String, List<ArgumentMap.Group>> children, Map<String, List<String>> members,
                                   PrintWriter out, String indent, int[] counter) {
        for (String line : members.getOrDefault(parent, List.of())) out.println(indent + line);
        for (ArgumentMap.Group g : children.getOrDefault(parent, List.of())) {
            out.println(indent + "subgraph g" + (++counter[0]) + " [" + quote(g.label()) + "]");
            writeGroup(g.id(), children, members, out, indent + "  ", counter);
            out.println(indent + "end");
        }
    }

    private static String node(ArgumentMap.StatementNode s, String id, boolean whatIf) {
        List<String> lines = new ArrayList<>(MapStyle.wrap(s.caption(), 30, 4));
        String under = MapStyle.keyLine(s, whatIf);
        if (!under.isEmpty()) lines.add("(" + under + ")");
        String label = quote(String.join("\n", lines));
        String shaped = switch (s.kind()) {
            case ASSUMPTION, CLAIM, DEFINITION -> "(" + label + ")";
            case EVIDENCE -> "([" + label + "])";
            case CONCLUSION -> "[" + label + "]";
            case PREDICTION -> "{{" + label + "}}";
            case QUESTION -> "[/" + label + "/]";
        };
        String cls = s.isQuestion() ? "question" : s.status().name().toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(id).append(shaped).append(":::").append(cls);
        if (s.isLinchpin()) b.append("\n").append("  class ").append(id).append(" linchpin");
        if (s.lostSupport()) b.append("\n").append("  class ").append(id).append(" lost");
        return b.toString();
    }

    /** A Mermaid quoted label: characters that end or escape a label written as entity codes, line breaks as br. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("#quot;");
                case '#' -> b.append("#35;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '&' -> b.append("#amp;");
                case '`' -> b.append("#96;");
                case '\n' -> b.append("<br>");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
