package org.premise.reason.analysis;

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
 */
record SupportFamily(int[][] sets, int[] cut, long work, boolean outOfWork) {
    /** The family of a statement that no set of leaves supports. */
    static final SupportFamily UNSUPPORTED = new SupportFamily(LeafSets.NONE, null, 0, false);

    boolean whole() {
        return cut == null;
    }
}
