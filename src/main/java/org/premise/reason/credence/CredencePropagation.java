package org.premise.reason.credence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

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
        boolean workCut = exact(graph, cone, credence, targetIndex, local, questionStatements, options, figures, values);

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
            sample(graph, kind, credences, targetIndex, sampled.toArray(), options, figures, values);
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
            reasons.sort(Comparator.comparingDouble(QuestionReason::value).reversed()
                    .thenComparing(QuestionReason::statement));
            ranked.add(new QuestionValue(graph.questions().get(q), total, List.copyOf(reasons), questionCut[q]));
        }
        ranked.sort(Comparator.comparingDouble(QuestionValue::value).reversed().thenComparing(QuestionValue::question));
        return new CredenceResult(List.of(figures), List.copyOf(ranked), used, options, workCut);
    }

    /**
     * Values of information found so far, per question only for the asked statements it can
     * change (a question and a statement that share no leaf are independent: its value is 0),
     * and which asked statements still need the sampler for some of theirs.
     */
    private static final class Values {
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
    private static IntList[] questionsByVariable(int variables, int[][] questionVariables) {
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
    private static int[] questionsSharing(int[] variables, IntList[] byVariable) {
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

    private static int index(ArgumentGraph graph, String id) {
        int s = graph.statementIndex(id);
        if (s < 0) {
            throw new IllegalArgumentException("unknown statement: " + id);
        }
        return s;
    }

    // ---- exact: decision diagrams

    /** Runs the exact pass on a thread with a deep stack (the diagram package recurses once per level). */
    private static boolean exact(ArgumentGraph graph, Cone cone, double[] credence, int[] targets, int[] local,
            int[][] questionStatements, Options options, StatementCredence[] figures, Values values) {
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
            int[][] questionStatements, Options options, StatementCredence[] figures, Values values) {
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
        IntList[] byVariable = questionsByVariable(cone.variables(), questionVariables);
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
            figures[i] = statement(graph.statementId(targets[i]), Method.EXACT, Estimate.exact(pSup),
                    Estimate.exact(pIn), leaves.size(), all, false, 0, options.top());
            // Value of information of each question whose statements share a leaf with this one
            // (the others are independent of it: 0). A question whose events are unknown is left
            // to the sampler.
            values.needsSampling[i] |= anyUnknown;
            for (int q : questionsSharing(supportIn, byVariable)) {
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

    private static StatementCredence statement(String id, Method method, Estimate sup, Estimate in, int leaves,
            List<Sensitivity> all, boolean cut, long samples, int top) {
        List<Sensitivity> sorted = new ArrayList<>();
        for (Sensitivity s : all) {
            if (method == Method.SAMPLED || Math.abs(s.in()) > 1e-15 || Math.abs(s.supported()) > 1e-15) {
                sorted.add(s);
            }
        }
        sorted.sort(Comparator.comparingDouble((Sensitivity s) -> s.in() == null ? -1 : Math.abs(s.in())).reversed()
                .thenComparing(Comparator.comparingDouble(
                        (Sensitivity s) -> s.supported() == null ? -1 : Math.abs(s.supported())).reversed())
                .thenComparing(Sensitivity::leaf));
        boolean more = sorted.size() > top;
        return new StatementCredence(id, method, sup, in, leaves,
                List.copyOf(sorted.subList(0, Math.min(top, sorted.size()))), cut || more, samples);
    }

    // ---- sampled: 64 worlds per word

    private static void sample(ArgumentGraph graph, byte[] kind, Map<String, Double> credences, int[] targets,
            int[] which, Options options, StatementCredence[] figures, Values values) {
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
        long budget = WALK_BUDGET;
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
                        && in.size() < MAX_CONDITIONED) {
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
        IntList[] byVariable = questionsByVariable(vars, questionVariables);
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
            for (int q : questionsSharing(under[i], byVariable)) {
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
                figures[target] = statement(graph.statementId(targets[target]), Method.SAMPLED,
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
