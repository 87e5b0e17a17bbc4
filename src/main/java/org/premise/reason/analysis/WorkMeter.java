package org.premise.reason.analysis;

/**
 * Counts the elementary steps (set unions, subset checks, search nodes, statements visited by a
 * support check) one answer spends, against its budget. An engine asks before each batch of
 * work and stops as soon as the meter says no, keeping only what it had finished; so the
 * budget bounds the work, not just the output. One meter per computation, not shared between
 * threads.
 */
final class WorkMeter {
    private final long budget;
    private long spent;

    WorkMeter(long budget) {
        this.budget = budget;
    }

    /** Records n more steps; false once the budget is exceeded. */
    boolean spend(long n) {
        spent += n;
        return spent <= budget;
    }

    /** Whether more steps were asked for than the budget allows. */
    boolean exhausted() {
        return spent > budget;
    }

    /** Steps spent so far, at most the budget plus the last request. */
    long spent() {
        return spent;
    }

    /** Steps still allowed (0 when exhausted). */
    long remaining() {
        return Math.max(0, budget - spent);
    }
}
