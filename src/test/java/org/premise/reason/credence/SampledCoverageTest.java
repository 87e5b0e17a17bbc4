package org.premise.reason.credence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.premise.reason.credence.CredenceResult.Estimate;
import org.premise.reason.credence.CredenceResult.Method;
import org.premise.reason.credence.CredenceResult.StatementCredence;

/**
 * Monte Carlo estimates against the exact figures: in 200 trials with different seeds, the
 * exact P(IN) and P(supported) lie inside the reported 95% interval in at least 93% of them,
 * and the estimate is within 4 standard errors of the exact value in every one.
 */
class SampledCoverageTest {
    /** A random graph with a statement whose probabilities are far from 0 and 1, and that statement. */
    private record Subject(RandomCredenceGraphs.Case c, String statement, double in, double supported) {
    }

    private static Subject subject() {
        for (long seed = 1; ; seed++) {
            RandomCredenceGraphs.Case c = RandomCredenceGraphs.generate(seed, 12);
            CredenceResult exact = CredencePropagation.compute(c.graph(), c.credences(), c.graph().statements(),
                    List.of(), List.of(), CredencePropagation.Options.DEFAULT);
            for (StatementCredence s : exact.statements()) {
                if (!c.graph().isLeaf(s.statement()) && s.in().value() > 0.2 && s.in().value() < 0.8
                        && s.supported().value() > 0.2 && s.supported().value() < 0.8
                        && s.in().value() != s.supported().value()) {
                    return new Subject(c, s.statement(), s.in().value(), s.supported().value());
                }
            }
        }
    }

    @Test
    void intervalsCoverTheExactValue() {
        Subject subject = subject();
        int coveredIn = 0;
        int coveredSupported = 0;
        int trials = 200;
        for (int trial = 0; trial < trials; trial++) {
            CredenceResult sampled = CredencePropagation.compute(subject.c().graph(), subject.c().credences(),
                    List.of(subject.statement()), List.of(), List.of(),
                    new CredencePropagation.Options(0, 2_000, 7_000 + trial, 5));
            StatementCredence s = sampled.statements().get(0);
            assertEquals(Method.SAMPLED, s.method());
            coveredIn += check(s.in(), subject.in(), "trial " + trial + " P(IN)");
            coveredSupported += check(s.supported(), subject.supported(), "trial " + trial + " P(supported)");
        }
        assertTrue(coveredIn >= 0.93 * trials, "P(IN) covered in " + coveredIn + " of " + trials);
        assertTrue(coveredSupported >= 0.93 * trials, "P(supported) covered in " + coveredSupported + " of " + trials);
    }

    private static int check(Estimate e, double exact, String what) {
        assertTrue(Math.abs(e.value() - exact) <= 4 * e.standardError(),
                what + ": " + e.value() + " is more than 4 standard errors (" + e.standardError() + ") from " + exact);
        return e.low() <= exact && exact <= e.high() ? 1 : 0;
    }

    @Test
    void sampledValuesOfInformationAndImportancesAreNearTheExactOnes() {
        for (long seed = 1; seed <= 20; seed++) {
            RandomCredenceGraphs.Case c = RandomCredenceGraphs.generate(seed, 10);
            List<String> all = c.graph().statements();
            CredenceResult exact = CredencePropagation.compute(c.graph(), c.credences(), all, List.of(), List.of(),
                    new CredencePropagation.Options(100_000, 64, 1, Integer.MAX_VALUE));
            CredenceResult sampled = CredencePropagation.compute(c.graph(), c.credences(), all, List.of(), List.of(),
                    new CredencePropagation.Options(0, 40_000, seed, Integer.MAX_VALUE));
            for (CredenceResult.QuestionValue q : exact.questions()) {
                double got = sampled.questions().stream().filter(x -> x.question().equals(q.question())).findFirst()
                        .orElseThrow().value();
                // Summed over every statement, each term biased up by about 1/sqrt(samples).
                assertEquals(q.value(), got, 0.02 * all.size() + 0.02, "graph " + seed + ", " + q.question());
            }
            for (StatementCredence s : exact.statements()) {
                StatementCredence x = sampled.statement(s.statement());
                for (CredenceResult.Sensitivity e : s.sensitivities()) {
                    CredenceResult.Sensitivity y = x.sensitivities().stream().filter(z -> z.leaf().equals(e.leaf()))
                            .findFirst().orElse(null);
                    if (y == null || y.in() == null) {
                        continue;
                    }
                    assertTrue(Math.abs(y.in() - e.in()) <= 5 * y.inError() + 1e-9,
                            "graph " + seed + ", " + s.statement() + ", " + e.leaf() + ": " + y.in() + " vs " + e.in()
                                    + " (se " + y.inError() + ")");
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameFigures() {
        Subject subject = subject();
        CredencePropagation.Options options = new CredencePropagation.Options(0, 1_000, 42, 5);
        CredenceResult one = CredencePropagation.compute(subject.c().graph(), subject.c().credences(),
                subject.c().graph().statements(), List.of(), List.of(), options);
        CredenceResult two = CredencePropagation.compute(subject.c().graph(), subject.c().credences(),
                subject.c().graph().statements(), List.of(), List.of(), options);
        assertEquals(one, two);
    }

    @Test
    void aBernoulliWordHasTheCredenceAsItsMean() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        long bits = Math.round(0.3 * 0x1p32);
        long ones = 0;
        int words = 20_000;
        for (int i = 0; i < words; i++) {
            ones += Long.bitCount(Sampler.bernoulli(random, bits));
        }
        double mean = (double) ones / (64.0 * words);
        double se = Math.sqrt(0.3 * 0.7 / (64.0 * words));
        assertEquals(0.3, mean, 4 * se);
        assertEquals(0, Sampler.bernoulli(random, 0));
        assertEquals(-1L, Sampler.bernoulli(random, 1L << 32));
    }
}
