package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /** One conclusion's reasons as triples (question, through, k), flattened and sorted by question. */
    private record ConclusionReasons(int[] triples, boolean approximate) {
    }

    /** One question's score. */
    private record Score(int overturns, double weight) {
    }

    private final ArgumentGraph graph;
    /** The from-scratch figures, shared by hypotheticals; see {@link Baseline}. */
    private final Baseline baseline;
    /** A hypothetical's recomputed conclusions, by conclusion position; none for a full analysis. */
    private final Overrides<ConclusionReasons> recomputed;
    /** A hypothetical's rescored questions; none for a full analysis. */
    private final Overrides<Score> rescored;
    private List<RankedQuestion> ranked;

    /**
     * The figures of a from-scratch ranking, plus the indexes a what-if needs to rescore only
     * the questions its recomputed conclusions mention.
     */
    private static final class Baseline {
        /** conclusion position -> its reasons. */
        final ConclusionReasons[] reasons;
        final int[] overturns;
        final double[] weight;
        /** question -> the conclusion positions it has a reason for, ascending. */
        final int[][] conclusionsOf;
        /** statement -> its conclusion position, or -1. */
        final int[] conclusionPosition;

        Baseline(ArgumentGraph graph, ConclusionReasons[] reasons) {
            this.reasons = reasons;
            int questions = graph.questionIds.length;
            overturns = new int[questions];
            weight = new double[questions];
            int[] count = new int[questions];
            // Summed in conclusion order; a rescore sums the same terms in the same order, so
            // weights are bit-identical to a from-scratch ranking.
            for (ConclusionReasons r : reasons) {
                int[] triples = r.triples();
                for (int i = 0; i < triples.length; i += 3) {
                    int question = triples[i];
                    int k = triples[i + 2];
                    weight[question] += 1.0 / k;
                    if (k == 1) {
                        overturns[question]++;
                    }
                    count[question]++;
                }
            }
            conclusionsOf = new int[questions][];
            for (int q = 0; q < questions; q++) {
                conclusionsOf[q] = new int[count[q]];
                count[q] = 0;
            }
            for (int ci = 0; ci < reasons.length; ci++) {
                int[] triples = reasons[ci].triples();
                for (int i = 0; i < triples.length; i += 3) {
                    int q = triples[i];
                    conclusionsOf[q][count[q]++] = ci;
                }
            }
            conclusionPosition = new int[graph.size()];
            Arrays.fill(conclusionPosition, -1);
            for (int ci = 0; ci < graph.conclusions.length; ci++) {
                conclusionPosition[graph.conclusions[ci]] = ci;
            }
        }
    }

    private QuestionRanking(ArgumentGraph graph, Baseline baseline, Overrides<ConclusionReasons> recomputed,
            Overrides<Score> rescored) {
        this.graph = graph;
        this.baseline = baseline;
        this.recomputed = recomputed;
        this.rescored = rescored;
    }

    static QuestionRanking compute(ArgumentGraph graph, DefeatSets defeat) {
        ConclusionReasons[] reasons = new ConclusionReasons[graph.conclusions.length];
        for (int ci = 0; ci < reasons.length; ci++) {
            reasons[ci] = reasonsOf(graph, defeat, graph.conclusions[ci]);
        }
        return new QuestionRanking(graph, new Baseline(graph, reasons), Overrides.none(), Overrides.none());
    }

    /**
     * This ranking with the reasons of the changed conclusions (those in the region)
     * recomputed, and only the questions those reasons mention, before or after, rescored.
     */
    QuestionRanking update(DefeatSets defeat, Region changed) {
        Map<Integer, ConclusionReasons> newReasons = new HashMap<>();
        Set<Integer> touched = new TreeSet<>();
        for (int c : changed.statements()) {
            int ci = baseline.conclusionPosition[c];
            if (ci < 0) {
                continue;
            }
            ConclusionReasons now = reasonsOf(graph, defeat, c);
            addQuestions(reasons(ci), touched);
            addQuestions(now, touched);
            newReasons.put(ci, now);
        }
        Overrides<ConclusionReasons> allReasons = recomputed.with(newReasons);
        Map<Integer, Score> newScores = new HashMap<>();
        for (int q : touched) {
            newScores.put(q, score(q, allReasons));
        }
        return new QuestionRanking(graph, baseline, allReasons, rescored.with(newScores));
    }

    private static void addQuestions(ConclusionReasons r, Set<Integer> out) {
        int[] triples = r.triples();
        for (int i = 0; i < triples.length; i += 3) {
            out.add(triples[i]);
        }
    }

    /**
     * The question's score over the from-scratch reasons with some conclusions' reasons
     * replaced: the same terms, added in conclusion order, as a from-scratch ranking would.
     */
    private Score score(int q, Overrides<ConclusionReasons> reasons) {
        Set<Integer> conclusions = new TreeSet<>(reasons.indices());
        for (int ci : baseline.conclusionsOf[q]) {
            conclusions.add(ci);
        }
        int overturns = 0;
        double weight = 0;
        for (int ci : conclusions) {
            ConclusionReasons r = reasons.get(ci);
            int[] triples = (r != null ? r : baseline.reasons[ci]).triples();
            for (int i = 0; i < triples.length; i += 3) {
                if (triples[i] == q) {
                    int k = triples[i + 2];
                    weight += 1.0 / k;
                    if (k == 1) {
                        overturns++;
                    }
                }
            }
        }
        return new Score(overturns, weight);
    }

    private ConclusionReasons reasons(int ci) {
        ConclusionReasons r = recomputed.get(ci);
        return r != null ? r : baseline.reasons[ci];
    }

    private int overturns(int q) {
        Score s = rescored.get(q);
        return s != null ? s.overturns() : baseline.overturns[q];
    }

    /** The question's weight by index. */
    double weight(int q) {
        Score s = rescored.get(q);
        return s != null ? s.weight() : baseline.weight[q];
    }

    /** Questions whose score may differ from the from-scratch ranking's, ascending. */
    Set<Integer> rescoredQuestions() {
        return new TreeSet<>(rescored.indices());
    }

    private static ConclusionReasons reasonsOf(ArgumentGraph graph, DefeatSets defeat, int c) {
        return new ConclusionReasons(reasonsFor(graph, defeat, c), defeat.truncated(c));
    }

    private static int[] reasonsFor(ArgumentGraph graph, DefeatSets defeat, int c) {
        Map<Integer, int[]> best = new TreeMap<>();
        for (int q : graph.questionsOn[c]) {
            best.put(q, new int[] {c, 1});
        }
        for (int[] set : defeat.sets(c)) {
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
            for (int ci = 0; ci < graph.conclusions.length; ci++) {
                ConclusionReasons r = reasons(ci);
                int[] triples = r.triples();
                for (int i = 0; i < triples.length; i += 3) {
                    why.get(triples[i]).add(new Reason(graph.ids[graph.conclusions[ci]], graph.ids[triples[i + 1]],
                            triples[i + 2], r.approximate()));
                }
            }
            List<RankedQuestion> out = new ArrayList<>();
            for (int q = 0; q < graph.questionIds.length; q++) {
                out.add(new RankedQuestion(graph.questionIds[q], overturns(q), weight(q),
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
        return weight(q);
    }
}
