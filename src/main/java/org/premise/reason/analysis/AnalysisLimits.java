package org.premise.reason.analysis;

/**
 * Caps that keep the analysis bounded on large or highly redundant graphs. When a cap is hit
 * the affected answer is flagged truncated, never silently cut.
 *
 * @param supportSetCap most support sets kept per statement (the smallest ones)
 * @param defeatSetCap most defeat sets kept per statement (the smallest ones)
 * @param defeatSearchSteps most search steps spent enumerating one statement's defeat sets
 */
public record AnalysisLimits(int supportSetCap, int defeatSetCap, long defeatSearchSteps) {

    /** 256 support sets, 256 defeat sets, 100 000 search steps per statement. */
    public static final AnalysisLimits DEFAULT = new AnalysisLimits(256, 256, 100_000);

    public AnalysisLimits {
        if (supportSetCap < 1 || defeatSetCap < 1 || defeatSearchSteps < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
