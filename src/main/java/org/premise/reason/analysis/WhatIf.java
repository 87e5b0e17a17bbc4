package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A hypothetical analysis: the baseline with more statements retracted (they fail: OUT, and
 * they support nothing even if they have arguments) or assumed (they become leaves), and what
 * changed.
 *
 * <p>Computed incrementally: only statements downstream of the retracted or assumed ones
 * (reachable along premise-to-conclusion edges for support sets and defeat sets, and also
 * along attacker-to-target edges for statuses) are recomputed; everything else is shared with
 * the baseline. Support sets of a statement depend only on its support ancestors, and grounded
 * labels only on their support and attack ancestors, so this gives exactly the from-scratch
 * answer {@link Analysis#compute(ArgumentGraph, Collection, Collection, AnalysisLimits)}.
 */
public final class WhatIf {

    /** A statement whose grounded label changed. */
    public record StatusChange(String statement, Status from, Status to) {
    }

    /** An open question whose weight changed. */
    public record WeightChange(String question, double before, double after) {
    }

    private final Analysis baseline;
    private final Analysis hypothetical;
    private final Set<String> retract;
    private final Set<String> assume;
    private final int[] supportRegion;
    private final int[] statusRegion;

    private WhatIf(Analysis baseline, Analysis hypothetical, Set<String> retract, Set<String> assume,
            int[] supportRegion, int[] statusRegion) {
        this.baseline = baseline;
        this.hypothetical = hypothetical;
        this.retract = retract;
        this.assume = assume;
        this.supportRegion = supportRegion;
        this.statusRegion = statusRegion;
    }

    /** The baseline with the given statements also retracted and assumed. */
    public static WhatIf of(Analysis baseline, Collection<String> retract, Collection<String> assume) {
        ArgumentGraph g = baseline.graph;
        Scenario scenario = baseline.scenario.plus(g, retract, assume);
        IntList changed = new IntList();
        for (int s = 0; s < g.size(); s++) {
            if (scenario.retracted[s] != baseline.scenario.retracted[s]
                    || scenario.assumed[s] != baseline.scenario.assumed[s]) {
                changed.add(s);
            }
        }
        boolean[] inSupportRegion = new boolean[g.size()];
        int[] supportRegion = downstream(g, changed, inSupportRegion, false);
        boolean[] inStatusRegion = new boolean[g.size()];
        int[] statusRegion = downstream(g, changed, inStatusRegion, true);

        SupportSets support = recomputeSupport(baseline, scenario, supportRegion);
        int[][][] defeatSets = baseline.defeat.sets.clone();
        boolean[] defeatTruncated = baseline.defeat.truncated.clone();
        for (int s : supportRegion) {
            DefeatSets.fill(s, support, baseline.limits, defeatSets, defeatTruncated);
        }
        DefeatSets defeat = new DefeatSets(g, defeatSets, defeatTruncated);

        byte[] labels = baseline.status.labels().clone();
        GroundedLabeller.label(g, scenario, labels, statusRegion, inStatusRegion);
        GroundedStatus status = new GroundedStatus(g, labels);

        QuestionRanking ranking = baseline.ranking.update(defeat, inSupportRegion);
        Analysis hypothetical = new Analysis(g, scenario, baseline.limits, support, defeat, status, ranking);
        return new WhatIf(baseline, hypothetical, new TreeSet<>(retract), new TreeSet<>(assume), supportRegion,
                statusRegion);
    }

    private static SupportSets recomputeSupport(Analysis baseline, Scenario scenario, int[] region) {
        ArgumentGraph g = baseline.graph;
        int[][][] sets = baseline.support.sets.clone();
        boolean[] truncated = baseline.support.truncated.clone();
        int[][] linchpins = baseline.support.linchpins.clone();
        int[] componentOf = g.components.componentOf;
        int[] components = Arrays.stream(region).map(s -> componentOf[s]).distinct().sorted().toArray();
        new SupportSetSolver(g, scenario, baseline.limits.supportSetCap(), sets, truncated).solve(components);
        for (int s : region) {
            linchpins[s] = SupportSets.linchpinsOf(sets[s], truncated[s]);
        }
        return new SupportSets(g, sets, truncated, linchpins);
    }

    /** Statements reachable from the changed ones along support (and optionally attack) edges. */
    private static int[] downstream(ArgumentGraph g, IntList start, boolean[] mark, boolean viaAttacks) {
        IntList out = new IntList();
        for (int i = 0; i < start.size(); i++) {
            int s = start.get(i);
            if (!mark[s]) {
                mark[s] = true;
                out.add(s);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            int s = out.get(i);
            for (int a : g.premiseOf[s]) {
                int c = g.argumentConclusion[a];
                if (!mark[c]) {
                    mark[c] = true;
                    out.add(c);
                }
            }
            if (viaAttacks) {
                for (int t : g.attacksOn[s]) {
                    if (!mark[t]) {
                        mark[t] = true;
                        out.add(t);
                    }
                }
            }
        }
        return out.toArray();
    }

    public Analysis baseline() {
        return baseline;
    }

    /** The analysis of the hypothetical scenario. */
    public Analysis hypothetical() {
        return hypothetical;
    }

    /** The statements this what-if retracts (on top of the baseline's). */
    public Set<String> retracted() {
        return Collections.unmodifiableSet(retract);
    }

    /** The statements this what-if assumes (on top of the baseline's). */
    public Set<String> assumed() {
        return Collections.unmodifiableSet(assume);
    }

    /** How many statements were recomputed (the downstream region for statuses). */
    public int recomputedStatements() {
        return Math.max(supportRegion.length, statusRegion.length);
    }

    /** Statements that had support sets in the baseline and have none now, sorted by id. */
    public List<String> lostSupport() {
        Set<String> out = new TreeSet<>();
        for (int s : supportRegion) {
            if (baseline.support.sets[s].length > 0 && hypothetical.support.sets[s].length == 0) {
                out.add(baseline.graph.ids[s]);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Statements that had a support set containing a newly retracted statement but still have
     * support, with their remaining support sets; sorted by id.
     */
    public Map<String, List<Set<String>>> keptSupport() {
        ArgumentGraph g = baseline.graph;
        boolean[] newlyRetracted = new boolean[g.size()];
        for (String id : retract) {
            newlyRetracted[g.indexOf(id)] = !baseline.scenario.retracted[g.indexOf(id)];
        }
        Map<String, List<Set<String>>> out = new TreeMap<>();
        for (int s : supportRegion) {
            int[][] now = hypothetical.support.sets[s];
            if (now.length == 0) {
                continue;
            }
            boolean touched = false;
            for (int[] set : baseline.support.sets[s]) {
                for (int x : set) {
                    touched |= newlyRetracted[x];
                }
            }
            if (touched) {
                out.put(g.ids[s], SupportSets.toNames(g, now));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Statements whose grounded label changed, sorted by id. */
    public List<StatusChange> statusChanges() {
        List<StatusChange> out = new ArrayList<>();
        for (int s : statusRegion) {
            Status from = baseline.status.status(s);
            Status to = hypothetical.status.status(s);
            if (from != to) {
                out.add(new StatusChange(baseline.graph.ids[s], from, to));
            }
        }
        out.sort((a, b) -> a.statement().compareTo(b.statement()));
        return Collections.unmodifiableList(out);
    }

    /** Open questions whose weight rose: they matter more in the hypothetical scenario. */
    public List<WeightChange> questionsMatteringMore() {
        return weightChanges(true);
    }

    /** Open questions whose weight fell. */
    public List<WeightChange> questionsMatteringLess() {
        return weightChanges(false);
    }

    private List<WeightChange> weightChanges(boolean rising) {
        ArgumentGraph g = baseline.graph;
        List<WeightChange> out = new ArrayList<>();
        for (int q = 0; q < g.questionIds.length; q++) {
            double before = baseline.ranking.weight[q];
            double after = hypothetical.ranking.weight[q];
            double eps = 1e-9;
            if (rising ? after > before + eps : after < before - eps) {
                out.add(new WeightChange(g.questionIds[q], before, after));
            }
        }
        out.sort((a, b) -> a.question().compareTo(b.question()));
        return Collections.unmodifiableList(out);
    }
}
