package org.premise.reason.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes minimal assumption sets component by component, in topological order; a cyclic
 * component is solved by chaotic iteration from "no support" up to the least fixpoint, so a
 * cycle never supports itself. Works on arrays it is given, so a what-if can pass a copy of
 * the baseline and recompute only the components downstream of a change.
 */
final class SupportSetSolver {
    /** Recomputations allowed per statement of a cyclic component before giving up (truncated). */
    private static final int CYCLE_ROUNDS = 64;

    private final ArgumentGraph graph;
    private final Scenario scenario;
    private final int cap;
    private final int[][][] sets;
    private final boolean[] truncated;

    SupportSetSolver(ArgumentGraph graph, Scenario scenario, int cap, int[][][] sets, boolean[] truncated) {
        this.graph = graph;
        this.scenario = scenario;
        this.cap = cap;
        this.sets = sets;
        this.truncated = truncated;
    }

    /** Solves the given components, which must be listed in topological order. */
    void solve(int[] componentsInOrder) {
        for (int c : componentsInOrder) {
            solveComponent(c);
        }
    }

    private void solveComponent(int c) {
        SupportComponents comps = graph.components;
        int[] members = comps.members[c];
        if (!comps.cyclic[c]) {
            LeafSets.Family f = derive(members[0]);
            sets[members[0]] = f.sets();
            truncated[members[0]] = f.truncated();
            return;
        }
        for (int s : members) {
            sets[s] = LeafSets.NONE;
            truncated[s] = false;
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[members.length];
        java.util.Map<Integer, Integer> local = new java.util.HashMap<>();
        for (int i = 0; i < members.length; i++) {
            local.put(members[i], i);
            work.add(members[i]);
            queued[i] = true;
        }
        long budget = (long) CYCLE_ROUNDS * members.length;
        while (!work.isEmpty()) {
            int s = work.poll();
            queued[local.get(s)] = false;
            if (budget-- <= 0) {
                for (int m : members) {
                    truncated[m] = true;
                }
                return;
            }
            LeafSets.Family f = derive(s);
            boolean flag = f.truncated() || truncated[s];
            if (LeafSets.sameFamily(f.sets(), sets[s]) && flag == truncated[s]) {
                continue;
            }
            sets[s] = f.sets();
            truncated[s] = flag;
            for (int a : graph.premiseOf[s]) {
                int conclusion = graph.argumentConclusion[a];
                Integer i = local.get(conclusion);
                if (i != null && !queued[i]) {
                    queued[i] = true;
                    work.add(conclusion);
                }
            }
        }
    }

    /** One statement's family from its own leaf status and its premises' current families. */
    private LeafSets.Family derive(int s) {
        if (scenario.retracted[s]) {
            return new LeafSets.Family(LeafSets.NONE, false);
        }
        List<int[]> candidates = new ArrayList<>();
        boolean flag = false;
        if (scenario.standsAlone(graph, s)) {
            candidates.add(new int[] {s});
        }
        for (int a : graph.argumentsFor[s]) {
            int[] premises = graph.argumentPremises[a];
            int[][][] families = new int[premises.length][][];
            boolean usable = true;
            boolean premiseTruncated = false;
            for (int i = 0; i < premises.length; i++) {
                families[i] = sets[premises[i]];
                if (families[i] == null || families[i].length == 0) {
                    usable = false;
                    break;
                }
                premiseTruncated |= truncated[premises[i]];
            }
            if (!usable) {
                continue;
            }
            LeafSets.Family f = LeafSets.product(families, cap);
            flag |= premiseTruncated || f.truncated();
            for (int[] set : f.sets()) {
                candidates.add(set);
            }
        }
        LeafSets.Family f = LeafSets.minimize(candidates, cap);
        return new LeafSets.Family(f.sets(), flag || f.truncated());
    }
}
