package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * For every statement, its minimal assumption sets: the minimal sets of leaves that together
 * support it. A leaf's sets include {itself}; an argument contributes the minimized
 * cross-product of its premises' sets (one set per premise, united); a statement's sets are
 * the minimized union over its arguments. Cycles are solved as a least fixpoint, so a cycle
 * never supports itself. Sets are listed smallest first.
 *
 * <p>At most {@link AnalysisLimits#supportSetCap()} sets are kept per statement; when the cap
 * is hit the statement is flagged {@link #isTruncated truncated}, and so is everything computed
 * from it. The <em>linchpins</em> of a statement are the leaves in every one of its support
 * sets; they are only known when its sets are not truncated.
 */
public final class SupportSets {
    private final ArgumentGraph graph;
    /** The from-scratch families, flags and linchpins (null when truncated), shared by hypotheticals. */
    private final int[][][] sets;
    private final boolean[] truncated;
    private final int[][] linchpins;
    /** A hypothetical's recomputed statements; none for a full analysis. */
    private final Overrides<Entry> recomputed;

    /** One recomputed statement: its families, truncation flag and linchpins. */
    private record Entry(int[][] sets, boolean truncated, int[] linchpins) {
    }

    private SupportSets(ArgumentGraph graph, int[][][] sets, boolean[] truncated, int[][] linchpins,
            Overrides<Entry> recomputed) {
        this.graph = graph;
        this.sets = sets;
        this.truncated = truncated;
        this.linchpins = linchpins;
        this.recomputed = recomputed;
    }

    /** Support sets of every statement of the graph as it stands, with the default cap. */
    public static SupportSets compute(ArgumentGraph graph) {
        return compute(graph, List.of(), List.of(), AnalysisLimits.DEFAULT);
    }

    /** Support sets with some statements retracted and some assumed. */
    public static SupportSets compute(ArgumentGraph graph, Collection<String> retract, Collection<String> assume,
            AnalysisLimits limits) {
        return compute(graph, Scenario.of(graph, retract, assume), limits);
    }

    static SupportSets compute(ArgumentGraph graph, Scenario scenario, AnalysisLimits limits) {
        int n = graph.size();
        int[][][] sets = new int[n][][];
        boolean[] truncated = new boolean[n];
        int components = graph.components.members.length;
        int[] order = new int[components];
        for (int c = 0; c < components; c++) {
            order[c] = c;
        }
        SupportSetSolver.Families arrays = new SupportSetSolver.Families() {
            @Override
            public int[][] sets(int s) {
                return sets[s];
            }

            @Override
            public boolean truncated(int s) {
                return truncated[s];
            }

            @Override
            public void put(int s, int[][] family, boolean cut) {
                sets[s] = family;
                truncated[s] = cut;
            }
        };
        new SupportSetSolver(graph, scenario, limits.supportSetCap(), arrays).solve(order);
        int[][] linchpins = new int[n][];
        for (int s = 0; s < n; s++) {
            linchpins[s] = linchpinsOf(sets[s], truncated[s]);
        }
        return new SupportSets(graph, sets, truncated, linchpins, Overrides.none());
    }

    /**
     * These support sets with the region's statements recomputed under the scenario. The
     * region must be closed downstream along support edges (so it holds whole components).
     * Only the region's families are stored; the rest are shared with this analysis.
     */
    SupportSets recompute(Scenario scenario, Region region, AnalysisLimits limits) {
        Map<Integer, int[][]> newSets = new HashMap<>();
        Map<Integer, Boolean> newTruncated = new HashMap<>();
        SupportSetSolver.Families overlay = new SupportSetSolver.Families() {
            @Override
            public int[][] sets(int s) {
                int[][] f = newSets.get(s);
                return f != null ? f : SupportSets.this.sets(s);
            }

            @Override
            public boolean truncated(int s) {
                Boolean t = newTruncated.get(s);
                return t != null ? t : SupportSets.this.truncated(s);
            }

            @Override
            public void put(int s, int[][] family, boolean cut) {
                newSets.put(s, family);
                newTruncated.put(s, cut);
            }
        };
        int[] componentOf = graph.components.componentOf;
        int[] components = Arrays.stream(region.statements()).map(s -> componentOf[s]).distinct().sorted().toArray();
        new SupportSetSolver(graph, scenario, limits.supportSetCap(), overlay).solve(components);
        Map<Integer, Entry> entries = new HashMap<>();
        for (int s : region.statements()) {
            int[][] family = overlay.sets(s);
            boolean cut = overlay.truncated(s);
            entries.put(s, new Entry(family, cut, linchpinsOf(family, cut)));
        }
        return new SupportSets(graph, sets, truncated, linchpins, recomputed.with(entries));
    }

    /** The statement's families, smallest first. */
    int[][] sets(int s) {
        Entry e = recomputed.get(s);
        return e != null ? e.sets() : sets[s];
    }

    /** Whether the cap cut the statement's families short. */
    boolean truncated(int s) {
        Entry e = recomputed.get(s);
        return e != null ? e.truncated() : truncated[s];
    }

    /** The statement's linchpins; null when its families are truncated. */
    int[] linchpins(int s) {
        Entry e = recomputed.get(s);
        return e != null ? e.linchpins() : linchpins[s];
    }

    /** The leaves common to every set; null when truncated; empty when there is no set. */
    static int[] linchpinsOf(int[][] family, boolean truncated) {
        if (truncated) {
            return null;
        }
        if (family.length == 0) {
            return LeafSets.EMPTY_SET;
        }
        int[] common = family[0];
        for (int i = 1; i < family.length && common.length > 0; i++) {
            IntList keep = new IntList(common.length);
            for (int x : common) {
                if (LeafSets.contains(family[i], x)) {
                    keep.add(x);
                }
            }
            common = keep.toArray();
        }
        return common;
    }

    /** The statement's minimal assumption sets, smallest first; empty when it is unsupported. */
    public List<Set<String>> supportSets(String statement) {
        return toNames(graph, sets(graph.indexOf(statement)));
    }

    /** Whether the statement has at least one support set. */
    public boolean isSupported(String statement) {
        return sets(graph.indexOf(statement)).length > 0;
    }

    /** Whether the cap cut the statement's sets short (or those of something it rests on). */
    public boolean isTruncated(String statement) {
        return truncated(graph.indexOf(statement));
    }

    /** The leaves in every support set; empty Optional when the sets are truncated. */
    public Optional<Set<String>> linchpins(String statement) {
        int[] l = linchpins(graph.indexOf(statement));
        return l == null ? Optional.empty() : Optional.of(graph.nameSet(l));
    }

    static List<Set<String>> toNames(ArgumentGraph graph, int[][] family) {
        List<Set<String>> out = new ArrayList<>(family.length);
        for (int[] set : family) {
            out.add(graph.nameSet(set));
        }
        return Collections.unmodifiableList(out);
    }
}
