package org.premise.reason.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes minimal assumption sets component by component, in topological order; a cyclic
 * component is solved by chaotic iteration from "no support" up to the least fixpoint, so a
 * cycle never supports itself. Reads and writes families through {@link Families}, so a full
 * analysis can fill arrays while a what-if records only the components downstream of its
 * change and reads everything else from the baseline.
 */
final class SupportSetSolver {
    /** Recomputations allowed per statement of a cyclic component before giving up (truncated). */
    private static final int CYCLE_ROUNDS = 64;

    private final ArgumentGraph graph;
    private final Scenario scenario;
    private final int cap;
    private final Families families;

    /** Where the solver reads premises' families and writes the families it derives. */
    interface Families {
        /** The statement's current family (null when not derived yet). */
        int[][] sets(int s);

        boolean truncated(int s);

        void put(int s, int[][] sets, boolean truncated);
    }

    SupportSetSolver(ArgumentGraph graph, Scenario scenario, int cap, Families families) {
        this.graph = graph;
        this.scenario = scenario;
        this.cap = cap;
        this.families = families;
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
            families.put(members[0], f.sets(), f.truncated());
            return;
        }
        for (int s : members) {
            families.put(s, LeafSets.NONE, false);
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
                    families.put(m, families.sets(m), true);
                }
                return;
            }
            LeafSets.Family f = derive(s);
            boolean wasTruncated = families.truncated(s);
            boolean flag = f.truncated() || wasTruncated;
            if (LeafSets.sameFamily(f.sets(), families.sets(s)) && flag == wasTruncated) {
                continue;
            }
            families.put(s, f.sets(), flag);
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
        if (scenario.isRetracted(s)) {
            return new LeafSets.Family(LeafSets.NONE, false);
        }
        List<int[]> candidates = new ArrayList<>();
        boolean flag = false;
        if (scenario.standsAlone(graph, s)) {
            candidates.add(new int[] {s});
        }
        for (int a : graph.argumentsFor[s]) {
            int[] premises = graph.argumentPremises[a];
            int[][][] premiseSets = new int[premises.length][][];
            boolean usable = true;
            boolean premiseTruncated = false;
            for (int i = 0; i < premises.length; i++) {
                premiseSets[i] = families.sets(premises[i]);
                if (premiseSets[i] == null || premiseSets[i].length == 0) {
                    usable = false;
                    break;
                }
                premiseTruncated |= families.truncated(premises[i]);
            }
            if (!usable) {
                continue;
            }
            LeafSets.Family f = LeafSets.product(premiseSets, cap);
            flag |= premiseTruncated || f.truncated();
            for (int[] set : f.sets()) {
                candidates.add(set);
            }
        }
        LeafSets.Family f = LeafSets.minimize(candidates, cap);
        return new LeafSets.Family(f.sets(), flag || f.truncated());
    }
}
