package org.premise.reason.analysis;

import java.util.List;
import java.util.Set;

/**
 * For every statement, its defeat sets: the minimal sets of leaves whose retraction leaves it
 * with no support (the minimal hitting sets of its support sets), smallest first. An
 * unsupported statement has one defeat set, the empty one. At most
 * {@link AnalysisLimits#defeatSetCap()} are kept, and the search is bounded by
 * {@link AnalysisLimits#defeatSearchSteps()}; either bound, or truncated support sets, flag
 * the statement's defeat sets truncated.
 */
public final class DefeatSets {
    private final ArgumentGraph graph;
    final int[][][] sets;
    final boolean[] truncated;

    DefeatSets(ArgumentGraph graph, int[][][] sets, boolean[] truncated) {
        this.graph = graph;
        this.sets = sets;
        this.truncated = truncated;
    }

    /** Defeat sets of every statement, from its support sets. */
    public static DefeatSets compute(SupportSets support, ArgumentGraph graph, AnalysisLimits limits) {
        int n = graph.size();
        int[][][] sets = new int[n][][];
        boolean[] truncated = new boolean[n];
        for (int s = 0; s < n; s++) {
            fill(s, support, limits, sets, truncated);
        }
        return new DefeatSets(graph, sets, truncated);
    }

    static void fill(int s, SupportSets support, AnalysisLimits limits, int[][][] sets, boolean[] truncated) {
        LeafSets.Family f = HittingSets.of(support.sets[s], limits.defeatSetCap(), limits.defeatSearchSteps());
        sets[s] = f.sets();
        truncated[s] = f.truncated() || support.truncated[s];
    }

    /** The statement's defeat sets, smallest first. */
    public List<Set<String>> defeatSets(String statement) {
        return SupportSets.toNames(graph, sets[graph.indexOf(statement)]);
    }

    /** Whether the list may be incomplete (a cap, the step budget, or truncated support sets). */
    public boolean isTruncated(String statement) {
        return truncated[graph.indexOf(statement)];
    }
}
