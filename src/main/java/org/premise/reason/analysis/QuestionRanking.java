package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Open questions ranked by what their answer could overturn.
 *
 * <p>For question q and conclusion c, k(q,c) is 1 if q bears directly on c, otherwise the size
 * of the smallest defeat set of c that contains a statement q bears on (infinite if none):
 * k leaves would have to fall, one of them through q, for c to lose its support. A question's
 * {@code overturns} is the number of conclusions with k = 1 and its {@code weight} is the sum
 * of 1/k over the conclusions. Questions are ranked by overturns (descending), then weight
 * (descending), then id. Each question keeps its reasons: which conclusion, through which
 * statement, with which k; a reason is {@code approximate} when the conclusion's defeat sets
 * are truncated (k is then an upper bound).
 */
public final class QuestionRanking {

    /** Why a question matters for one conclusion. */
    public record Reason(String conclusion, String through, int k, boolean approximate) {
    }

    /** A question's score and the reasons behind it. */
    public record RankedQuestion(String question, int overturns, double weight, List<Reason> reasons) {
    }

    private final ArgumentGraph graph;
    /** conclusion position -> reasons as triples (question, through, k), flattened. */
    final int[][] reasons;
    final boolean[] approximate;
    final int[] overturns;
    final double[] weight;
    private List<RankedQuestion> ranked;

    private QuestionRanking(ArgumentGraph graph, int[][] reasons, boolean[] approximate) {
        this.graph = graph;
        this.reasons = reasons;
        this.approximate = approximate;
        int q = graph.questionIds.length;
        overturns = new int[q];
        weight = new double[q];
        // Summed in conclusion order, so an incremental update gives bit-identical weights.
        for (int[] triples : reasons) {
            for (int i = 0; i < triples.length; i += 3) {
                int question = triples[i];
                int k = triples[i + 2];
                weight[question] += 1.0 / k;
                if (k == 1) {
                    overturns[question]++;
                }
            }
        }
    }

    static QuestionRanking compute(ArgumentGraph graph, DefeatSets defeat) {
        int[][] reasons = new int[graph.conclusions.length][];
        boolean[] approximate = new boolean[graph.conclusions.length];
        for (int ci = 0; ci < reasons.length; ci++) {
            int c = graph.conclusions[ci];
            reasons[ci] = reasonsFor(graph, defeat, c);
            approximate[ci] = defeat.truncated[c];
        }
        return new QuestionRanking(graph, reasons, approximate);
    }

    /** This ranking with the reasons of the changed conclusions recomputed. */
    QuestionRanking update(DefeatSets defeat, boolean[] changed) {
        int[][] r = reasons.clone();
        boolean[] a = approximate.clone();
        for (int ci = 0; ci < r.length; ci++) {
            int c = graph.conclusions[ci];
            if (changed[c]) {
                r[ci] = reasonsFor(graph, defeat, c);
                a[ci] = defeat.truncated[c];
            }
        }
        return new QuestionRanking(graph, r, a);
    }

    private static int[] reasonsFor(ArgumentGraph graph, DefeatSets defeat, int c) {
        Map<Integer, int[]> best = new TreeMap<>();
        for (int q : graph.questionsOn[c]) {
            best.put(q, new int[] {c, 1});
        }
        for (int[] set : defeat.sets[c]) {
            for (int x : set) {
                for (int q : graph.questionsOn[x]) {
                    int[] current = best.get(q);
                    if (current == null || set.length < current[1]) {
                        best.put(q, new int[] {x, set.length});
                    }
                }
            }
        }
        int[] triples = new int[best.size() * 3];
        int i = 0;
        for (Map.Entry<Integer, int[]> e : best.entrySet()) {
            triples[i++] = e.getKey();
            triples[i++] = e.getValue()[0];
            triples[i++] = e.getValue()[1];
        }
        return triples;
    }

    /** All open questions, best first. */
    public synchronized List<RankedQuestion> ranked() {
        if (ranked == null) {
            List<List<Reason>> why = new ArrayList<>();
            for (int q = 0; q < graph.questionIds.length; q++) {
                why.add(new ArrayList<>());
            }
            for (int ci = 0; ci < reasons.length; ci++) {
                int[] triples = reasons[ci];
                for (int i = 0; i < triples.length; i += 3) {
                    why.get(triples[i]).add(new Reason(graph.ids[graph.conclusions[ci]], graph.ids[triples[i + 1]],
                            triples[i + 2], approximate[ci]));
                }
            }
            List<RankedQuestion> out = new ArrayList<>();
            for (int q = 0; q < graph.questionIds.length; q++) {
                out.add(new RankedQuestion(graph.questionIds[q], overturns[q], weight[q],
                        Collections.unmodifiableList(why.get(q))));
            }
            out.sort(Comparator.comparingInt(RankedQuestion::overturns).reversed()
                    .thenComparing(Comparator.comparingDouble(RankedQuestion::weight).reversed())
                    .thenComparing(RankedQuestion::question));
            ranked = Collections.unmodifiableList(out);
        }
        return ranked;
    }

    /** One question's entry. */
    public RankedQuestion question(String question) {
        for (RankedQuestion r : ranked()) {
            if (r.question().equals(question)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown open question: " + question);
    }

    /** A question's weight (the sum of 1/k over the conclusions). */
    public double weight(String question) {
        Integer q = graph.questionIndex.get(question);
        if (q == null) {
            throw new IllegalArgumentException("unknown open question: " + question);
        }
        return weight[q];
    }
}
