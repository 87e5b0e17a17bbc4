package org.premise.reason.credence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.premise.ints.IntList;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.credence.CredenceResult.Estimate;
import org.premise.reason.credence.CredenceResult.Method;
import org.premise.reason.credence.CredenceResult.QuestionReason;
import org.premise.reason.credence.CredenceResult.QuestionValue;
import org.premise.reason.credence.CredenceResult.Sensitivity;
import org.premise.reason.credence.CredenceResult.StatementCredence;

/**
 * Credence propagation: each leaf holds with its credence, independently of the others; in
 * each world (a choice of which leaves hold) the analysis of docs/semantics.md applies
 * unchanged, and a statement's probability of being supported, or IN, is the probability of
 * the worlds where it is. See docs/semantics.md, "Credence", for the model and its limits.
 *
 * <p>Exact where it can be: the events of every statement the asked ones depend on are built
 * as binary decision diagrams, in dependency order ({@link Diagrams}, {@link Labelling}); a
 * statement whose diagram would pass {@link Options#exactLimit()} nodes, or that the diagrams'
 * work limit does not reach, is sampled instead: {@link Options#samples()} worlds drawn with
 * a fixed seed, evaluated 64 at a time with one bit per world, reported with a 95% interval.
 * Every figure says which method gave it.
 */
public final class CredencePropagation {
    /** At most this many statements of one question are conditioned on together (2^4 answers). */
    static final int MAX_CONDITIONED = 4;
    /** Steps allowed to find the leaves under the sampled statements (for their sensitivities). */
    static final long WALK_BUDGET = 20_000_000;

    /**
     * The limits of one computation.
     *
     * @param exactLimit the most nodes the decision diagram of a statement asked about may have
     *        for an exact answer (0: sample everything that is not constant); the exact pass may
     *        spend at most {@code 16 * exactLimit + 32 * (statements in the cone)} units of work
     *        (node lookups, operations, nodes read)
     * @param samples worlds sampled when sampling
     * @param seed the seed of the sampling: the same seed, graph and credences give the same figures
     * @param top sensitivities listed per statement
     */
    public record Options(long exactLimit, int samples, long seed, int top) {
        public static final Options DEFAULT = new Options(100_000, 10_000, 1, 5);

        public Options {
            if (exactLimit < 0 || samples < 1 || top < 0) {
                throw new IllegalArgumentException("exactLimit >= 0, samples >= 1 and top >= 0");
            }
        }
    }

    private CredencePropagation() {
    }

