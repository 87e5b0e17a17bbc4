package org.premise.reason.credence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.premise.ints.IntList;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.credence.CredencePropagation.Options;
import org.premise.reason.credence.CredenceResult.Estimate;
import org.premise.reason.credence.CredenceResult.Method;
import org.premise.reason.credence.CredenceResult.Sensitivity;
import org.premise.reason.credence.CredenceResult.StatementCredence;

/**
 * The sampled part of credence propagation: seeded worlds, 64 to a word, each leaf from its own
 * random stream, evaluated by {@link Labelling} over {@link WorldMasks}; frequencies with
 * their standard errors and 95% intervals, importances from the two conditional frequencies, and
 * values of information from the joint frequencies of answers and IN.
 */
final class Sampler {
    private Sampler() {
    }

    static void run(ArgumentGraph graph, byte[] kind, Map<String, Double> credences, int[] targets,
            int[] which, Options options, StatementCredence[] figures, CredencePropagation.Values values) {
        int[] roots = new int[which.length];
        for (int i = 0; i < which.length; i++) {
            roots[i] = targets[which[i]];
        }
        Cone cone = Cone.of(graph, kind, roots);
        int[] local = new int[graph.size()];
        Arrays.fill(local, -1);
        for (int l = 0; l < cone.size; l++) {
            local[cone.statement[l]] = l;
        }
        int vars = cone.variables();
        double[] credence = new double[vars];
        long[] bits = new long[vars];
        SplittableRandom[] random = new SplittableRandom[vars];
        for (int v = 0; v < vars; v++) {
            int s = cone.statement[cone.leafOf[v]];
            credence[v] = credences.getOrDefault(graph.statementId(s), 0.5);
            bits[v] = Math.round(credence[v] * 0x1p32);
            // One stream per leaf, from the seed and the leaf: a leaf draws the same worlds
            // whatever else is sampled with it, so a what-if compares like with like.
            random[v] = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + s);
        }
        // The leaves under each sampled statement (for its sensitivities), within a walk budget.
        boolean[] seen = new boolean[cone.size];
        IntList scratch = new IntList();
        int[][] under = new int[which.length][];
        long budget = CredencePropagation.WALK_BUDGET;
        for (int i = 0; i < which.length; i++) {
            int l = local[targets[which[i]]];
            under[i] = budget > 0 ? cone.variablesUnder(l, budget, seen, scratch) : null;
            budget -= under[i] == null ? budget : under[i].length + 1;
        }
        int[][] questionStatements = new int[graph.questions().size()][];
        for (int q = 0; q < questionStatements.length; q++) {
            IntList in = new IntList();
            for (int s : graph.questionTargets(q)) {
                if (local[s] >= 0 && (cone.kind[local[s]] == Cone.LEAF || cone.kind[local[s]] == Cone.CLAIM)
                        && in.size() < CredencePropagation.MAX_CONDITIONED) {
                    in.add(local[s]);
                }
            }
            questionStatements[q] = in.toArray();
        }
        WorldMasks worlds = new WorldMasks(vars);
        Labelling events = new Labelling(cone, worlds);
        long samples = options.samples();
        long[] holds = new long[vars];
        long[] hitsIn = new long[which.length];
        long[] hitsSup = new long[which.length];
        long[][] withIn = new long[which.length][];
        long[][] withSup = new long[which.length][];
        for (int i = 0; i < which.length; i++) {
            int size = under[i] == null ? 0 : under[i].length;
            withIn[i] = new long[size];
            withSup[i] = new long[size];
        }
        // Value-of-information pairs: each sampled statement that needs them, with each question
        // whose statements depend on one of its leaves (any other question is independent of it).
        int[][] questionVariables = new int[questionStatements.length][];
        for (int q = 0; q < questionStatements.length; q++) {
            TreeSet<Integer> qv = new TreeSet<>();
            for (int s : questionStatements[q]) {
                int[] u = cone.kind[s] == Cone.LEAF ? new int[] {cone.variable[s]}
                        : cone.variablesUnder(s, Math.max(0, budget), seen, scratch);
                if (u == null) {
                    qv = null;
                    break;
                }
                budget -= u.length + 1;
                for (int v : u) {
                    qv.add(v);
                }
            }
            questionVariables[q] = qv == null ? null : qv.stream().mapToInt(Integer::intValue).toArray();
        }
        IntList[] byVariable = CredencePropagation.questionsByVariable(vars, questionVariables);
        long[][] answers = new long[questionStatements.length][];
        for (int q = 0; q < questionStatements.length; q++) {
            answers[q] = new long[1 << questionStatements[q].length];
        }
        // pairQuestion[k], pairTarget[k] (position in which), pairCounts[k][answer]
        IntList pairQuestion = new IntList();
        IntList pairTarget = new IntList();
        for (int i = 0; i < which.length; i++) {
            if (!values.needsSampling[which[i]] || under[i] == null) {
                continue;
            }
            for (int q : CredencePropagation.questionsSharing(under[i], byVariable)) {
                if (!values.has(q, which[i])) {
                    pairQuestion.add(q);
                    pairTarget.add(i);
                }
            }
        }
        int pairs = pairQuestion.size();
        long[][] pairCounts = new long[pairs][];
        int[][] pairsOfQuestion = new int[questionStatements.length][];
        {
            int[] count = new int[questionStatements.length];
            for (int k = 0; k < pairs; k++) {
                pairCounts[k] = new long[answers[pairQuestion.get(k)].length];
                count[pairQuestion.get(k)]++;
            }
            for (int q = 0; q < count.length; q++) {
                pairsOfQuestion[q] = new int[count[q]];
                count[q] = 0;
            }
            for (int k = 0; k < pairs; k++) {
                int q = pairQuestion.get(k);
                pairsOfQuestion[q][count[q]++] = k;
            }
        }
        long batches = (samples + 63) / 64;
        for (long b = 0; b < batches; b++) {
            long valid = b == batches - 1 && samples % 64 != 0 ? (1L << (samples % 64)) - 1 : -1L;
            for (int v = 0; v < vars; v++) {
                worlds.variables[v] = bernoulli(random[v], bits[v]);
                holds[v] += Long.bitCount(worlds.variables[v] & valid);
            }
            events.run();
            for (int i = 0; i < which.length; i++) {
                int l = local[targets[which[i]]];
                long in = events.in[l] & valid;
                long sup = events.supported[l] & valid;
                hitsIn[i] += Long.bitCount(in);
                hitsSup[i] += Long.bitCount(sup);
                if (under[i] != null) {
                    int[] u = under[i];
                    for (int j = 0; j < u.length; j++) {
                        long x = worlds.variables[u[j]];
                        withIn[i][j] += Long.bitCount(in & x);
                        withSup[i][j] += Long.bitCount(sup & x);
                    }
                }
            }
            for (int q = 0; q < questionStatements.length; q++) {
                int[] qs = questionStatements[q];
                if (pairsOfQuestion[q].length == 0) {
                    continue;
                }
                for (int a = 0; a < answers[q].length; a++) {
                    long mask = valid;
                    for (int j = 0; j < qs.length; j++) {
                        int s = qs[j];
                        long e = cone.kind[s] == Cone.LEAF ? worlds.variables[cone.variable[s]] : events.supported[s];
                        mask &= (a >> j & 1) == 1 ? e : ~e;
                    }
                    answers[q][a] += Long.bitCount(mask);
                    for (int k : pairsOfQuestion[q]) {
                        pairCounts[k][a] += Long.bitCount(mask & events.in[local[targets[which[pairTarget.get(k)]]]]);
                    }
                }
            }
        }
        for (int i = 0; i < which.length; i++) {
            int target = which[i];
            if (figures[target] == null) {
                List<Sensitivity> all = new ArrayList<>();
                if (under[i] != null) {
                    for (int j = 0; j < under[i].length; j++) {
                        int v = under[i][j];
                        long n1 = holds[v];
                        long n0 = samples - n1;
                        Double dIn = null;
                        Double dSup = null;
                        double eIn = 0;
                        double eSup = 0;
                        if (n1 > 0 && n0 > 0) {
                            double in1 = (double) withIn[i][j] / n1;
                            double in0 = (double) (hitsIn[i] - withIn[i][j]) / n0;
                            double sup1 = (double) withSup[i][j] / n1;
                            double sup0 = (double) (hitsSup[i] - withSup[i][j]) / n0;
                            dIn = in1 - in0;
                            dSup = sup1 - sup0;
                            eIn = Math.sqrt(in1 * (1 - in1) / n1 + in0 * (1 - in0) / n0);
                            eSup = Math.sqrt(sup1 * (1 - sup1) / n1 + sup0 * (1 - sup0) / n0);
                        }
                        all.add(new Sensitivity(graph.statementId(cone.statement[cone.leafOf[v]]), credence[v], dIn,
                                dSup, eIn, eSup));
                    }
                }
                figures[target] = CredencePropagation.statement(graph.statementId(targets[target]), Method.SAMPLED,
                        Estimate.sampled(hitsSup[i], samples), Estimate.sampled(hitsIn[i], samples),
                        under[i] == null ? -1 : under[i].length, all, under[i] == null, samples, options.top());
            }
        }
        for (int k = 0; k < pairs; k++) {
            int q = pairQuestion.get(k);
            int i = pairTarget.get(k);
            double p = (double) hitsIn[i] / samples;
            double total = 0;
            for (int a = 0; a < answers[q].length; a++) {
                total += Math.abs((double) pairCounts[k][a] / samples - (double) answers[q][a] / samples * p);
            }
            values.put(q, which[i], total, Method.SAMPLED);
        }
    }

    /**
     * 64 independent bits, each 1 with probability bits / 2^32: from the lowest set bit of the
     * fixed-point credence up, each step ORs (bit 1) or ANDs (bit 0) a fresh random word, so a
     * bit is 1 with the probability the binary fraction spells. Exact for a credence that is a
     * multiple of 2^-32 (0.5 takes one word); otherwise off by less than 2^-33.
     */
    static long bernoulli(SplittableRandom random, long bits) {
        if (bits <= 0) {
            return 0;
        }
        if (bits >= 1L << 32) {
            return -1L;
        }
        long word = 0;
        for (int j = Long.numberOfTrailingZeros(bits); j < 32; j++) {
            long r = random.nextLong();
            word = (bits >> j & 1) == 1 ? word | r : word & r;
        }
        return word;
    }
}
