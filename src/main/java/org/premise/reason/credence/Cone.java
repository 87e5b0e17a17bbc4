package org.premise.reason.credence;

import java.util.Arrays;

import org.premise.ints.IntList;
import org.premise.reason.analysis.ArgumentGraph;

/**
 * The part of an argument graph that some statements' events depend on: their ancestors along
 * premise-to-conclusion and attacker-to-target edges (a statement's label depends on nothing
 * else, see docs/semantics.md), renumbered so that every strongly connected component is a run
 * of consecutive local indices and every component comes after the components it depends on.
 * Evaluating statements in local order therefore sees every dependency final, except inside a
 * component, which is solved as a fixpoint.
 *
 * <p>A retracted statement depends on nothing (it is OUT in every world), so the walk stops
 * there. Each leaf that is not retracted or assumed is a random variable, numbered from the
 * last statement in dependency order back to the first (leaves near the targets first, the
 * deepest last): leaves that feed the same claims get neighbouring numbers, and a diagram built
 * bottom-up gains its new leaves at the top of the order.
 */
final class Cone {
    static final byte CLAIM = 0;
    static final byte LEAF = 1;
    static final byte STANDS = 2;
    static final byte RETRACTED = 3;

    final int size;
    /** local index -> statement index in the graph. */
    final int[] statement;
    final byte[] kind;
    /** local index -> variable number, or -1. */
    final int[] variable;
    /** variable number -> local index. */
    final int[] leafOf;
    /** local index -> its arguments, as ranges of argumentStart. */
    final int[] argumentsStart;
    /** argument slot -> range start in premises (argument slot a spans premises[argumentStart[a] .. argumentStart[a+1])). */
    final int[] argumentStart;
    final int[] premises;
    final int[] attackersStart;
    final int[] attackers;
    /** component k spans local indices componentStart[k] .. componentStart[k+1]. */
    final int[] componentStart;
    /** Whether a one-statement component depends on itself (a self-attack or a premise of its own argument). */
    final boolean[] selfDependent;

    private Cone(int size, int[] statement, byte[] kind, int[] variable, int[] leafOf, int[] argumentsStart,
            int[] argumentStart, int[] premises, int[] attackersStart, int[] attackers, int[] componentStart,
            boolean[] selfDependent) {
        this.size = size;
        this.statement = statement;
        this.kind = kind;
        this.variable = variable;
        this.leafOf = leafOf;
        this.argumentsStart = argumentsStart;
        this.argumentStart = argumentStart;
        this.premises = premises;
        this.attackersStart = attackersStart;
        this.attackers = attackers;
        this.componentStart = componentStart;
        this.selfDependent = selfDependent;
    }

    int variables() {
        return leafOf.length;
    }

    int components() {
        return componentStart.length - 1;
    }

