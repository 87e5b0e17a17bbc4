package org.premise.reason.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every statement labelled IN, OUT or UNDECIDED under grounded semantics over supports and
 * attacks. An <em>attacker</em> of S is a statement that undercuts S or rebuts S.
 *
 * <p>Definition. Start with every statement unlabelled and repeat until nothing changes:
 * <ul>
 *   <li>S becomes <b>OUT</b> if some attacker of S is IN; or if S is not <em>supportable</em>
 *       from statements that are not OUT. "Supportable" is a least fixpoint: a statement is
 *       supportable if it is not OUT and it is a non-retracted leaf, or it concludes an
 *       argument whose premises are all supportable. Unsupported cycles are therefore OUT.</li>
 *   <li>S becomes <b>IN</b> if S is not OUT, every attacker of S is OUT, and S is a
 *       non-retracted leaf or has an argument whose premises are all IN.</li>
 *   <li>Whatever is left is <b>UNDECIDED</b>.</li>
 * </ul>
 * Retracted statements are OUT and support nothing, whatever their arguments; assumed
 * statements are leaves (still subject to attack). Both rules only ever add labels, and no
 * statement can qualify for both, so the order of application does not matter. On a pure
 * abstract framework (every argument a leaf, each attack an undercut) this is exactly Dung's
 * grounded extension (the IN statements).
 *
 * <p>The labelling is directional: a statement's label depends only on its ancestors along
 * premise-to-conclusion and attacker-to-target edges. {@link WhatIf} relies on this to
 * relabel only what lies downstream of a change.
 */
public final class GroundedStatus {
    private final ArgumentGraph graph;
    /** The from-scratch labels, shared by hypotheticals. */
    private final byte[] labels;
    /** A hypothetical's relabelled statements; none for a full analysis. */
    private final Overrides<Byte> relabelled;

    private GroundedStatus(ArgumentGraph graph, byte[] labels, Overrides<Byte> relabelled) {
        this.graph = graph;
        this.labels = labels;
        this.relabelled = relabelled;
    }

    /** Grounded labelling of the graph as it stands. */
    public static GroundedStatus compute(ArgumentGraph graph) {
        return compute(graph, List.of(), List.of());
    }

    /** Grounded labelling with some statements retracted and some assumed. */
    public static GroundedStatus compute(ArgumentGraph graph, Collection<String> retract, Collection<String> assume) {
        return compute(graph, Scenario.of(graph, retract, assume));
    }

    static GroundedStatus compute(ArgumentGraph graph, Scenario scenario) {
        // Over the whole graph, positions are statement indices: the result is the label array.
        byte[] labels = GroundedLabeller.label(graph, scenario, Region.wholeGraph(graph), null);
        return new GroundedStatus(graph, labels, Overrides.none());
    }

    /**
     * This labelling with the region relabelled under the scenario. The region must be closed
     * downstream along support and attack edges; only its labels are stored.
     */
    GroundedStatus relabel(Scenario scenario, Region region) {
        byte[] regionLabels = GroundedLabeller.label(graph, scenario, region, this);
        Map<Integer, Byte> entries = new HashMap<>();
        for (int p = 0; p < region.size(); p++) {
            entries.put(region.statement(p), regionLabels[p]);
        }
        return new GroundedStatus(graph, labels, relabelled.with(entries));
    }

    /** The statement's label as one of the {@link GroundedLabeller} constants. */
    byte label(int s) {
        Byte b = relabelled.get(s);
        return b != null ? b : labels[s];
    }

    /** The statement's label. */
    public Status status(String statement) {
        return status(graph.indexOf(statement));
    }

    Status status(int s) {
        switch (label(s)) {
            case GroundedLabeller.IN:
                return Status.IN;
            case GroundedLabeller.OUT:
                return Status.OUT;
            default:
                return Status.UNDECIDED;
        }
    }

    /** The statements with the given label, sorted by id. */
    public Set<String> withStatus(Status status) {
        Set<String> out = new TreeSet<>();
        for (int s = 0; s < graph.size(); s++) {
            if (status(s) == status) {
                out.add(graph.ids[s]);
            }
        }
        return out;
    }
}
