package org.premise.reason.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Computes the support sets of one support component from its premises' families (already
 * computed, read through {@link Families}), as prefixes of the canonical order under a work
 * budget.
 *
 * <p>The rule that keeps every answer a prefix: a minimal support set X of S is the union of
 * one support set of each premise of some argument, each a subset of X and so canonically at
 * most X. If every premise's family is complete up to its cut, every X up to the smallest of
 * those cuts is among the unions of the premises' listed sets, and minimizing those unions
 * that lie within the cut gives exactly S's support sets up to the cut. Merely keeping each
 * premise's smallest sets would not do: overlaps make small unions of large sets.
 *
 * <p>A component is solved in one pass when that fits in half the budget (a cyclic one by
 * chaotic iteration from "no support" up to the least fixpoint, so a cycle never supports
 * itself). Otherwise it is solved again for sets of at most 1, 2, 3... leaves with the rest of
 * the budget, until a size would not fit, every member has more sets than it keeps, or no size
 * bound was needed. A member keeps up to {@link #KEEP_PER_LISTED} times the cap (and one more,
 * its cut then moving to that set): more than it lists, because its conclusions' sets are
 * larger or overlap, and a conclusion can only list sets up to its premises' cuts. A list
 * shorter than the cap that is not known to be whole is checked with the {@link SupportOracle}:
 * it is whole exactly when each of its minimal hitting sets leaves the statement unsupported; a
 * hitting set of one leaf does so exactly when the leaf is a linchpin, which needs no check.
 */
final class SupportSetSolver {
    /** Sets kept per statement for each one listed. */
    static final int KEEP_PER_LISTED = 16;

    private final ArgumentGraph graph;
    private final Scenario scenario;
    private final Supportability supportability;
    private final SupportOracle oracle;
    private final int cap;
    private final int keep;
    private final long stepsPerStatement;
    private final Families outside;
    private final IntFunction<int[]> linchpins;
    private final Scratch scratch;

    /** The families of statements outside the component being solved. */
    interface Families {
        SupportFamily family(int s);
    }

    /** A solver that reads statements' linchpins from the given function, and whose oracle checks work in the scratch. */
    SupportSetSolver(ArgumentGraph graph, Scenario scenario, Supportability supportability, SupportOracle oracle,
            AnalysisLimits limits, Families outside, IntFunction<int[]> linchpins, Scratch scratch) {
        this.graph = graph;
        this.scenario = scenario;
        this.supportability = supportability;
        this.oracle = oracle;
        this.cap = limits.supportSetCap();
        this.keep = (int) Math.min(Integer.MAX_VALUE - 1, (long) cap * KEEP_PER_LISTED);
        this.stepsPerStatement = limits.supportSteps();
        this.outside = outside;
        this.linchpins = linchpins;
        this.scratch = scratch;
    }

