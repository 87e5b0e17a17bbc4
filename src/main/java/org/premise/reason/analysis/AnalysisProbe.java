package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a benchmark or a consistency check reads of an analysis beyond its answers: the shape
 * of its argument graph, the work its searches did, and whether two analyses agree answer for
 * answer. Reads only; answers nothing a command prints.
 */
public final class AnalysisProbe {
    private AnalysisProbe() {}

    /** How many attack edges (undercuts and rebuts, counted per attacker) the graph has. */
    public static int attackEdges(ArgumentGraph graph) {
        int attacks = 0;
        for (int[] a : graph.attackersOf) {
            attacks += a.length;
        }
        return attacks;
    }

    /** How many strongly connected components of the support graph are cycles. */
    public static int supportCycles(ArgumentGraph graph) {
        int cyclic = 0;
        for (boolean c : graph.components.cyclic) {
            cyclic += c ? 1 : 0;
        }
        return cyclic;
    }

    /** How many open questions the graph has. */
    public static int questions(ArgumentGraph graph) {
        return graph.questionIds.length;
    }

    /** How many conclusions the graph has. */
    public static int conclusions(ArgumentGraph graph) {
        return graph.conclusions.length;
    }

    /** The ids of the leaves (statements no argument concludes), in index order. */
    public static List<String> leaves(ArgumentGraph graph) {
        List<String> leaves = new ArrayList<>();
        for (int s = 0; s < graph.size(); s++) {
            if (graph.leaf[s]) {
                leaves.add(graph.ids[s]);
            }
        }
        return leaves;
    }

    /** Answers what a report prints: each conclusion's support sets, linchpins and defeat sets, and the ranking. */
    public static void answerReport(Analysis a) {
        for (int c : a.graph.conclusions) {
            a.support.sets(c);
            a.support.linchpins(c);
            a.defeat.sets(c);
        }
        a.questionRanking().ranked();
    }

    /** Answers everything for every statement (the old eager full analysis). */
    public static void answerEverything(Analysis a) {
        for (int s = 0; s < a.graph.size(); s++) {
            a.support.sets(s);
            a.support.linchpins(s);
            a.defeat.sets(s);
        }
        a.questionRanking().ranked();
    }

    /** How many statements' support sets were cut at the cap (after {@link #answerEverything}). */
    public static int truncatedSupport(Analysis a) {
        int truncated = 0;
        for (int s = 0; s < a.graph.size(); s++) {
            truncated += a.support.truncated(s) ? 1 : 0;
        }
        return truncated;
    }

    /** How many statements' defeat sets were cut at the cap (after {@link #answerEverything}). */
    public static int truncatedDefeat(Analysis a) {
        int truncated = 0;
        for (int s = 0; s < a.graph.size(); s++) {
            truncated += a.defeat.truncated(s) ? 1 : 0;
        }
        return truncated;
    }

    /** The most support-search steps any one statement took. */
    public static long mostSupportWork(Analysis a) {
        long work = 0;
        for (int i = 0; i < a.graph.size(); i++) {
            work = Math.max(work, a.support.family(i).work());
        }
        return work;
    }

    /** The defeat-search steps one statement took. */
    public static long defeatWork(Analysis a, String id) {
        return a.defeat.listing(a.graph.indexOf(id)).work();
    }

    /** Whether two analyses of the same graph give the same answers: sets, linchpins, statuses and question weights. */
    public static boolean same(Analysis a, Analysis b) {
        for (int s = 0; s < a.graph.size(); s++) {
            if (!Arrays.deepEquals(a.support.sets(s), b.support.sets(s))
                    || a.support.truncated(s) != b.support.truncated(s)
                    || !Arrays.equals(a.support.linchpins(s), b.support.linchpins(s))
                    || !Arrays.deepEquals(a.defeat.sets(s), b.defeat.sets(s))
                    || a.defeat.truncated(s) != b.defeat.truncated(s)
                    || a.status.label(s) != b.status.label(s)) {
                return false;
            }
        }
        for (int q = 0; q < a.graph.questionIds.length; q++) {
            if (Double.compare(a.questionRanking().weight(q), b.questionRanking().weight(q)) != 0) {
                return false;
            }
        }
        return true;
    }
}
