package org.premise.map;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link ArgumentMap} as GraphML 1.0 ({@code http://graphml.graphdrawing.org/xmlns}),
 * for yEd, Gephi and graph libraries (NetworkX, igraph, JGraphT): statements and arguments as
 * nodes, premises, conclusions, undercuts, rebuts and bears-on links as edges, and what the
 * picture shows as {@code <data>}: on nodes {@code label}, {@code key}, {@code text},
 * {@code iri}, {@code kind} (assumption … question, {@code argument} for an argument's
 * junction, {@code group} for a group), {@code status} and {@code statusBefore} (in, out,
 * undecided; empty for a question), {@code implicit}, {@code linchpin}, {@code lostSupport},
 * {@code group} (the innermost group's label), {@code groupKind}, {@code hiddenPremises}
 * (premises of an argument left out of a collapsed map), and the fill colour twice:
 * {@code color} ({@code #d4edda}) and as Gephi's {@code r}, {@code g}, {@code b} integers;
 * on edges {@code kind} (premise, conclusion, undercut, rebut, bearsOn). A rebut is one edge
 * with {@code directed="false"}.
 *
 * <p>Groups are written both ways. Each group is a node with a nested {@code <graph>} holding
 * its members, the GraphML way yEd reads as a group node (a box that folds); and every node
 * carries its group as the {@code group} attribute, because Gephi has no groups: its importer
 * reads the nodes of nested graphs as ordinary nodes (the group itself becoming one more node,
 * of kind {@code group}) and ignores edges written inside a node. So every edge is written in
 * the top-level graph, which the schema allows (an edge may join any nodes of the graph it is
 * in, nested ones included) and both tools read; Gephi users partition by {@code group}.
 * Neither tool draws {@code label} or {@code color} without being told: in yEd, Edit &gt;
 * Properties Mapper maps them to the node's label and fill; Gephi shows {@code label} and
 * colours by {@code r}/{@code g}/{@code b} on import.
 *
 * <p>Ids are {@code s1}… (statements), {@code a1}… (arguments), {@code g1}… (groups) and
 * {@code e1}… (edges) in map order; every text is escaped ({@link Xml}). The output validates
 * against the GraphML 1.0 schema (a test checks it).
 */
public final class GraphMlWriter {
    private GraphMlWriter() {}

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String ARGUMENT_COLOUR = "#555555";

    /** The attributes declared: id, for, type, and a default when there is one. */
    private static final String[][] KEYS = {
        {"label", "node", "string", null},
        {"key", "node", "string", null},
        {"text", "node", "string", null},
        {"iri", "node", "string", null},
        {"kind", "node", "string", null},
        {"status", "node", "string", null},
        {"statusBefore", "node", "string", null},
        {"implicit", "node", "boolean", "false"},
        {"linchpin", "node", "boolean", "false"},
        {"lostSupport", "node", "boolean", "false"},
        {"group", "node", "string", null},
        {"groupKind", "node", "string", null},
        {"hiddenPremises", "node", "int", "0"},
        {"color", "node", "string", null},
        {"r", "node", "int", null},
        {"g", "node", "int", null},
        {"b", "node", "int", null},
    };

    public static void write(ArgumentMap map, PrintWriter out) {
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < map.statements().size(); i++) ids.put(map.statements().get(i).id(), "s" + (i + 1));
        Map<String, String> groupIds = new LinkedHashMap<>();
        Map<String, ArgumentMap.Group> groupsById = new HashMap<>();
        for (ArgumentMap.Group g : map.groups()) {
            groupIds.put(g.id(), "g" + (groupIds.size() + 1));
            groupsById.put(g.id(), g);
        }

        out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.print("<!-- Written by premise draw: regenerate it rather than edit it. -->\n");
        out.print("<graphml xmlns=\"" + NAMESPACE + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"" + NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        out.print("  <desc>" + Xml.escape(DotWriter.caption(map)) + "</desc>\n");
        for (String[] k : KEYS) {
            out.print("  <key id=\"" + k[0] + "\" for=\"" + k[1] + "\" attr.name=\"" + k[0] + "\" attr.type=\"" + k[2] + "\"");
            out.print(k[3] == null ? "/>\n" : "><default>" + k[3] + "</default></key>\n");
        }
        out.print("  <key id=\"edgeKind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n");
        out.print("  <graph id=\"map\" edgedefault=\"directed\">\n");

        // Nodes by the group they are drawn in; groups nest by parent.
        boolean whatIf = map.whatIf().isPresent();
        Map<String, List<String>> members = new HashMap<>();
        for (ArgumentMap.StatementNode s : map.statements()) {
            members.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(statement(s, ids.get(s.id()), groupsById, whatIf));
        }
        for (int i = 0; i < map.arguments().size(); i++) {
            ArgumentMap.ArgumentNode a = map.arguments().get(i);
            members.computeIfAbsent(a.group(), k -> new ArrayList<>()).add(argument(map, a, "a" + (i + 1), groupsById));
        }
        Map<String, List<ArgumentMap.Group>> children = new HashMap<>();
        for (ArgumentMap.Group g : map.groups()) children.computeIfAbsent(g.parent(), k -> new ArrayList<>()).add(g);
        writeGroup(null, children, members, groupIds, groupsById, out, "    ");

        int[] edge = {0};
        for (int i = 0; i < map.arguments().size(); i++) {
            ArgumentMap.ArgumentNode a = map.arguments().get(i);
            String arg = "a" + (i + 1);
            for (String p : a.premises()) edge(out, edge, ids.get(p), arg, "premise", true);
            edge(out, edge, arg, ids.get(a.conclusion()), "conclusion", true);
        }
        for (ArgumentMap.Attack a : map.attacks()) {
            boolean undercut = a.kind() == ArgumentMap.AttackKind.UNDERCUT;
            edge(out, edge, ids.get(a.from()), ids.get(a.to()), a.kind().word(), undercut);
        }
        for (ArgumentMap.StatementNode q : map.statements()) {
            for (String target : q.bearsOn()) edge(out, edge, ids.get(q.id()), ids.get(target), "bearsOn", true);
        }
        out.print("  </graph>\n");
        out.print("</graphml>\n");
        out.flush();
    }

    private static void writeGroup(String parent, Map<String, List<ArgumentMap.Group>> children, Map<String, List<String>> members,
                                   Map<String, String> groupIds, Map<String, ArgumentMap.Group> groupsById, PrintWriter out,
                                   String indent) {
        for (String node : members.getOrDefault(parent, List.of())) out.print(indent + node + "\n");
        for (ArgumentMap.Group g : children.getOrDefault(parent, List.of())) {
            String id = groupIds.get(g.id());
            StringBuilder b = new StringBuilder("<node id=\"").append(id).append("\">");
            data(b, "label", g.label());
            data(b, "iri", g.id());
            data(b, "kind", "group");
            data(b, "groupKind", g.kind().word());
            if (g.parent() != null) data(b, "group", groupsById.get(g.parent()).label());
            out.print(indent + b + "\n");
            out.print(indent + "  <graph id=\"" + id + "-members\" edgedefault=\"directed\">\n");
            writeGroup(g.id(), children, members, groupIds, groupsById, out, indent + "    ");
            out.print(indent + "  </graph>\n");
            out.print(indent + "</node>\n");
        }
    }

    private static String statement(ArgumentMap.StatementNode s, String id, Map<String, ArgumentMap.Group> groups, boolean whatIf) {
        StringBuilder b = new StringBuilder("<node id=\"").append(id).append("\">");
        data(b, "label", s.caption());
        if (s.key() != null) data(b, "key", s.key());
        if (s.text() != null) data(b, "text", s.text());
        data(b, "iri", s.id());
        data(b, "kind", s.kind().word());
        if (!s.isQuestion()) {
            data(b, "status", MapStyle.word(s.status()));
            if (whatIf) data(b, "statusBefore", MapStyle.word(s.before()));
        }
        if (s.implicit()) data(b, "implicit", "true");
        if (s.isLinchpin()) data(b, "linchpin", "true");
        if (s.lostSupport()) data(b, "lostSupport", "true");
        if (s.group() != null) data(b, "group", groups.get(s.group()).label());
        colour(b, MapStyle.fill(s.status()));
        return b.append("</node>").toString();
    }

    private static String argument(ArgumentMap map, ArgumentMap.ArgumentNode a, String id, Map<String, ArgumentMap.Group> groups) {
        ArgumentMap.StatementNode conclusion = map.statementsById().get(a.conclusion());
        StringBuilder b = new StringBuilder("<node id=\"").append(id).append("\">");
        data(b, "text", "argument for " + (conclusion == null ? a.conclusion() : conclusion.name()));
        if (!a.id().startsWith("argument:")) data(b, "iri", a.id());
        data(b, "kind", "argument");
        if (a.group() != null) data(b, "group", groups.get(a.group()).label());
        if (a.hiddenPremises() > 0) data(b, "hiddenPremises", Integer.toString(a.hiddenPremises()));
        colour(b, ARGUMENT_COLOUR);
        return b.append("</node>").toString();
    }

    private static void colour(StringBuilder b, String hex) {
        data(b, "color", hex);
        data(b, "r", Integer.toString(Integer.parseInt(hex.substring(1, 3), 16)));
        data(b, "g", Integer.toString(Integer.parseInt(hex.substring(3, 5), 16)));
        data(b, "b", Integer.toString(Integer.parseInt(hex.substring(5, 7), 16)));
    }

    private static void edge(PrintWriter out, int[] counter, String from, String to, String kind, boolean directed) {
        out.print("    <edge id=\"e" + (++counter[0]) + "\" source=\"" + from + "\" target=\"" + to + "\""
                + (directed ? "" : " directed=\"false\"") + "><data key=\"edgeKind\">" + kind + "</data></edge>\n");
    }

    private static void data(StringBuilder b, String key, String value) {
        b.append("<data key=\"").append(key).append("\">").append(Xml.escape(value)).append("</data>");
    }
}
