package org.premise.reason.credence;

/**
 * The Boolean operations {@link Labelling} evaluates the semantics with, over handles: a word
 * of 64 worlds at once ({@link WorldMasks}), or a node of a decision diagram ({@link Diagrams}).
 * One statement of the rules, two ways to run it.
 */
interface Logic {
    /** Thrown when an exact computation would pass its budget: what is left is left unknown. */
    final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted(String why) {
            super(why, null, false, false);
        }
    }

    long yes();

    long no();

    /** The handle of "unknown": an operation on it yields it, unless the answer is settled anyway. */
    long unknown();

    /** The event "leaf variable v holds". */
    long variable(int v);

    long and(long a, long b);

    long or(long a, long b);

    long not(long a);
}