    /**
     * The cone of the targets (statement indices) under the given kinds (per graph statement,
     * one of the constants above). Iterative Tarjan over the dependency edges (statement to
     * its arguments' premises and to its attackers): a component is emitted once everything it
     * depends on has been, which is the order wanted.
     */
    static Cone of(ArgumentGraph graph, byte[] kindOf, int[] targets) {
        int n = graph.size();
        int[] local = new int[n];
        Arrays.fill(local, -1);
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] variableOf = new int[n];
        Arrays.fill(variableOf, -1);
        IntList stack = new IntList();
        IntList order = new IntList();
        IntList componentStarts = new IntList();
        int[][] deps = new int[n][];
        int[] next = new int[n];
        int counter = 0;
        int variables = 0;
        IntList call = new IntList();
        for (int root : targets) {
            if (index[root] >= 0) {
                continue;
            }
            call.add(root);
            while (!call.isEmpty()) {
                int v = call.get(call.size() - 1);
                if (index[v] < 0) {
                    index[v] = low[v] = counter++;
                    stack.add(v);
                    onStack[v] = true;
                    deps[v] = dependencies(graph, kindOf, v);
                }
                if (next[v] < deps[v].length) {
                    int w = deps[v][next[v]++];
                    if (index[w] < 0) {
                        call.add(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                call.removeLast();
                if (!call.isEmpty()) {
                    int parent = call.get(call.size() - 1);
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    componentStarts.add(order.size());
                    int w;
                    do {
                        w = stack.removeLast();
                        onStack[w] = false;
                        local[w] = order.size();
                        order.add(w);
                    } while (w != v);
                }
            }
        }
        int m = order.size();
        componentStarts.add(m);
        // Variables numbered from the statements nearest the targets down: a diagram is built
        // in dependency order, so each statement's new leaves enter at the top of the order,
        // where joining them costs a node, not a copy of everything below.
        for (int l = m - 1; l >= 0; l--) {
            int s = order.get(l);
            if (kindOf[s] == LEAF) {
                variableOf[s] = variables++;
            }
        }
        int[] statement = order.toArray();
        byte[] kind = new byte[m];
        int[] variable = new int[m];
        int[] leafOf = new int[variables];
        IntList argStarts = new IntList();
        IntList premiseList = new IntList();
        int[] argumentsStart = new int[m + 1];
        int[] attackersStart = new int[m + 1];
        IntList attackerList = new IntList();
        for (int l = 0; l < m; l++) {
            int s = statement[l];
            kind[l] = kindOf[s];
            variable[l] = variableOf[s];
            if (variable[l] >= 0) {
                leafOf[variable[l]] = l;
            }
            argumentsStart[l] = argStarts.size();
            attackersStart[l] = attackerList.size();
            if (kind[l] == RETRACTED) {
                continue;
            }
            for (int arg : graph.argumentsConcluding(s)) {
                argStarts.add(premiseList.size());
                for (int p : graph.premisesOf(arg)) {
                    premiseList.add(local[p]);
                }
            }
            for (int a : graph.attackersAt(s)) {
                attackerList.add(local[a]);
            }
        }
        argumentsStart[m] = argStarts.size();
        attackersStart[m] = attackerList.size();
        argStarts.add(premiseList.size());
        int[] componentStart = componentStarts.toArray();
        boolean[] selfDependent = new boolean[m];
        int[] argumentStart = argStarts.toArray();
        int[] premises = premiseList.toArray();
        int[] attackers = attackerList.toArray();
        for (int l = 0; l < m; l++) {
            for (int a = argumentsStart[l]; a < argumentsStart[l + 1]; a++) {
                for (int i = argumentStart[a]; i < argumentStart[a + 1]; i++) {
                    selfDependent[l] |= premises[i] == l;
                }
            }
            for (int i = attackersStart[l]; i < attackersStart[l + 1]; i++) {
                selfDependent[l] |= attackers[i] == l;
            }
        }
        return new Cone(m, statement, kind, variable, leafOf, argumentsStart, argumentStart, premises,
                attackersStart, attackers, componentStart, selfDependent);
    }

    private static int[] dependencies(ArgumentGraph graph, byte[] kindOf, int s) {
        if (kindOf[s] == RETRACTED) {
            return new int[0];
        }
        IntList out = new IntList();
        for (int arg : graph.argumentsConcluding(s)) {
            for (int p : graph.premisesOf(arg)) {
                out.add(p);
            }
        }
        for (int a : graph.attackersAt(s)) {
            out.add(a);
        }
        return out.toArray();
    }

    /** Local index of the component that holds the local statement (by binary search). */
    int componentOf(int l) {
        int k = Arrays.binarySearch(componentStart, l);
        return k >= 0 ? k : -k - 2;
    }

    /**
     * The variables among the ancestors of a local statement (itself included), found by a walk
     * of at most {@code budget} steps; null when the walk would take more.
     */
    int[] variablesUnder(int l, long budget, boolean[] seen, IntList scratch) {
        IntList visited = new IntList();
        IntList out = new IntList();
        scratch.clear();
        scratch.add(l);
        seen[l] = true;
        visited.add(l);
        long steps = 0;
        int[] result = null;
        boolean cut = false;
        while (!scratch.isEmpty()) {
            int s = scratch.removeLast();
            if (variable[s] >= 0) {
                out.add(variable[s]);
            }
            for (int a = argumentsStart[s]; a < argumentsStart[s + 1] && !cut; a++) {
                for (int i = argumentStart[a]; i < argumentStart[a + 1]; i++) {
                    cut |= ++steps > budget;
                    int p = premises[i];
                    if (!seen[p]) {
                        seen[p] = true;
                        visited.add(p);
                        scratch.add(p);
                    }
                }
            }
            for (int i = attackersStart[s]; i < attackersStart[s + 1] && !cut; i++) {
                cut |= ++steps > budget;
                int p = attackers[i];
                if (!seen[p]) {
                    seen[p] = true;
                    visited.add(p);
                    scratch.add(p);
                }
            }
            if (cut) {
                break;
            }
        }
        for (int i = 0; i < visited.size(); i++) {
            seen[visited.get(i)] = false;
        }
        if (!cut) {
            result = out.toArray();
            Arrays.sort(result);
        }
        return result;
    }
}
