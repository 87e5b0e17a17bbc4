package org.premise.reason.analysis;

import java.util.Arrays;

/**
 * One statement's support sets as computed: a prefix of its minimal support sets in canonical
 * order, and how far that prefix is known to be complete.
 *
 * @param sets the prefix, smallest first; up to {@link SupportSetSolver#KEEP_PER_LISTED} times
 *     the cap and one more, so more than are listed (its conclusions may need them)
 * @param cut null when the prefix is the whole family; otherwise every minimal support set
 *     canonically at most cut is in the prefix, and the prefix holds no other
 * @param work elementary steps spent on the statement's support component
 * @param outOfWork whether the budget ran out (then the prefix may be whole though not known to be)
 * @param settled whether the family is whole and was derived in one pass, within the first half
 *     of its budget, in an acyclic component, from premises' families that are settled too (an
 *     unsupported statement's family is settled). Retracting leaves that have no arguments then
 *     leaves exactly the sets that avoid them, which a from-scratch computation would derive
 *     whole in one pass again ({@link #without}); anything else must be derived again.
 */
record SupportFamily(int[][] sets, int[] cut, long work, boolean outOfWork, boolean settled) {
    /** The family of a statement that no set of leaves supports. */
    static final SupportFamily UNSUPPORTED = new SupportFamily(LeafSets.NONE, null, 0, false, true);

    boolean whole() {
        return cut == null;
    }

    /**
     * This settled family with the given leaves (sorted; leaves that have no arguments) retracted:
     * its sets that avoid them, in the same order, still settled; this family itself when none
     * contains one. Its work is this family's, an upper bound on what deriving it would take.
     *
     * <p>Why this is what a from-scratch computation under the retraction gives. Let X be the
     * leaves. A leaf without arguments has {x} as its only support set, so every proof through
     * x has x among its leaves: the support sets of S without X are exactly those of S that
     * avoid X (avoiding X is closed under subsets, so minimal ones stay minimal and no new
     * minimal one appears). For the computation itself, by induction along the settled
     * premises, which are whole and filtered in the same way: an argument's unions avoiding X
     * are the unions of its premises' sets avoiding X, and its minimal ones are the minimal ones
     * avoiding X, so each accumulated product, each candidate list and each list of kept sets in
     * {@link LeafSets#product} and {@link LeafSets#minimize} is a subset of the one in the
     * derivation of this family, and every request to the meter is no larger, while an argument
     * left unusable contributes nothing and spends nothing. So the one pass again fits in the
     * same half budget (no single request can be refused when the total stays within it), the
     * premises' cut is again null, and the list, no longer than this one, is not cut by the keep
     * limit: the result is whole, settled and equal to the filtered list.
     */
    SupportFamily without(int[] leaves) {
        if (!settled) {
            throw new IllegalStateException("only a settled family can be filtered");
        }
        int[][] kept = null;
        int count = 0;
        for (int i = 0; i < sets.length; i++) {
            boolean avoids = LeafSets.disjoint(sets[i], leaves);
            if (kept == null && !avoids) {
                kept = new int[sets.length][];
                System.arraycopy(sets, 0, kept, 0, i);
                count = i;
            } else if (kept != null && avoids) {
                kept[count++] = sets[i];
            }
        }
        if (kept == null) {
            return this;
        }
        if (count == 0) {
            return UNSUPPORTED;
        }
        return new SupportFamily(Arrays.copyOf(kept, count), null, work, false, true);
    }
}
