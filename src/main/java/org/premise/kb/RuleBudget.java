package org.premise.kb;

import java.time.Duration;

import org.premise.BadInputException;

/**
 * How much work one run of the rules may do before Premise stops it and says which rule kept
 * firing: a user's rule can derive forever (a counter {@code sum(?x, 1, ?y)} feeding itself, a
 * head variable that makes a new blank node each time). Both bounds hold for the rule engine
 * Premise uses and for Jena's, which it falls back to.
 *
 * @param maxDerived the most derived triples kept at once (closure pairs served from an index
 *     are not kept, so they do not count); 0 for no limit
 * @param timeout the longest one evaluation may run (deriving on demand, or bringing a
 *     derivation up to date after a change); {@link Duration#ZERO} for no limit
 */
public record RuleBudget(long maxDerived, Duration timeout) {
    /** Derived triples per byte of heap the default allows: a derived fact and its terms take 100–500 bytes. */
    private static final long HEAP_BYTES_PER_TRIPLE = 512;

    /**
     * One derived triple per 512 bytes of the Java heap (two million with a 1 GB heap), at least
     * a million; ten minutes. A rule that never stops is then stopped with its name before the
     * heap runs out, not after.
     */
    public static final RuleBudget DEFAULT = new RuleBudget(heapDefault(), Duration.ofMinutes(10));

    /** The default bound on derived triples for this JVM's heap. */
    public static long heapDefault() {
        return Math.max(1_000_000L, Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_TRIPLE);
    }

    public RuleBudget {
        if (maxDerived < 0) throw new BadInputException("--max-derived must be 0 (no limit) or more, not " + maxDerived);
        if (timeout == null || timeout.isNegative()) {
            throw new BadInputException("--rules-timeout must be 0 (no limit) or more seconds, not " + timeout);
        }
    }

    /** Whether the number of derived triples is bounded. */
    public boolean limitsDerived() {
        return maxDerived > 0;
    }

    /** Whether evaluations are timed. */
    public boolean limitsTime() {
        return !timeout.isZero();
    }
}
