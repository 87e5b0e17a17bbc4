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
    /** Ten million derived triples (a few GB of heap), ten minutes. */
    public static final RuleBudget DEFAULT = new RuleBudget(10_000_000L, Duration.ofMinutes(10));

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
