package org.premise.reason.analysis;

/**
 * Counts the elementary steps (set unions, subset checks, search nodes, statements visited by a
 * support check) one answer spends, against its budget. Engines ask before each batch of work
 * and stop as soon as the meter says no, keeping only what they had finished; so the budget
 * bounds the work, not just the output, and the steps spent never exceed it. One meter per
 * computation, not shared between threads.
 */
final class WorkMeter {
    private final long budget;
    private long spent;
    private boolean exhausted;

    WorkMeter(long budget) {
        this.budget = budget;
    }

    /** Grants n more steps, or refuses them (for good: the meter is then exhausted). */
    boolean spend(long n) {
        if (exhausted || n > budget - spent) {
            exhausted = true;
            return false;
        }
        spent += n;
        return true;
    }

    /** Whether a request was refused. */
    boolean exhausted() {
        return exhausted;
    }

    /** Steps granted so far: never more than the budget. */
    long spent() {
        return spent;
    }

    /** Steps still allowed (0 once exhausted). */
    long remaining() {
        return exhausted ? 0 : budget - spent;
    }
}
