package org.premise.reason.analysis;

/**
 * One statement's defeat sets as computed: a prefix of the full list in canonical order,
 * whether it is not the whole list, and the work it took.
 *
 * @param sets the listed sets, smallest first
 * @param truncated whether more sets may exist (the cap, the budget, or an undecided rest)
 * @param work elementary steps spent
 * @param outOfWork whether the budget ran out (then the list may be whole though flagged)
 */
record Listing(int[][] sets, boolean truncated, long work, boolean outOfWork) {
}
