package org.premise.reason.analysis;

import org.premise.ints.IntList;

/**
 * The strongly connected components of the support relation (premise to conclusion), in
 * topological order: every premise's component comes before its conclusion's, so support sets
 * can be computed component by component, and a cycle is solved as one least fixpoint.
 */
final class SupportComponents {
    /** statement -> component number; components are numbered in topological order. */
    final int[] componentOf;
    /** component -> its statements. */
    final int[][] members;
    /** component -> whether it contains a cycle (more than one statement, or a self-support). */
    final boolean[] cyclic;

    private SupportComponents(int[] componentOf, int[][] members, boolean[] cyclic) {
        this.componentOf = componentOf;
        this.members = members;
        this.cyclic = cyclic;
    }

    /** Iterative Tarjan: recursion would overflow the stack on long support chains. */
    static SupportComponents of(int n, int[][] premiseOf, int[] argumentConclusion) {
        int[] order = new int[n];
        int[] low = new int[n];
        java.util.Arrays.fill(order, -1);
        int[] tarjanComp = new int[n];
        boolean[] onStack = new boolean[n];
        IntList stack = new IntList();
        int[] callNode = new int[n];
        int[] callArg = new int[n];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callArg[0] = 0;
            order[root] = low[root] = counter++;
            stack.add(root);
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                int[] uses = premiseOf[v];
                if (callArg[depth] < uses.length) {
                    int w = argumentConclusion[uses[callArg[depth]++]];
                    if (order[w] < 0) {
                        depth++;
                        callNode[depth] = w;
                        callArg[depth] = 0;
                        order[w] = low[w] = counter++;
                        stack.add(w);
                        onStack[w] = true;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                if (low[v] == order[v]) {
                    int w;
                    do {
                        w = stack.removeLast();
                        onStack[w] = false;
                        tarjanComp[w] = components;
                    } while (w != v);
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        // Tarjan finishes sinks first: reverse the numbering for topological order.
        int[] componentOf = new int[n];
        int[] size = new int[components];
        for (int v = 0; v < n; v++) {
            componentOf[v] = components - 1 - tarjanComp[v];
            size[componentOf[v]]++;
        }
        int[][] members = new int[components][];
        for (int c = 0; c < components; c++) {
            members[c] = new int[size[c]];
            size[c] = 0;
        }
        for (int v = 0; v < n; v++) {
            int c = componentOf[v];
            members[c][size[c]++] = v;
        }
        boolean[] cyclic = new boolean[components];
        for (int v = 0; v < n; v++) {
            int c = componentOf[v];
            if (members[c].length > 1) {
                cyclic[c] = true;
            } else {
                for (int a : premiseOf[v]) {
                    if (argumentConclusion[a] == v) {
                        cyclic[c] = true;
                    }
                }
            }
        }
        return new SupportComponents(componentOf, members, cyclic);
    }
}