    /**
     * The credence figures of the targets (statement ids) and the value of information of
     * every open question for them.
     *
     * @param credences the credence of each leaf by id; a leaf not in the map holds with 0.5
     * @param retract statements that fail in every world (OUT, supporting nothing)
     * @param assume statements that stand alone in every world
     */
    public static CredenceResult compute(ArgumentGraph graph, Map<String, Double> credences, List<String> targets,
            Collection<String> retract, Collection<String> assume, Options options) {
        int n = graph.size();
        byte[] kind = new byte[n];
        for (int s = 0; s < n; s++) {
            kind[s] = graph.isLeafAt(s) ? Cone.LEAF : Cone.CLAIM;
        }
        for (String id : assume) {
            kind[index(graph, id)] = Cone.STANDS;
        }
        for (String id : retract) {
            int s = index(graph, id);
            if (kind[s] == Cone.STANDS) {
                throw new IllegalArgumentException("a statement cannot be both retracted and assumed: " + id);
            }
            kind[s] = Cone.RETRACTED;
        }
        int[] targetIndex = targets.stream().mapToInt(id -> index(graph, id)).toArray();
        Cone cone = Cone.of(graph, kind, targetIndex);
        double[] credence = new double[cone.variables()];
        Map<String, Double> used = new LinkedHashMap<>();
        for (int v = 0; v < credence.length; v++) {
            String id = graph.statementId(cone.statement[cone.leafOf[v]]);
            credence[v] = credences.getOrDefault(id, 0.5);
            if (!(credence[v] >= 0 && credence[v] <= 1)) {
                throw new IllegalArgumentException("credence of " + id + " outside [0, 1]: " + credence[v]);
            }
            used.put(id, credence[v]);
        }
        int[] local = new int[n];
        Arrays.fill(local, -1);
        for (int l = 0; l < cone.size; l++) {
            local[cone.statement[l]] = l;
        }
        // Each question's statements within the cone (others cannot change a target, see the docs).
        int questions = graph.questions().size();
        int[][] questionStatements = new int[questions][];
        boolean[] questionCut = new boolean[questions];
        for (int q = 0; q < questions; q++) {
            IntList in = new IntList();
            for (int s : graph.questionTargets(q)) {
                if (local[s] >= 0 && (cone.kind[local[s]] == Cone.LEAF || cone.kind[local[s]] == Cone.CLAIM)) {
                    if (in.size() == MAX_CONDITIONED) {
                        questionCut[q] = true;
                    } else {
                        in.add(local[s]);
                    }
                }
            }
            questionStatements[q] = in.toArray();
        }

        int t = targetIndex.length;
        StatementCredence[] figures = new StatementCredence[t];
        Values values = new Values(questions, t);
        boolean workCut = ExactPass.run(graph, cone, credence, targetIndex, local, questionStatements, options, figures, values);

        // Everything the exact pass did not settle is sampled together.
        IntList sampled = new IntList();
        for (int i = 0; i < t; i++) {
            if (figures[i] == null) {
                values.needsSampling[i] = true;
            }
            if (values.needsSampling[i]) {
                sampled.add(i);
            }
        }
        if (!sampled.isEmpty()) {
            Sampler.run(graph, kind, credences, targetIndex, sampled.toArray(), options, figures, values);
        }

        List<QuestionValue> ranked = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            double total = 0;
            List<QuestionReason> reasons = new ArrayList<>();
            for (Map.Entry<Integer, Double> e : new java.util.TreeMap<>(values.value.get(q)).entrySet()) {
                if (e.getValue() > 0) {
                    total += e.getValue();
                    reasons.add(new QuestionReason(targets.get(e.getKey()), e.getValue(),
                            values.method.get(q).get(e.getKey())));
                }
            }
            reasons.sort(Comparator.comparingLong((QuestionReason r) -> rounded(r.value())).reversed()
                    .thenComparing(QuestionReason::statement));
            ranked.add(new QuestionValue(graph.questions().get(q), total, List.copyOf(reasons), questionCut[q]));
        }
        ranked.sort(Comparator.comparingLong((QuestionValue q) -> rounded(q.value())).reversed()
                .thenComparing(QuestionValue::question));
        return new CredenceResult(List.of(figures), List.copyOf(ranked), used, options, workCut);
    }

    /**
     * Values of information found so far, per question only for the asked statements it can
     * change (a question and a statement that share no leaf are independent: its value is 0),
     * and which asked statements still need the sampler for some of theirs.
     */
    static final class Values {
        final List<Map<Integer, Double>> value = new ArrayList<>();
        final List<Map<Integer, Method>> method = new ArrayList<>();
        final boolean[] needsSampling;

        Values(int questions, int targets) {
            for (int q = 0; q < questions; q++) {
                value.add(new java.util.HashMap<>());
                method.add(new java.util.HashMap<>());
            }
            needsSampling = new boolean[targets];
        }

        void put(int q, int target, double v, Method m) {
            value.get(q).put(target, v);
            method.get(q).put(target, m);
        }

        boolean has(int q, int target) {
            return value.get(q).containsKey(target);
        }
    }

    /** variable -> the questions whose statements depend on it, from each question's variables. */
    static IntList[] questionsByVariable(int variables, int[][] questionVariables) {
        IntList[] out = new IntList[variables];
        for (int q = 0; q < questionVariables.length; q++) {
            if (questionVariables[q] == null) {
                continue;
            }
            for (int v : questionVariables[q]) {
                if (out[v] == null) {
                    out[v] = new IntList();
                }
                if (out[v].isEmpty() || out[v].get(out[v].size() - 1) != q) {
                    out[v].add(q);
                }
            }
        }
        return out;
    }

    /** The questions among those indexed that depend on one of the variables, ascending. */
    static int[] questionsSharing(int[] variables, IntList[] byVariable) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (int v : variables) {
            IntList qs = byVariable[v];
            if (qs != null) {
                for (int i = 0; i < qs.size(); i++) {
                    out.add(qs.get(i));
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A value in units of 10^-12, for ranking: ties closer than that fall to the next key. */
    static long rounded(double value) {
        return Math.round(value * 1e12);
    }

    private static int index(ArgumentGraph graph, String id) {
        int s = graph.statementIndex(id);
        if (s < 0) {
            throw new IllegalArgumentException("unknown statement: " + id);
        }
        return s;
    }

    static StatementCredence statement(String id, Method method, Estimate sup, Estimate in, int leaves,
            List<Sensitivity> all, boolean cut, long samples, int top) {
        List<Sensitivity> sorted = new ArrayList<>();
        for (Sensitivity s : all) {
            if (method == Method.SAMPLED || Math.abs(s.in()) > 1e-15 || Math.abs(s.supported()) > 1e-15) {
                sorted.add(s);
            }
        }
        // Ranked on values rounded to 12 decimals: equal importances computed along different
        // paths differ in the last bits, and a tie should fall to the key, not to rounding.
        sorted.sort(Comparator.comparingLong((Sensitivity s) -> s.in() == null ? -1 : rounded(Math.abs(s.in()))).reversed()
                .thenComparing(Comparator.comparingLong(
                        (Sensitivity s) -> s.supported() == null ? -1 : rounded(Math.abs(s.supported()))).reversed())
                .thenComparing(Sensitivity::leaf));
        boolean more = sorted.size() > top;
        return new StatementCredence(id, method, sup, in, leaves,
                List.copyOf(sorted.subList(0, Math.min(top, sorted.size()))), cut || more, samples);
    }
}
