package org.premise.reason.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * For every statement, its defeat sets: the minimal sets of leaves whose retraction leaves it
 * with no support (the minimal hitting sets of its support sets), in canonical order: smallest
 * first, then element by element. An unsupported statement has one defeat set, the empty one.
 *
 * <p>The list given is always a prefix of the full list in that order, of at most
 * {@link AnalysisLimits#defeatSetCap()} sets, found with at most
 * {@link AnalysisLimits#defeatSearchSteps()} steps of work per statement. When the
 * statement's support sets are whole they are the hitting sets of those ({@link HittingSets});
 * when only a prefix of them is known, they are found with an exact oracle instead
 * ({@link DefeatSearch}), never from the prefix as if it were whole. The list is flagged
 * truncated when it is not the whole list: the cap cut it, or the budget ran out (then it
 * may, rarely, be whole though flagged). Size-1 defeat sets are exactly the linchpins.
 *
 * <p>Computed for a statement when first asked for, and kept; safe for concurrent use. A
 * hypothetical analysis computes only the statements in its region and shares the full
 * analysis's answers for the rest.
 */
public final class DefeatSets {
    private final ArgumentGraph graph;
    private final SupportSets support;
    private final AnalysisLimits limits;
    /** For a hypothetical: the full analysis's defeat sets and the statements recomputed here; null for a full analysis. */
    private final DefeatSets full;
    private final Region region;
    /** For a hypothetical: the defeat sets it was asked of and the statements downstream of its own change; null for a full analysis. */
    private final DefeatSets previous;
    private final Region changed;
    private final Memo<Listing> listings;

    private DefeatSets(ArgumentGraph graph, SupportSets support, AnalysisLimits limits, DefeatSets full, Region region,
            DefeatSets previous, Region changed, Memo<Listing> listings) {
        this.graph = graph;
        this.support = support;
        this.limits = limits;
        this.full = full;
        this.region = region;
        this.previous = previous;
        this.changed = changed;
        this.listings = listings;
    }

    /** Defeat sets of every statement, from its support sets, computed as asked. */
    public static DefeatSets compute(SupportSets support, ArgumentGraph graph, AnalysisLimits limits) {
        return new DefeatSets(graph, support, limits, null, null, null, null, Memo.dense(graph.size()));
    }

    /**
     * These defeat sets for a hypothetical's support sets, which were recomputed for the changed
     * region: answers outside the hypothetical's region are the full analysis's, and answers
     * outside the changed region are these defeat sets' (kept if already computed, asked for
     * when needed: the change is not in those statements' support ancestry).
     */
    DefeatSets recompute(Region changed, SupportSets hypothetical) {
        return new DefeatSets(graph, hypothetical, limits, full != null ? full : this, hypothetical.region(), this,
                changed, Memo.sparse(listings.entriesOutside(changed)));
    }

    /** The statement's listing, computing it if needed. */
    Listing listing(int s) {
        if (full != null && !region.contains(s)) {
            return full.listing(s);
        }
        Listing known = listings.get(s);
        if (known != null) {
            return known;
        }
        return listings.putIfAbsent(s, previous != null && !changed.contains(s) ? previous.listing(s) : search(s));
    }

    private Listing search(int s) {
        WorkMeter meter = new WorkMeter(limits.defeatSearchSteps());
        if (!support.supportable(s)) {
            return HittingSets.enumerate(LeafSets.NONE, limits.defeatSetCap(), meter);
        }
        SupportFamily family = support.family(s);
        if (family.whole()) {
            Listing same = previousWithSameSets(s, family);
            return same != null ? same : HittingSets.enumerate(family.sets(), limits.defeatSetCap(), meter);
        }
        int[] linchpins = support.linchpins(s);
        try (Scratch scratch = graph.scratch()) {
            return DefeatSearch.of(s, linchpins, family.sets(), support.oracle(), limits.defeatSetCap(), meter, scratch);
        }
    }

    /**
     * The previous defeat sets' listing of the statement when it is computed already and its
     * support family there was whole with the same sets (a what-if whose change does not reach
     * any of them), else null: the listing of a whole family depends on its sets and the limits
     * alone.
     */
    private Listing previousWithSameSets(int s, SupportFamily family) {
        if (previous == null) {
            return null;
        }
        Listing before = previous.computedListing(s);
        if (before == null) {
            return null;
        }
        SupportFamily was = previous.support.computedFamily(s);
        return was != null && was.whole() && (was == family || Arrays.deepEquals(was.sets(), family.sets())) ? before
                : null;
    }

    /** The statement's listing if it has been computed (here or in the analysis this shares it with), else null. */
    private Listing computedListing(int s) {
        return full != null && !region.contains(s) ? full.computedListing(s) : listings.get(s);
    }

    /** The statement's defeat sets, smallest first. */
    int[][] sets(int s) {
        return listing(s).sets();
    }

    /** Whether the statement's list is not known to be all its defeat sets. */
    boolean truncated(int s) {
        return listing(s).truncated();
    }

    /** The statement's defeat sets, smallest first. */
    public List<Set<String>> defeatSets(String statement) {
        return SupportSets.toNames(graph, sets(graph.indexOf(statement)));
    }

    /** Whether the list may be incomplete: the cap, or the work budget. */
    public boolean isTruncated(String statement) {
        return truncated(graph.indexOf(statement));
    }
}
