package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * For every statement, its minimal assumption sets: the minimal sets of leaves that together
 * support it. A leaf's sets include {itself}; an argument contributes the minimized
 * cross-product of its premises' sets (one set per premise, united); a statement's sets are
 * the minimized union over its arguments. Cycles are solved as a least fixpoint, so a cycle
 * never supports itself.
 *
 * <p>Sets are listed in canonical order: smallest first, then element by element in statement
 * order. The list given for a statement is always a prefix of its full list in that order, of
 * at most {@link AnalysisLimits#supportSetCap()} sets, computed with at most
 * {@link AnalysisLimits#supportSteps()} steps of work per statement (see
 * {@link SupportSetSolver}). It is flagged {@link #isTruncated truncated} when it is not the
 * whole list: because the cap cut it, because a premise's list was cut before its own sets
 * could be complete, or because the budget ran out. In the last case alone a flagged list may
 * happen to be whole: whether more minimal sets exist is NP-complete in general, and a spent
 * budget leaves it undecided.
 *
 * <p>The <em>linchpins</em> of a statement are the leaves in every one of its support sets;
 * they are computed without listing the sets (see {@link Linchpins}) and are always known.
 *
 * <p>Nothing is computed up front beyond which statements are supportable (linear): a
 * statement's sets are computed when first asked for, with the part of its support ancestry
 * not yet known, and kept. Safe for concurrent use.
 */
public final class SupportSets {
    private final ArgumentGraph graph;
    private final Scenario scenario;
    private final AnalysisLimits limits;
    private final Supportability supportability;
    private final SupportOracle oracle;
    /** For a hypothetical: the full analysis's support sets and the statements recomputed here; null for a full analysis. */
    private final SupportSets full;
    private final Region region;
    /**
     * For a hypothetical: the support sets it was asked of, the statements downstream of its
     * own change, and, when that change only retracts leaves that have no arguments, those
     * leaves (sorted; null otherwise). Null for a full analysis.
     */
    private final SupportSets previous;
    private final Region changed;
    private final int[] retractedLeaves;
    private final Memo<SupportFamily> families;
    private final Linchpins linchpins;
    /** Held while computing families, which are written a component at a time. */
    private final Object computing = new Object();

    private SupportSets(ArgumentGraph graph, Scenario scenario, AnalysisLimits limits, Supportability supportability,
            SupportSets full, Region region, SupportSets previous, Region changed, int[] retractedLeaves,
            Memo<SupportFamily> families, Linchpins linchpins) {
        this.graph = graph;
        this.scenario = scenario;
        this.limits = limits;
        this.supportability = supportability;
        this.oracle = new SupportOracle(graph, scenario, supportability);
        this.full = full;
        this.region = region;
        this.previous = previous;
        this.changed = changed;
        this.retractedLeaves = retractedLeaves;
        this.families = families;
        this.linchpins = linchpins;
    }

    /** Support sets of every statement of the graph as it stands, with the default limits. */
    public static SupportSets compute(ArgumentGraph graph) {
        return compute(graph, List.of(), List.of(), AnalysisLimits.DEFAULT);
    }

    /** Support sets with some statements retracted and some assumed. */
    public static SupportSets compute(ArgumentGraph graph, Collection<String> retract, Collection<String> assume,
            AnalysisLimits limits) {
        return compute(graph, Scenario.of(graph, retract, assume), limits);
    }

    static SupportSets compute(ArgumentGraph graph, Scenario scenario, AnalysisLimits limits) {
        Supportability supportability = Supportability.compute(graph, scenario);
        return new SupportSets(graph, scenario, limits, supportability, null, null, null, null, null,
                Memo.dense(graph.size()), Linchpins.of(graph, scenario, supportability));
    }

    /**
     * These support sets under a scenario that also retracts or assumes the changed region's
     * sources. The region must be closed downstream along support edges (so it holds whole
     * components). Statements outside it and outside this hypothetical's own region keep the
     * full analysis's answers; answers already computed here outside the changed region are
     * kept, and those not computed yet are asked of these support sets when needed.
     *
     * @param retractedLeaves when the change only retracts leaves that have no arguments, those
     *     leaves, sorted: settled families in the changed region are then filtered instead of
     *     derived again (see {@link SupportFamily#without}); null otherwise
     */
    SupportSets recompute(Scenario hypothetical, Region changed, int[] retractedLeaves) {
        Region flattened = region == null ? changed : Region.union(region, changed);
        Supportability recomputed = supportability.recompute(graph, hypothetical, changed);
        return new SupportSets(graph, hypothetical, limits, recomputed, full != null ? full : this, flattened, this,
                changed, retractedLeaves, Memo.sparse(families.entriesOutside(changed)),
                linchpins.recompute(hypothetical, recomputed, flattened, changed));
    }

    /** The statements a hypothetical recomputes; null for a full analysis. */
    Region region() {
        return region;
    }

    SupportOracle oracle() {
        return oracle;
    }

    private boolean owns(int s) {
        return full == null || region.contains(s);
    }

    /** The statement's computed family, computing it (and what it rests on) if needed. */
    SupportFamily family(int s) {
        if (!owns(s)) {
            return full.family(s);
        }
        if (knownWithoutDeriving(s)) {
            return families.get(s);
        }
        synchronized (computing) {
            try (Scratch scratch = graph.scratch()) {
                SupportSetSolver solver = new SupportSetSolver(graph, scenario, supportability, oracle, limits,
                        this::family, linchpins::of, scratch);
                for (int c : Ancestry.missingComponents(graph, supportability, s,
                        t -> !owns(t) || knownWithoutDeriving(t), scratch)) {
                    int[] members = graph.components.members[c];
                    SupportFamily[] solved = solver.solve(c);
                    for (int i = 0; i < members.length; i++) {
                        families.putIfAbsent(members[i], solved[i]);
                    }
                }
            }
        }
        return families.get(s);
    }

    /** Whether the statement's family is kept here, after keeping it if it needs no derivation. */
    private boolean knownWithoutDeriving(int s) {
        if (families.get(s) != null) {
            return true;
        }
        SupportFamily shortcut = withoutRecomputing(s);
        if (shortcut == null) {
            return false;
        }
        families.putIfAbsent(s, shortcut);
        return true;
    }

    /**
     * A hypothetical's family of the statement when it needs no derivation, else null: outside
     * the changed region (but inside an earlier what-if's) the change is not in its support
     * ancestry, so it is the previous support sets' family; inside it, when the change only
     * retracts leaves without arguments and the previous family is computed already and
     * settled, it is that family without them ({@link SupportFamily#without}, where the proof
     * is). A previous family not computed yet is not computed for this: deriving the statement
     * here costs no more, and a family that turns out not to be settled would be derived twice.
     */
    private SupportFamily withoutRecomputing(int s) {
        if (previous == null) {
            return null;
        }
        if (!changed.contains(s)) {
            return previous.family(s);
        }
        if (retractedLeaves == null) {
            return null;
        }
        SupportFamily before = previous.computedFamily(s);
        return before != null && before.settled() ? before.without(retractedLeaves) : null;
    }

    /** The statement's family if it has been computed (here or in the analysis this shares it with), else null. */
    SupportFamily computedFamily(int s) {
        return owns(s) ? families.get(s) : full.computedFamily(s);
    }

    /** The statement's listed sets: the first ones of its family, at most the cap. */
    int[][] sets(int s) {
        int[][] all = family(s).sets();
        int cap = limits.supportSetCap();
        return all.length <= cap ? all : Arrays.copyOf(all, cap);
    }

    /** Whether the listed sets are not known to be all of them. */
    boolean truncated(int s) {
        SupportFamily f = family(s);
        return !f.whole() || f.sets().length > limits.supportSetCap();
    }

    boolean supportable(int s) {
        return supportability.supportable(s);
    }

    /** The statement's linchpins, sorted; empty when it is unsupported. */
    int[] linchpins(int s) {
        return linchpins.of(s);
    }

    /** The statement's minimal assumption sets, smallest first; empty when it is unsupported. */
    public List<Set<String>> supportSets(String statement) {
        return toNames(graph, sets(graph.indexOf(statement)));
    }

    /** Whether the statement has at least one support set (exact, even when its list is truncated). */
    public boolean isSupported(String statement) {
        return supportable(graph.indexOf(statement));
    }

    /** Whether the list is not the whole list (see the class comment for the one undecided case). */
    public boolean isTruncated(String statement) {
        return truncated(graph.indexOf(statement));
    }

    /**
     * The leaves in every support set (a leaf is among its own); empty when there is no support
     * set. Always present, also when the support sets are truncated.
     */
    public Optional<Set<String>> linchpins(String statement) {
        return Optional.of(graph.nameSet(linchpins(graph.indexOf(statement))));
    }

    static List<Set<String>> toNames(ArgumentGraph graph, int[][] family) {
        List<Set<String>> out = new ArrayList<>(family.length);
        for (int[] set : family) {
            out.add(graph.nameSet(set));
        }
        return Collections.unmodifiableList(out);
    }
}
