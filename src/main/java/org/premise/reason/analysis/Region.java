package org.premise.reason.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * The statements an engine (re)computes, numbered 0..size-1 so the engine can keep its working
 * state in arrays the size of the region rather than of the graph. A what-if's region is what
 * lies downstream of its change, usually a handful of statements; a full analysis uses the
 * whole graph, numbered by statement index, so both run the same engines.
 */
final class Region {
    private final int[] statements;
    /** statement -> position; null for the whole graph, where the position is the index. */
    private final Map<Integer, Integer> positions;

    private Region(int[] statements, Map<Integer, Integer> positions) {
        this.statements = statements;
        this.positions = positions;
    }

    /** Every statement of the graph. */
    static Region wholeGraph(ArgumentGraph graph) {
        int[] all = new int[graph.size()];
        for (int s = 0; s < all.length; s++) {
            all[s] = s;
        }
        return new Region(all, null);
    }

    /**
     * The changed statements and everything reachable from them along premise-to-conclusion
     * edges, and also attacker-to-target edges when viaAttacks. The visited set is the
     * position map itself, so the search allocates in proportion to what it finds.
     */
    static Region downstream(ArgumentGraph graph, int[] changed, boolean viaAttacks) {
        return downstream(graph, changed, viaAttacks, Integer.MAX_VALUE);
    }

    /** As {@link #downstream(ArgumentGraph, int[], boolean)}, or null once more than limit statements are found. */
    static Region downstream(ArgumentGraph graph, int[] changed, boolean viaAttacks, long limit) {
        Map<Integer, Integer> positions = new HashMap<>();
        IntList found = new IntList();
        for (int s : changed) {
            visit(s, positions, found);
        }
        for (int i = 0; i < found.size(); i++) {
            if (found.size() > limit) {
                return null;
            }
            int s = found.get(i);
            for (int a : graph.premiseOf[s]) {
                visit(graph.argumentConclusion[a], positions, found);
            }
            if (viaAttacks) {
                for (int t : graph.attacksOn[s]) {
                    visit(t, positions, found);
                }
            }
        }
        return new Region(found.toArray(), positions);
    }

    /** The statements of both regions (closed downstream if both are). */
    static Region union(Region a, Region b) {
        Map<Integer, Integer> positions = new HashMap<>();
        IntList found = new IntList();
        for (int s : a.statements) {
            visit(s, positions, found);
        }
        for (int s : b.statements) {
            visit(s, positions, found);
        }
        return new Region(found.toArray(), positions);
    }

    private static void visit(int s, Map<Integer, Integer> positions, IntList found) {
        if (positions.putIfAbsent(s, found.size()) == null) {
            found.add(s);
        }
    }

    /** Whether this is the whole graph (positions are statement indices). */
    boolean isWholeGraph() {
        return positions == null;
    }

    int size() {
        return statements.length;
    }

    /** The statement at a position. */
    int statement(int position) {
        return statements[position];
    }

    /** The statements, by position; do not modify. */
    int[] statements() {
        return statements;
    }

    /** The statement's position, or -1 when it lies outside the region. */
    int positionOf(int s) {
        if (positions == null) {
            return s;
        }
        Integer p = positions.get(s);
        return p == null ? -1 : p;
    }

    boolean contains(int s) {
        return positionOf(s) >= 0;
    }
}
