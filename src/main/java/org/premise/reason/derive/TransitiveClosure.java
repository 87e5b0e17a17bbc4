package org.premise.reason.derive;

import java.util.Arrays;

import org.premise.ints.IntList;

/**
 * The transitive closure of one predicate P, served from its base edges instead of being
 * materialised: {@code (a P c)} holds when c is reachable from a along one or more base
 * edges (asserted P triples and P triples derived by other rules). The edges are kept in
 * compressed adjacency arrays both ways (8 bytes per edge and direction, nothing per closure
 * pair), and each question is a breadth-first search over ints: what a holds P to, what holds
 * P to c, whether a holds P to c, and a shortest path for explanations.
 *
 * <p>Searches use per-thread scratch arrays and return complete answers (no lazy state), so
 * a caller may run nested searches, and several threads may search at once. The index never
 * changes once built: when the edges change, a new index is built.
 */
final class TransitiveClosure {
    final int predicate;
    /** Facts known when the index was built: facts ranked below this cannot have used it. */
    final int builtAt;
    private final int nodes;
    private final int[] forwardStart;
    private final int[] forward;
    private final int[] backwardStart;
    private final int[] backward;
    /** The base edges (a << 32 | c) + 1 by open addressing (0 is empty), for {@link #isEdge}. */
    private final long[] edgeSet;
    private final ThreadLocal<Scratch> scratch;

    /** Per-thread marks (a generation stamp per node) and a queue. */
    private static final class Scratch {
        final int[] mark;
        final int[] parent;
        final int[] queue;
        int stamp;

        Scratch(int nodes) {
            mark = new int[nodes];
            parent = new int[nodes];
            queue = new int[nodes];
        }

        int next() {
            if (++stamp == Integer.MAX_VALUE) {
                Arrays.fill(mark, 0);
                stamp = 1;
            }
            return stamp;
        }
    }

    /** Builds the index from the predicate's live facts; node ids must be below {@code nodes}. */
    TransitiveClosure(int predicate, int nodes, FactTable facts) {
        this.predicate = predicate;
        this.builtAt = facts.size();
        this.nodes = nodes;
        FactTable.PredicateIndex index = facts.index(predicate);
        IntList live = new IntList();
        for (int i = 0; index != null && i < index.facts.size(); i++) {
            if (facts.isLive(index.facts.get(i))) {
                live.add(index.facts.get(i));
            }
        }
        int edges = live.size();
        int[] from = new int[edges];
        int[] to = new int[edges];
        for (int i = 0; i < edges; i++) {
            int f = live.get(i);
            from[i] = facts.subject(f);
            to[i] = facts.object(f);
        }
        forwardStart = new int[nodes + 1];
        forward = new int[edges];
        backwardStart = new int[nodes + 1];
        backward = new int[edges];
        fill(from, to, forwardStart, forward);
        fill(to, from, backwardStart, backward);
        edgeSet = new long[Integer.highestOneBit(Math.max(1, edges)) << 2];
        for (int i = 0; i < edges; i++) {
            int slot = slot(from[i], to[i]);
            edgeSet[slot] = key(from[i], to[i]);
        }
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(nodes));
    }

    /** Whether (a P c) is a base edge, not only a closure pair. */
    boolean isEdge(int a, int c) {
        return edgeSet[slot(a, c)] != 0;
    }

    private static long key(int a, int c) {
        return (((long) a << 32) | (c & 0xffffffffL)) + 1;
    }

    /** The slot holding the edge, or the empty slot where it would go. */
    private int slot(int a, int c) {
        long key = key(a, c);
        int mask = edgeSet.length - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (edgeSet[i] != 0 && edgeSet[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static void fill(int[] from, int[] to, int[] start, int[] targets) {
        for (int x : from) {
            start[x + 1]++;
        }
        for (int i = 1; i < start.length; i++) {
            start[i] += start[i - 1];
        }
        int[] fillAt = Arrays.copyOf(start, start.length - 1);
        for (int i = 0; i < from.length; i++) {
            targets[fillAt[from[i]]++] = to[i];
        }
    }

    /** Number of base edges. */
    int edges() {
        return forward.length;
    }

    /** Nodes with at least one outgoing base edge, ascending. */
    int[] sources() {
        IntList out = new IntList();
        for (int v = 0; v < nodes; v++) {
            if (forwardStart[v + 1] > forwardStart[v]) {
                out.add(v);
            }
        }
        return out.toArray();
    }

    /** Every c with (a P c), in breadth-first order. */
    int[] reachableFrom(int a) {
        return search(a, forwardStart, forward, -1, false);
    }

    /** Every a with (a P c), in breadth-first order. */
    int[] reaching(int c) {
        return search(c, backwardStart, backward, -1, false);
    }

    /** Whether (a P c) holds. */
    boolean holds(int a, int c) {
        if (a >= nodes || c >= nodes) {
            return false;
        }
        return search(a, forwardStart, forward, c, false).length > 0;
    }

    /** A shortest chain a = x0, x1, ..., xk = c of base edges (k ≥ 1), or null when (a P c) does not hold. */
    int[] path(int a, int c) {
        if (a >= nodes || c >= nodes) {
            return null;
        }
        int[] p = search(a, forwardStart, forward, c, true);
        return p.length == 0 ? null : p;
    }

    /**
     * Breadth-first search from start. With target < 0: every node reached (start only if on a
     * cycle). With a target: empty when it is not reached; else {target} or, withPath, the path.
     */
    private int[] search(int start, int[] startOf, int[] targets, int target, boolean withPath) {
        if (start >= nodes) {
            return new int[0];
        }
        Scratch s = scratch.get();
        int stamp = s.next();
        int head = 0;
        int tail = 0;
        IntList reached = target < 0 ? new IntList() : null;
        // The start is not marked: it is reached only through a cycle.
        for (int e = startOf[start]; e < startOf[start + 1]; e++) {
            int w = targets[e];
            if (s.mark[w] != stamp) {
                s.mark[w] = stamp;
                s.parent[w] = start;
                s.queue[tail++] = w;
            }
        }
        while (head < tail) {
            int v = s.queue[head++];
            if (v == target) {
                return withPath ? pathTo(s, start, v) : new int[] {v};
            }
            if (reached != null) {
                reached.add(v);
            }
            for (int e = startOf[v]; e < startOf[v + 1]; e++) {
                int w = targets[e];
                if (s.mark[w] != stamp) {
                    s.mark[w] = stamp;
                    s.parent[w] = v;
                    s.queue[tail++] = w;
                }
            }
        }
        return reached == null ? new int[0] : reached.toArray();
    }

    private static int[] pathTo(Scratch s, int start, int end) {
        IntList reversed = new IntList();
        int v = end;
        reversed.add(v);
        do {
            v = s.parent[v];
            reversed.add(v);
        } while (v != start || reversed.size() == 1);
        int[] out = new int[reversed.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = reversed.get(out.length - 1 - i);
        }
        return out;
    }
}
