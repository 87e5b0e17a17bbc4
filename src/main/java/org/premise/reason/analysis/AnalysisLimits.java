package org.premise.reason.analysis;

/**
 * Caps and work budgets that keep the analysis bounded on large or highly redundant graphs.
 * When one is hit the affected answer is flagged truncated, never silently cut.
 *
 * <p>Support sets and defeat sets are listed smallest first (by size, then element by element
 * in statement order), and whatever the limits, the list given for a statement is a prefix of
 * its full list in that order; it is flagged truncated when it is not the whole list (see
 * {@link SupportSets} and {@link DefeatSets} for the one case, a spent budget, where a flagged
 * list may in fact be whole).
 *
 * @param supportSetCap most support sets listed per statement (the first ones in that order)
 * @param defeatSetCap most defeat sets listed per statement (the first ones in that order)
 * @param defeatSearchSteps most elementary steps spent on one statement's defeat sets: nodes of
 *     the hitting-set search, and statements visited by the checks "is it still supported
 *     without these leaves"
 * @param supportSteps most elementary steps spent deriving one statement's support sets from
 *     its premises' (set unions and subset checks while combining and minimizing, and the
 *     checks that prove a short list whole); a support cycle gets this much per statement in it
 */
public record AnalysisLimits(int supportSetCap, int defeatSetCap, long defeatSearchSteps, long supportSteps) {

    /**
     * The default support budget: 200 000 steps per statement. On the benchmark's generated graph
     * of 100 000 statements no statement needs more than about 2 000, so nothing is cut there;
     * on a ladder of 300 two-way choices (2^300 support sets at the top) no statement needs more
     * than about 41 000, and the top is answered in well under a second.
     */
    public static final long DEFAULT_SUPPORT_STEPS = 200_000;

    /** 256 support sets, 256 defeat sets, 100 000 defeat steps, 200 000 support steps per statement. */
    public static final AnalysisLimits DEFAULT = new AnalysisLimits(256, 256, 100_000, DEFAULT_SUPPORT_STEPS);

    public AnalysisLimits {
        if (supportSetCap < 1 || defeatSetCap < 1 || defeatSearchSteps < 1 || supportSteps < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Caps and a defeat budget, with the default support budget. */
    public AnalysisLimits(int supportSetCap, int defeatSetCap, long defeatSearchSteps) {
        this(supportSetCap, defeatSetCap, defeatSearchSteps, DEFAULT_SUPPORT_STEPS);
    }
}
