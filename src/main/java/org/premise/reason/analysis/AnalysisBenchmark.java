package org.premise.reason.analysis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Measures, on one generated graph ({@link RandomArgumentGraphs}), the time to build it, to
 * analyse it fully (support sets, linchpins, defeat sets, statuses, question ranking), and to
 * answer a one-assumption what-if incrementally (a leaf chosen at random for each repetition,
 * including the change reports). Prints medians and the ratio full/what-if, and checks one
 * what-if against a from-scratch analysis.
 */
public final class AnalysisBenchmark {
    private AnalysisBenchmark() {
    }

    /** {@code AnalysisBenchmark [statements [seed [repetitions]]]}, defaults 100000, 42, 50. */
    public static void main(String[] args) {
        int statements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        PrintWriter out = new PrintWriter(System.out, true);
        run(out, statements, seed, repetitions);
        out.flush();
    }

    /** Runs the benchmark and prints the figures to out. */
    public static void run(PrintWriter out, int statements, long seed, int repetitions) {
        long t0 = System.nanoTime();
        ArgumentGraph graph = RandomArgumentGraphs.generate(seed, statements);
        long buildNanos = System.nanoTime() - t0;
        int attacks = 0;
        for (int[] a : graph.attackersOf) {
            attacks += a.length;
        }
        int cyclic = 0;
        for (boolean c : graph.components.cyclic) {
            cyclic += c ? 1 : 0;
        }
        out.printf("graph: %d statements, %d arguments, %d attack edges, %d support cycles (SCCs), %d questions,"
                + " %d conclusions, seed %d%n", graph.size(), graph.argumentCount(), attacks, cyclic,
                graph.questionIds.length, graph.conclusions.length, seed);
        out.printf("generate + build graph:   %10.1f ms%n", buildNanos / 1e6);

        int fullRuns = Math.max(1, Math.min(3, repetitions));
        long[] full = new long[fullRuns];
        Analysis baseline = null;
        for (int i = 0; i < fullRuns; i++) {
            long s = System.nanoTime();
            baseline = Analysis.compute(graph);
            full[i] = System.nanoTime() - s;
        }
        int truncatedSupport = 0;
        int truncatedDefeat = 0;
        for (int s = 0; s < graph.size(); s++) {
            truncatedSupport += baseline.support.truncated(s) ? 1 : 0;
            truncatedDefeat += baseline.defeat.truncated(s) ? 1 : 0;
        }
        out.printf("full analysis (median of %d): %10.1f ms  (truncated: %d support, %d defeat)%n", fullRuns,
                median(full) / 1e6, truncatedSupport, truncatedDefeat);

        List<Integer> leaves = new ArrayList<>();
        for (int s = 0; s < graph.size(); s++) {
            if (graph.leaf[s]) {
                leaves.add(s);
            }
        }
        Random r = new Random(seed + 1);
        long[] whatIf = new long[repetitions];
        int[] region = new int[repetitions];
        for (int i = 0; i < repetitions; i++) {
            String leaf = graph.ids[leaves.get(r.nextInt(leaves.size()))];
            long s = System.nanoTime();
            WhatIf w = baseline.whatIf(List.of(leaf), List.of());
            w.lostSupport();
            w.keptSupport();
            w.statusChanges();
            w.questionsMatteringMore();
            whatIf[i] = System.nanoTime() - s;
            region[i] = w.recomputedStatements();
            if (i == 0) {
                Analysis scratch = Analysis.compute(graph, List.of(leaf), List.of());
                out.printf("check: incremental what-if (retract %s) == from scratch: %b%n", leaf,
                        same(scratch, w.hypothetical()));
            }
        }
        double med = median(whatIf) / 1e6;
        long[] sorted = whatIf.clone();
        Arrays.sort(sorted);
        out.printf("what-if, retract 1 leaf (median of %d): %7.3f ms  (p90 %.3f ms, max %.3f ms;"
                + " recomputed statements: median %d, mean %.0f)%n", repetitions, med,
                sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))] / 1e6,
                sorted[sorted.length - 1] / 1e6, (long) medianInt(region),
                Arrays.stream(region).average().orElse(0));
        out.printf("ratio full / what-if (medians): %.0fx%n", median(full) / 1e6 / med);
    }

    private static boolean same(Analysis a, Analysis b) {
        for (int s = 0; s < a.graph.size(); s++) {
            if (!Arrays.deepEquals(a.support.sets(s), b.support.sets(s))
                    || a.support.truncated(s) != b.support.truncated(s)
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

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    private static double medianInt(int[] values) {
        long[] v = Arrays.stream(values).asLongStream().toArray();
        return median(v);
    }
}
