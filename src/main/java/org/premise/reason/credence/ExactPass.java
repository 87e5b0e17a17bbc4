package org.premise.reason.credence;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.premise.ints.IntList;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.credence.CredencePropagation.Options;
import org.premise.reason.credence.CredenceResult.Estimate;
import org.premise.reason.credence.CredenceResult.Method;
import org.premise.reason.credence.CredenceResult.Sensitivity;
import org.premise.reason.credence.CredenceResult.StatementCredence;

/**
 * The exact part of credence propagation: every statement of the cone as binary decision
 * diagrams ({@link Diagrams}, {@link Labelling}), within the work limit; for each statement
 * asked about whose diagrams are small enough, P(IN), P(supported), every importance (one pass
 * down the diagram) and the value of information of each question that shares a leaf with it.
 */
final class ExactPass {
    private ExactPass() {
    }

    /** Runs the exact pass on a thread with a deep stack (the diagram package recurses once per level). */
    static boolean run(ArgumentGraph graph, Cone cone, double[] credence, int[] targets, int[] local,
            int[][] questionStatements, Options options, StatementCredence[] figures, CredencePropagation.Values values) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        boolean[] cut = new boolean[1];
        Thread worker = new Thread(null, () -> {
            try {
                cut[0] = exactPass(graph, cone, credence, targets, local, questionStatements, options, figures, values);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "credence-exact", 1L << 29);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return cut[0];
    }

    private static boolean exactPass(ArgumentGraph graph, Cone cone, double[] credence, int[] targets, int[] local,
            int[][] questionStatements, Options options, StatementCredence[] figures, CredencePropagation.Values values) {
        long workLimit = 16 * options.exactLimit() + 32L * cone.size;
        Diagrams d = new Diagrams(cone.variables(), cone.size, options.exactLimit(), workLimit);
        Labelling events = new Labelling(cone, d);
        boolean complete = events.run();
        // Questions' answer events and their leaves; reading large diagrams counts as work too.
        // Each question's answer events (a leaf: it holds; a claim: it is supported) and the
        // variables they depend on; null variables when an event is unknown (past the limits).
        int questions = questionStatements.length;
        long[][] answerEvents = new long[questions][];
        int[][] questionVariables = new int[questions][];
        boolean[] questionUnknown = new boolean[questions];
        for (int q = 0; q < questions; q++) {
            int[] qs = questionStatements[q];
            answerEvents[q] = new long[qs.length];
            TreeSet<Integer> vars = new TreeSet<>();
            for (int j = 0; j < qs.length; j++) {
                int s = qs[j];
                answerEvents[q][j] = cone.kind[s] == Cone.LEAF ? d.variable(cone.variable[s]) : events.supported[s];
                try {
                    if (answerEvents[q][j] == Diagrams.UNKNOWN || d.tooLarge(answerEvents[q][j])) {
                        questionUnknown[q] = true;
                    } else {
                        for (int v : d.support(answerEvents[q][j])) {
                            vars.add(v);
                        }
                    }
                } catch (Logic.Exhausted | StackOverflowError e) {
                    questionUnknown[q] = true;
                }
            }
            questionVariables[q] = vars.stream().mapToInt(Integer::intValue).toArray();
        }
        IntList[] byVariable = CredencePropagation.questionsByVariable(cone.variables(), questionVariables);
        boolean anyUnknown = false;
        for (boolean u : questionUnknown) {
            anyUnknown |= u;
        }
        double[] gradIn = new double[cone.variables()];
        double[] gradSup = new double[cone.variables()];
        for (int i = 0; i < targets.length; i++) {
            int l = local[targets[i]];
            long in = events.in[l];
            long sup = events.supported[l];
            double pIn;
            double pSup;
            int[] supportIn;
            int[] supportSup;
            try {
                if (d.tooLarge(in) || d.tooLarge(sup)) {
                    continue;
                }
                pIn = d.probability(in, credence, gradIn);
                pSup = d.probability(sup, credence, gradSup);
                supportIn = d.support(in);
                supportSup = d.support(sup);
            } catch (Logic.Exhausted | StackOverflowError e) {
                complete = false;
                continue;
            }
            TreeSet<Integer> leaves = new TreeSet<>();
            for (int v : supportIn) {
                leaves.add(v);
            }
            for (int v : supportSup) {
                leaves.add(v);
            }
            List<Sensitivity> all = new ArrayList<>();
            for (int v : leaves) {
                all.add(new Sensitivity(graph.statementId(cone.statement[cone.leafOf[v]]), credence[v], gradIn[v],
                        gradSup[v], 0, 0));
            }
            figures[i] = CredencePropagation.statement(graph.statementId(targets[i]), Method.EXACT, Estimate.exact(pSup),
                    Estimate.exact(pIn), leaves.size(), all, false, 0, options.top());
            // Value of information of each question whose statements share a leaf with this one
            // (the others are independent of it: 0). A question whose events are unknown is left
            // to the sampler.
            values.needsSampling[i] |= anyUnknown;
            for (int q : CredencePropagation.questionsSharing(supportIn, byVariable)) {
                if (questionUnknown[q]) {
                    continue;
                }
                try {
                    values.put(q, i, exactValue(d, credence, in, pIn, answerEvents[q]), Method.EXACT);
                } catch (Logic.Exhausted | StackOverflowError e) {
                    values.needsSampling[i] = true;
                }
            }
        }
        return !complete;
    }

    /** Sum over the joint answers a of |P(c and a) - P(a) P(c)|: the expected |change| in P(c). */
    private static double exactValue(Diagrams d, double[] credence, long event, double p, long[] answerEvents) {
        double total = 0;
        for (int a = 0; a < 1 << answerEvents.length; a++) {
            long answer = d.yes();
            for (int j = 0; j < answerEvents.length; j++) {
                answer = d.and(answer, (a >> j & 1) == 1 ? answerEvents[j] : d.not(answerEvents[j]));
            }
            double pa = d.probability(answer, credence, null);
            double pca = d.probability(d.and(event, answer), credence, null);
            total += Math.abs(pca - pa * p);
        }
        return total;
    }

}
