package org.premise.reason.credence;

import java.util.List;
import java.util.Map;

/**
 * What credence propagation found: for each statement asked about, the probability that it is
 * supported and that it is IN, how they were computed, and the leaves that move it most; and
 * the open questions ranked by value of information. See docs/semantics.md, "Credence".
 *
 * @param statements one entry per statement asked about, in the order asked
 * @param questions the open questions, highest value of information first
 * @param credences the credence used for every leaf any of the statements depends on, by id
 * @param options the limits it ran with
 * @param exactWorkCut whether the exact pass stopped at its work limit (what it had not
 *        reached was sampled)
 */
public record CredenceResult(List<StatementCredence> statements, List<QuestionValue> questions,
        Map<String, Double> credences, CredencePropagation.Options options, boolean exactWorkCut) {

    /** How a probability was computed. */
    public enum Method {
        /** From a binary decision diagram of the event: exact up to floating-point rounding. */
        EXACT,
        /** Estimated from seeded Monte Carlo samples of the worlds, with a 95% interval. */
        SAMPLED;

        /** The word used in every output: {@code exact} or {@code sampled}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A probability. Exact: low = high = value and a standard error of 0. Sampled: the mean over
     * the samples, its standard error and the 95% Wilson score interval.
     */
    public record Estimate(double value, double low, double high, double standardError) {
        static Estimate exact(double value) {
            return new Estimate(value, value, value, 0);
        }

        static Estimate sampled(long hits, long samples) {
            double p = (double) hits / samples;
            double z = 1.959963984540054;
            double z2n = z * z / samples;
            double centre = (p + z2n / 2) / (1 + z2n);
            double half = z * Math.sqrt(p * (1 - p) / samples + z2n / (4 * samples)) / (1 + z2n);
            return new Estimate(p, Math.max(0, centre - half), Math.min(1, centre + half),
                    Math.sqrt(p * (1 - p) / samples));
        }
    }

    /**
     * How much a leaf moves a statement: its Birnbaum importance, P(event | leaf holds) -
     * P(event | leaf fails), for the IN event and the supported event. Negative when the leaf
     * works against the statement (it attacks it, directly or not). Sampled importances carry
     * a standard error; null when the samples had no world with the leaf holding, or none with
     * it failing.
     */
    public record Sensitivity(String leaf, double credence, Double in, Double supported, double inError,
            double supportedError) {
    }

    /**
     * One statement's figures.
     *
     * @param leaves how many leaves its events depend on (for a sampled one: the leaves among its
     *        ancestors)
     * @param sensitivities the leaves that move it most, largest |importance for IN| first, at
     *        most {@code options.top()}
     * @param sensitivitiesCut whether more leaves move it than are listed, or they could not all
     *        be found within the work budget
     */
    public record StatementCredence(String statement, Method method, Estimate supported, Estimate in, int leaves,
            List<Sensitivity> sensitivities, boolean sensitivitiesCut, long samples) {
    }

    /** Why a question is worth answering for one statement: the expected change in its P(IN). */
    public record QuestionReason(String statement, double value, Method method) {
    }

    /**
     * An open question's value of information: the sum over the statements asked about of the
     * expected absolute change in their P(IN) once the question is answered.
     *
     * @param cut whether the question bears on more statements than are conditioned on at once
     *        (then only the first ones are)
     */
    public record QuestionValue(String question, double value, List<QuestionReason> reasons, boolean cut) {
    }

    /** The figures of one statement, or null when it was not asked about. */
    public StatementCredence statement(String id) {
        for (StatementCredence s : statements) {
            if (s.statement().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
