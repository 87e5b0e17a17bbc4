package org.premise.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A layered layout of boxes, groups of boxes and edges between them, computed by Eclipse ELK
 * in plain Java, so a picture needs no Graphviz: ELK's "layered" algorithm (Sugiyama-style
 * layers, crossing minimisation, node placement) with orthogonal edges, which drew the seed
 * more compactly and more legibly than ELK's polyline and spline routing. Edges point up: the
 * target of an edge is placed above its source (an argument map's conclusions on top, premises
 * below, as the DOT writer's {@code rankdir=BT}). Groups are compound nodes laid out together
 * with their contents ({@code hierarchyHandling INCLUDE_CHILDREN}), so an edge may cross a
 * group's border; ELK gives each group a band of its parent's layers, so edges running both
 * ways between two groups make one of them loop round. ELK has no edge that stays out of the
 * layering (DOT's {@code constraint=false}): an edge added with {@code leading false} still
 * places its target above its source, but weighs nothing when a cycle must be broken
 * ({@code priority.direction} 0 against 10), so supports keep pointing up.
 *
 * <p>Coordinates in the result are absolute, with the drawing's top left at (0, 0). The same
 * input in the same order gives the same output: ELK's random choices use a fixed seed.
 */
final class MapLayout {
    /** A node to place, {@code w} by {@code h}, inside {@code group} (null: at the top). */
    record Node(String id, String group, double w, double h) {
    }

    /**
     * A group (a compound node) inside {@code parent} (null: at the top), with room above its
     * contents for a label. ELK sizes a group by its contents alone (a minimum size is ignored
     * when groups are laid out with their contents), so a label may be wider than its box.
     */
    record Group(String id, String parent) {
    }

    /** An edge from {@code from} to {@code to} (node ids); {@code leading}: a support, kept pointing up when cycles are broken. */
    record Edge(String id, String from, String to, boolean leading) {
    }

    /** A placed rectangle. */
    record Box(double x, double y, double w, double h) {
        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }
    }

    /** The result: every node and group placed, every edge as a polyline (start, bends, end). */
    record Result(double width, double height, Map<String, Box> nodes, Map<String, Box> groups,
                  Map<String, List<double[]>> edges) {
    }

    /** Space above a group's contents for its label. */
    static final double GROUP_LABEL_SPACE = 24;

    private MapLayout() {}

    /** Space between components packed side by side or row under row. */
    static final double COMPONENT_SPACING = 30;
    /** The width to height ratio packed components aim at: a screen or a landscape page. */
    static final double ASPECT = 1.6;

    /**
     * Lays out each connected part of the drawing on its own (a group and what is in it count as
     * one piece) and packs the parts in rows, first to last, about {@link #ASPECT} times as wide
     * as high. ELK separates components itself only when it lays out one level at a time; laying
     * out groups with their contents, it puts them all in one row, and a map collapsed to 300
     * unconnected conclusions would be one line 50 000 pixels long.
     */
    static Result layout(List<Node> nodes, List<Group> groups, List<Edge> edges) {
        Map<String, String> unit = new LinkedHashMap<>();
        Map<String, String> topGroup = new LinkedHashMap<>();
        for (Group g : groups) topGroup.put(g.id(), g.parent() == null ? g.id() : topGroup.getOrDefault(g.parent(), g.parent()));
        for (Node n : nodes) unit.put(n.id(), n.group() == null ? n.id() : topGroup.getOrDefault(n.group(), n.group()));
        Map<String, String> parent = new LinkedHashMap<>();
        for (String u : unit.values()) parent.putIfAbsent(u, u);
        for (Edge e : edges) {
            String a = unit.get(e.from()), b = unit.get(e.to());
            if (a == null || b == null) continue;
            String ra = find(parent, a), rb = find(parent, b);
            if (!ra.equals(rb)) parent.put(rb, ra);
        }
        Map<String, List<Node>> nodesOf = new LinkedHashMap<>();
        for (Node n : nodes) nodesOf.computeIfAbsent(find(parent, unit.get(n.id())), k -> new ArrayList<>()).add(n);
        if (nodesOf.size() <= 1) return layoutConnected(nodes, groups, edges);

        Map<String, String> componentOf = new LinkedHashMap<>();
        for (Map.Entry<String, List<Node>> c : nodesOf.entrySet()) for (Node n : c.getValue()) componentOf.put(n.id(), c.getKey());
        Map<String, List<Group>> groupsOf = new LinkedHashMap<>();
        for (Group g : groups) groupsOf.computeIfAbsent(find(parent, topGroup.get(g.id())), k -> new ArrayList<>()).add(g);
        Map<String, List<Edge>> edgesOf = new LinkedHashMap<>();
        for (Edge e : edges) {
            String c = componentOf.get(e.from());
            if (c != null) edgesOf.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
        }
        List<Result> parts = new ArrayList<>();
        double area = 0, widest = 0;
        for (String c : nodesOf.keySet()) {
            Result r = layoutConnected(nodesOf.get(c), groupsOf.getOrDefault(c, List.of()), edgesOf.getOrDefault(c, List.of()));
            parts.add(r);
            area += (r.width() + COMPONENT_SPACING) * (r.height() + COMPONENT_SPACING);
            widest = Math.max(widest, r.width());
        }
        double rowWidth = Math.max(widest, Math.sqrt(area * ASPECT));
        Map<String, Box> placed = new LinkedHashMap<>();
        Map<String, Box> placedGroups = new LinkedHashMap<>();
        Map<String, List<double[]>> routes = new LinkedHashMap<>();
        double x = 0, y = 0, rowHeight = 0, width = 0;
        for (Result r : parts) {
            if (x > 0 && x + r.width() > rowWidth) {
                x = 0;
                y += rowHeight + COMPONENT_SPACING;
                rowHeight = 0;
            }
            double ox = x, oy = y;
            r.nodes().forEach((id, b) -> placed.put(id, new Box(b.x() + ox, b.y() + oy, b.w(), b.h())));
            r.groups().forEach((id, b) -> placedGroups.put(id, new Box(b.x() + ox, b.y() + oy, b.w(), b.h())));
            r.edges().forEach((id, points) -> routes.put(id, points.stream().map(p -> new double[] {p[0] + ox, p[1] + oy}).toList()));
            x += r.width() + COMPONENT_SPACING;
            width = Math.max(width, x - COMPONENT_SPACING);
            rowHeight = Math.max(rowHeight, r.height());
        }
        return new Result(width, y + rowHeight, placed, placedGroups, routes);
    }

    private static String find(Map<String, String> parent, String u) {
        String root = u;
        while (!parent.get(root).equals(root)) root = parent.get(root);
        while (!parent.get(u).equals(root)) {
            String next = parent.get(u);
            parent.put(u, root);
            u = next;
        }
        return root;
    }

    /** One connected drawing, laid out by ELK. */
    private static Result layoutConnected(List<Node> nodes, List<Group> groups, List<Edge> edges) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.UP);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 18.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 30.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 10.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 10.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 6.0);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 24.0);

        Map<String, ElkNode> groupNodes = new LinkedHashMap<>();
        for (Group g : groups) {
            ElkNode parent = g.parent() == null ? root : groupNodes.get(g.parent());
            ElkNode n = ElkGraphUtil.createNode(parent == null ? root : parent);
            n.setIdentifier(g.id());
            n.setProperty(CoreOptions.PADDING, new ElkPadding(GROUP_LABEL_SPACE + 4, 12, 12, 12));
            groupNodes.put(g.id(), n);
        }
        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        for (Node node : nodes) {
            ElkNode parent = node.group() == null ? null : groupNodes.get(node.group());
            ElkNode n = ElkGraphUtil.createNode(parent == null ? root : parent);
            n.setIdentifier(node.id());
            n.setDimensions(node.w(), node.h());
            elkNodes.put(node.id(), n);
        }
        Map<String, ElkEdge> elkEdges = new LinkedHashMap<>();
        for (Edge e : edges) {
            ElkNode from = elkNodes.get(e.from()), to = elkNodes.get(e.to());
            if (from == null || to == null || from == to) continue;
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
            edge.setIdentifier(e.id());
            edge.setProperty(LayeredOptions.PRIORITY_DIRECTION, e.leading() ? 10 : 0);
            elkEdges.put(e.id(), edge);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Box> placed = new LinkedHashMap<>();
        for (Map.Entry<String, ElkNode> e : elkNodes.entrySet()) placed.put(e.getKey(), box(e.getValue()));
        Map<String, Box> placedGroups = new LinkedHashMap<>();
        for (Map.Entry<String, ElkNode> e : groupNodes.entrySet()) placedGroups.put(e.getKey(), box(e.getValue()));
        Map<String, List<double[]>> routes = new LinkedHashMap<>();
        for (Map.Entry<String, ElkEdge> e : elkEdges.entrySet()) routes.put(e.getKey(), route(e.getValue()));
        return new Result(root.getWidth(), root.getHeight(), placed, placedGroups, routes);
    }

    /** A node's box in absolute coordinates (ELK gives each relative to its parent). */
    private static Box box(ElkNode n) {
        double[] origin = origin(n.getParent());
        return new Box(origin[0] + n.getX(), origin[1] + n.getY(), n.getWidth(), n.getHeight());
    }

    /** The absolute position of a node's top left corner (the root's is 0, 0). */
    private static double[] origin(ElkNode n) {
        double x = 0, y = 0;
        for (ElkNode p = n; p != null && p.getParent() != null; p = p.getParent()) {
            x += p.getX();
            y += p.getY();
        }
        return new double[] {x, y};
    }

    /** An edge's points in absolute coordinates: ELK gives them relative to the node that contains the edge. */
    private static List<double[]> route(ElkEdge edge) {
        double[] origin = origin(edge.getContainingNode());
        List<double[]> points = new ArrayList<>();
        for (ElkEdgeSection s : edge.getSections()) {
            add(points, origin, s.getStartX(), s.getStartY());
            for (ElkBendPoint b : s.getBendPoints()) add(points, origin, b.getX(), b.getY());
            add(points, origin, s.getEndX(), s.getEndY());
        }
        return points;
    }

    private static void add(List<double[]> points, double[] origin, double x, double y) {
        double[] p = {origin[0] + x, origin[1] + y};
        if (!points.isEmpty()) {
            double[] last = points.get(points.size() - 1);
            if (Math.abs(last[0] - p[0]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01) return;
        }
        points.add(p);
    }
}
