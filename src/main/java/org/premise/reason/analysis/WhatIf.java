package org.premise.reason.analysis;

import java.util.ArrayList;
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
 * the baseline (the hypothetical stores only what it recomputed, see {@link Overrides} and
 * {@link Memo}). Statuses and supportability of that region are recomputed at once; support
 * sets, linchpins, defeat sets and the question ranking only when asked for. When the change
 * only retracts leaves that have no arguments, a downstream statement whose support family the
 * baseline has computed and found settled keeps that family's sets that avoid them instead of
 * deriving its family again ({@link SupportFamily#without}), and one whose whole family is
 * unchanged keeps its defeat sets.
 * Support sets of a statement depend only on its support ancestors, and grounded
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
    private final Region supportRegion;
    private final Region statusRegion;

    private WhatIf(Analysis baseline, Analysis hypothetical, Set<String> retract, Set<String> assume,
            Region supportRegion, Region statusRegion) {
        this.baseline = baseline;
        this.hypothetical = hypothetical;
        this.retract = retract;
        this.assume = assume;
        this.supportRegion = supportRegion;
        this.statusRegion = statusRegion;
    }

    /**
     * The baseline with the given statements also retracted and assumed. The hypothetical
     * analysis stores only the recomputed regions' results and shares the baseline's for
     * everything else, so the cost follows the size of the regions, not of the graph.
     */
    public static WhatIf of(Analysis baseline, Collection<String> retract, Collection<String> assume) {
        ArgumentGraph g = baseline.graph;
        Scenario scenario = baseline.scenario.plus(g, retract, assume);
        int[] changed = newlyChanged(baseline.scenario, g, retract, assume);
        Region supportRegion = Region.downstream(g, changed, false);
        Region statusRegion = Region.downstream(g, changed, true);

        SupportSets support = baseline.support.recompute(scenario, supportRegion,
                retractedLeaves(baseline.scenario, g, retract, assume));
        DefeatSets defeat = baseline.defeat.recompute(supportRegion, support);
        GroundedStatus status = baseline.status.relabel(scenario, statusRegion);
        Analysis hypothetical = new Analysis(g, scenario, baseline.limits, support, defeat, status, baseline,
                supportRegion);
        return new WhatIf(baseline, hypothetical, new TreeSet<>(retract), new TreeSet<>(assume), supportRegion,
                statusRegion);
    }

    /** The statements the what-if retracts or assumes that the baseline did not already. */
    private static int[] newlyChanged(Scenario before, ArgumentGraph g, Collection<String> retract,
            Collection<String> assume) {
        Set<Integer> changed = new TreeSet<>();
        for (String id : retract) {
            int s = g.indexOf(id);
            if (!before.isRetracted(s)) {
                changed.add(s);
            }
        }
        for (String id : assume) {
            int s = g.indexOf(id);
            if (!before.isAssumed(s)) {
                changed.add(s);
            }
        }
        return changed.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The statements the what-if newly retracts, sorted, when that is all it changes and each
     * stands alone in the baseline and has no arguments (then settled support sets need only be
     * filtered, see {@link SupportFamily#without}); null when the change is anything else.
     */
    private static int[] retractedLeaves(Scenario before, ArgumentGraph g, Collection<String> retract,
            Collection<String> assume) {
        for (String id : assume) {
            if (!before.isAssumed(g.indexOf(id))) {
                return null;
            }
        }
        int[] retracted = newlyChanged(before, g, retract, List.of());
        for (int s : retracted) {
            if (!before.standsAlone(g, s) || g.argumentsFor[s].length > 0) {
                return null;
            }
        }
        return retracted;
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
        return Math.max(supportRegion.size(), statusRegion.size());
    }

    /** Statements that had support sets in the baseline and have none now, sorted by id. */
    public List<String> lostSupport() {
        Set<String> out = new TreeSet<>();
        for (int s : supportRegion.statements()) {
            if (baseline.support.supportable(s) && !hypothetical.support.supportable(s)) {
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
        int[] newlyRetracted = newlyChanged(baseline.scenario, g, retract, List.of());
        Map<String, List<Set<String>>> out = new TreeMap<>();
        for (int s : supportRegion.statements()) {
            if (!hypothetical.support.supportable(s)) {
                continue;
            }
            for (int[] set : baseline.support.sets(s)) {
                if (!LeafSets.disjoint(set, newlyRetracted)) {
                    out.put(g.ids[s], SupportSets.toNames(g, hypothetical.support.sets(s)));
                    break;
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Statements whose grounded label changed, sorted by id. */
    public List<StatusChange> statusChanges() {
        List<StatusChange> out = new ArrayList<>();
        for (int s : statusRegion.statements()) {
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
        // Only questions the hypothetical rescored can differ from the baseline.
        for (int q : hypothetical.questionRanking().rescoredQuestions()) {
            double before = baseline.questionRanking().weight(q);
            double after = hypothetical.questionRanking().weight(q);
            double eps = 1e-9;
            if (rising ? after > before + eps : after < before - eps) {
                out.add(new WeightChange(g.questionIds[q], before, after));
            }
        }
        out.sort((a, b) -> a.question().compareTo(b.question()));
        return Collections.unmodifiableList(out);
    }
}