    /** The families of the component's members, in the order of {@link SupportComponents#members}. */
    SupportFamily[] solve(int component) {
        int[] members = graph.components.members[component];
        SupportFamily[] out = new SupportFamily[members.length];
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            if (supportability.supportable(members[i])) {
                live.add(members[i]);
            } else {
                out[i] = SupportFamily.UNSUPPORTED;
            }
        }
        if (live.isEmpty()) {
            return out;
        }
        long budget = members.length > Long.MAX_VALUE / stepsPerStatement ? Long.MAX_VALUE
                : stepsPerStatement * members.length;
        int[] cut = premisesCut(live, component);
        WorkMeter first = new WorkMeter(budget / 2);
        Map<Integer, int[][]> sets = pass(live, component, new LeafSets.Bound(cut, Integer.MAX_VALUE), first);
        // Settled (see SupportFamily): one pass in half the budget, acyclic, from whole settled premises.
        boolean settled = sets != null && cut == null && !graph.components.cyclic[component]
                && premisesSettled(live, component);
        WorkMeter rest = new WorkMeter(budget - Math.min(budget, first.spent()));
        int maxSize = Integer.MAX_VALUE;
        if (sets == null) {
            maxSize = 0;
            for (int size = 1;; size++) {
                LeafSets.Bound bound = new LeafSets.Bound(cut, size);
                Map<Integer, int[][]> bySize = pass(live, component, bound, rest);
                if (bySize == null) {
                    break;
                }
                sets = bySize;
                maxSize = size;
                if (!bound.droppedForSize()) {
                    maxSize = Integer.MAX_VALUE;
                    break;
                }
                if (live.stream().allMatch(m -> bySize.get(m).length > keep)) {
                    break;
                }
            }
        }
        int[] reached = maxSize == Integer.MAX_VALUE ? cut : LeafSets.minCut(cut, LeafSets.levelCut(maxSize));
        for (int i = 0; i < members.length; i++) {
            if (out[i] == null) {
                out[i] = family(members[i], sets == null ? LeafSets.NONE : sets.get(members[i]), reached, rest);
            }
        }
        long work = first.spent() + rest.spent();
        for (int i = 0; i < members.length; i++) {
            if (out[i] != SupportFamily.UNSUPPORTED) {
                out[i] = new SupportFamily(out[i].sets(), out[i].cut(), work, rest.exhausted(),
                        settled && out[i].whole());
            }
        }
        return out;
    }

    /** One member's kept prefix and cut, checked for wholeness when shorter than the cap. */
    private SupportFamily family(int m, int[][] sets, int[] cut, WorkMeter meter) {
        if (sets.length > keep + 1) {
            sets = Arrays.copyOf(sets, keep + 1);
            cut = sets[keep];
        }
        if (cut != null && sets.length > 0 && sets.length <= cap && provesWhole(m, sets, meter)) {
            cut = null;
        }
        return new SupportFamily(sets, cut, 0, false, false);
    }

    /** Whether the families of the premises outside the component are all settled. */
    private boolean premisesSettled(List<Integer> live, int component) {
        for (int m : live) {
            for (int arg : graph.argumentsFor[m]) {
                if (!supportability.usable(graph, arg)) {
                    continue;
                }
                for (int p : graph.argumentPremises[arg]) {
                    if (graph.components.componentOf[p] != component && !outside.family(p).settled()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The smallest cut among the families of the premises outside the component (null: all whole). */
    private int[] premisesCut(List<Integer> live, int component) {
        int[] cut = null;
        for (int m : live) {
            for (int arg : graph.argumentsFor[m]) {
                if (!supportability.usable(graph, arg)) {
                    continue;
                }
                for (int p : graph.argumentPremises[arg]) {
                    if (graph.components.componentOf[p] != component) {
                        cut = LeafSets.minCut(cut, outside.family(p).cut());
                    }
                }
            }
        }
        return cut;
    }

    /**
     * Every live member's support sets within the bound; null when the meter runs out. A
     * cyclic component starts from "no support" and iterates to the least fixpoint.
     */
    private Map<Integer, int[][]> pass(List<Integer> live, int component, LeafSets.Bound bound, WorkMeter meter) {
        Map<Integer, int[][]> sets = new HashMap<>();
        if (!graph.components.cyclic[component]) {
            int m = live.get(0);
            int[][] f = derive(m, bound, sets, meter);
            if (f == null) {
                return null;
            }
            sets.put(m, f);
            return sets;
        }
        for (int m : live) {
            sets.put(m, LeafSets.NONE);
        }
        ArrayDeque<Integer> work = new ArrayDeque<>(live);
        Map<Integer, Boolean> queued = new HashMap<>();
        for (int m : live) {
            queued.put(m, true);
        }
        while (!work.isEmpty()) {
            int s = work.poll();
            queued.put(s, false);
            int[][] f = derive(s, bound, sets, meter);
            if (f == null) {
                return null;
            }
            if (Arrays.deepEquals(f, sets.get(s))) {
                continue;
            }
            sets.put(s, f);
            for (int a : graph.premiseOf[s]) {
                int conclusion = graph.argumentConclusion[a];
                if (Boolean.FALSE.equals(queued.get(conclusion))) {
                    queued.put(conclusion, true);
                    work.add(conclusion);
                }
            }
        }
        return sets;
    }

    /** One statement's sets within the bound from its premises' current sets; null when the meter runs out. */
    private int[][] derive(int s, LeafSets.Bound bound, Map<Integer, int[][]> component, WorkMeter meter) {
        List<int[]> candidates = new ArrayList<>();
        int[] alone = {s};
        if (scenario.standsAlone(graph, s) && bound.admits(alone)) {
            candidates.add(alone);
        }
        for (int a : graph.argumentsFor[s]) {
            if (!supportability.usable(graph, a)) {
                continue;
            }
            int[] premises = graph.argumentPremises[a];
            int[][][] premiseSets = new int[premises.length][][];
            for (int i = 0; i < premises.length; i++) {
                int[][] inside = component.get(premises[i]);
                premiseSets[i] = inside != null ? inside : outside.family(premises[i]).sets();
            }
            int[][] unions = LeafSets.product(premiseSets, bound, meter);
            if (unions == null) {
                return null;
            }
            candidates.addAll(Arrays.asList(unions));
        }
        return LeafSets.minimize(candidates, meter);
    }

    /**
     * Whether these sets (complete up to some cut) are all of the statement's support sets:
     * exactly when every minimal hitting set of them hits all its support sets, that is, the
     * statement is unsupported without it. False when one does not, and when the meter runs out.
     */
    private boolean provesWhole(int s, int[][] sets, WorkMeter meter) {
        HittingSets search = new HittingSets(sets);
        for (int k = 1; k <= search.maxSize(); k++) {
            HittingSets.Outcome outcome = search.level(k, meter, hitting -> {
                if (hitting.length == 1) {
                    // One leaf leaves s unsupported exactly when it is in every support set: a linchpin.
                    return Arrays.binarySearch(linchpins.apply(s), hitting[0]) >= 0;
                }
                SupportOracle.Remaining r = oracle.without(s, hitting, meter, scratch);
                return r != null && !r.supported();
            });
            if (outcome != HittingSets.Outcome.COMPLETE) {
                return false;
            }
            if (!search.mayGoDeeper()) {
                return true;
            }
        }
        return false;
    }
}
