package org.premise.reason.analysis;

import java.util.Arrays;

import org.premise.ints.IntList;

/**
 * The statements an engine (re)computes, numbered 0..size-1 so the engine can keep its working
 * state in arrays the size of the region rather than of the graph. A what-if's region is what
 * lies downstream of its change, usually a handful of statements; a full analysis uses the
 * whole graph, numbered by statement index, so both run the same engines.
 *
 * <p>A region that is kept (a what-if's) finds positions in its own open-addressing table, in
 * proportion to its size. A support check's region lives only as long as the check: its
 * positions are written into a {@link Scratch}'s marks, and it must not be used once those are
 * cleared for the next check.
 */
final class Region {
    private final int[] statements;
    /** Kept regions: statement -> position; null for the whole graph and for a scratch region. */
    private final PositionTable table;
    /** Scratch regions: statement -> position, valid while the marks stay in this generation. */
    private final Marks marks;
    private final int generation;

    private Region(int[] statements, PositionTable table, Marks marks) {
        this.statements = statements;
        this.table = table;
        this.marks = marks;
        this.generation = marks == null ? 0 : marks.generation();
    }

    /** Every statement of the graph. */
    static Region wholeGraph(ArgumentGraph graph) {
        int[] all = new int[graph.size()];
        for (int s = 0; s < all.length; s++) {
            all[s] = s;
        }
        return new Region(all, null, null);
    }

    /**
     * The changed statements and everything reachable from them along premise-to-conclusion
     * edges, and also attacker-to-target edges when viaAttacks. The visited set is the
     * position table itself, so the search allocates in proportion to what it finds.
     */
    static Region downstream(ArgumentGraph graph, int[] changed, boolean viaAttacks) {
        PositionTable table = new PositionTable(changed.length);
        IntList found = new IntList();
        for (int s : changed) {
            if (table.putIfAbsent(s, found.size())) {
                found.add(s);
            }
        }
        for (int i = 0; i < found.size(); i++) {
            int s = found.get(i);
            for (int a : graph.premiseOf[s]) {
                int c = graph.argumentConclusion[a];
                if (table.putIfAbsent(c, found.size())) {
                    found.add(c);
                }
            }
            if (viaAttacks) {
                for (int t : graph.attacksOn[s]) {
                    if (table.putIfAbsent(t, found.size())) {
                        found.add(t);
                    }
                }
            }
        }
        return new Region(found.toArray(), table, null);
    }

    /**
     * The given statements, whose positions the marks hold (written in their current
     * generation): valid only until the marks are cleared again.
     */
    static Region numbered(int[] statements, Marks positions) {
        return new Region(statements, null, positions);
    }

    /** The statements of both regions (closed downstream if both are). */
    static Region union(Region a, Region b) {
        PositionTable table = new PositionTable(a.size() + b.size());
        IntList found = new IntList(a.size() + b.size());
        for (int[] part : new int[][] {a.statements, b.statements}) {
            for (int s : part) {
                if (table.putIfAbsent(s, found.size())) {
                    found.add(s);
                }
            }
        }
        return new Region(found.toArray(), table, null);
    }

    /** Whether this is the whole graph (positions are statement indices). */
    boolean isWholeGraph() {
        return table == null && marks == null;
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
        if (table != null) {
            return table.get(s);
        }
        if (marks != null) {
            if (marks.generation() != generation) {
                throw new IllegalStateException("a support check's region used after its scratch was reused");
            }
            return marks.get(s, -1);
        }
        return s;
    }

    boolean contains(int s) {
        return positionOf(s) >= 0;
    }

    /** statement -> position by open addressing (linear probing), growing as it fills; no boxing. */
    private static final class PositionTable {
        private static final int EMPTY = -1;
        private int[] keys;
        private int[] values;
        private int size;

        PositionTable(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            Arrays.fill(keys, EMPTY);
        }

        /** Records the statement's position unless it has one; whether it was new. */
        boolean putIfAbsent(int s, int position) {
            int mask = keys.length - 1;
            int i = hash(s) & mask;
            while (keys[i] != EMPTY) {
                if (keys[i] == s) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            keys[i] = s;
            values[i] = position;
            if (++size * 2 > keys.length) {
                grow();
            }
            return true;
        }

        int get(int s) {
            int mask = keys.length - 1;
            int i = hash(s) & mask;
            while (keys[i] != EMPTY) {
                if (keys[i] == s) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, EMPTY);
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != EMPTY) {
                    int i = hash(oldKeys[j]) & mask;
                    while (keys[i] != EMPTY) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }

        private static int hash(int s) {
            int h = s * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
