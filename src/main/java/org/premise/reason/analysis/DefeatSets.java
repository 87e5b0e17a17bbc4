package org.premise.reason.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For every statement, its defeat sets: the minimal sets of leaves whose retraction leaves it
 * with no support (the minimal hitting sets of its support sets), smallest first. An
 * unsupported statement has one defeat set, the empty one. At most
 * {@link AnalysisLimits#defeatSetCap()} are kept, and the search is bounded by
 * {@link AnalysisLimits#defeatSearchSteps()}; either bound, or truncated support sets, flag
 * the statement's defeat sets truncated.
 *
 * <p>A hypothetical analysis stores only the statements it recomputed and shares the
 * from-scratch arrays for the rest (see {@link Overrides}).
 */
public final class DefeatSets {
    private final ArgumentGraph graph;
    /** The from-scratch defeat sets and flags, shared by hypotheticals. */
    private final int[][][] sets;
    private final boolean[] truncated;
    /** A hypothetical's recomputed statements; none for a full analysis. */
    private final Overrides<LeafSets.Family> recomputed;

    private DefeatSets(ArgumentGraph graph, int[][][] sets, boolean[] truncated, Overrides<LeafSets.Family> recomputed) {
        this.graph = graph;
        this.sets = sets;
        this.truncated = truncated;
        this.recomputed = recomputed;
    }

    /** Defeat sets of every statement, from its support sets. */
    public static DefeatSets compute(SupportSets support, ArgumentGraph graph, AnalysisLimits limits) {
        int n = graph.size();
        int[][][] sets = new int[n][][];
        boolean[] truncated = new boolean[n];
        for (int s = 0; s < n; s++) {
            LeafSets.Family f = of(s, support, limits);
            sets[s] = f.sets();
            truncated[s] = f.truncated();
        }
        return new DefeatSets(graph, sets, truncated, Overrides.none());
    }

    /** These defeat sets with the region's statements recomputed from the given support sets. */
    DefeatSets recompute(Region region, SupportSets support, AnalysisLimits limits) {
        Map<Integer, LeafSets.Family> entries = new HashMap<>();
        for (int s : region.statements()) {
            entries.put(s, of(s, support, limits));
        }
        return new DefeatSets(graph, sets, truncated, recomputed.with(entries));
    }

    /** One statement's defeat sets; truncated also when its support sets are. */
    private static LeafSets.Family of(int s, SupportSets support, AnalysisLimits limits) {
        LeafSets.Family f = HittingSets.of(support.sets(s), limits.defeatSetCap(), limits.defeatSearchSteps());
        return new LeafSets.Family(f.sets(), f.truncated() || support.truncated(s));
    }

    /** The statement's defeat sets, smallest first. */
    int[][] sets(int s) {
        LeafSets.Family f = recomputed.get(s);
        return f != null ? f.sets() : sets[s];
    }

    /** Whether the statement's defeat sets may be incomplete. */
    boolean truncated(int s) {
        LeafSets.Family f = recomputed.get(s);
        return f != null ? f.truncated() : truncated[s];
    }

    /** The statement's defeat sets, smallest first. */
    public List<Set<String>> defeatSets(String statement) {
        return SupportSets.toNames(graph, sets(graph.indexOf(statement)));
    }

    /** Whether the list may be incomplete (a cap, the step budget, or truncated support sets). */
    public boolean isTruncated(String statement) {
        return truncated(graph.indexOf(statement));
    }
}
