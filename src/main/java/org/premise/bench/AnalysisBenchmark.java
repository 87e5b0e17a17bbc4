package org.premise.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.premise.reason.analysis.Analysis;
import org.premise.reason.analysis.AnalysisProbe;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.analysis.RandomArgumentGraphs;
import org.premise.reason.analysis.WhatIf;

/**
 * Measures, on one generated graph ({@link RandomArgumentGraphs}): the time to build it; to
 * compute an analysis (only statuses and supportability are eager); to answer what a report
 * prints (the conclusions' support sets, linchpins and defeat sets, and the question ranking);
 * to answer everything for every statement (the old eager full analysis); and to answer a
 * one-leaf what-if incrementally on that full baseline (a leaf chosen at random each time,
 * including the change reports, after 50 untimed ones), with percentiles and the ratios. Also the top of a ladder of 300 two-way choices
 * (2^300 support sets), answered within the work budget. Prints, asserts nothing; checks one
 * what-if against a from-scratch analysis.
 */
public final class AnalysisBenchmark {
    /** What-ifs timed for the percentiles: at least this many seeded-random leaves. */
    private static final int WHAT_IF_SAMPLE = 200;
    private static final int WHAT_IF_WARM_UP = 50;
    private static final int LADDER_RUNGS = 300;

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

    /** Runs the benchmark and prints the figures to out; what-ifs are timed max(repetitions, 200) times. */
    public static void run(PrintWriter out, int statements, long seed, int repetitions) {
        long t0 = System.nanoTime();
        ArgumentGraph graph = RandomArgumentGraphs.generate(seed, statements);
        long buildNanos = System.nanoTime() - t0;
        int attacks = AnalysisProbe.attackEdges(graph);
        int cyclic = AnalysisProbe.supportCycles(graph);
        out.printf("graph: %d statements, %d arguments, %d attack edges, %d support cycles (SCCs), %d questions,"
                + " %d conclusions, seed %d%n", graph.size(), graph.argumentCount(), attacks, cyclic,
                AnalysisProbe.questions(graph), AnalysisProbe.conclusions(graph), seed);
        out.printf("generate + build graph:   %10.1f ms%n", buildNanos / 1e6);

        int runs = Math.max(1, Math.min(3, repetitions));
        long[] eager = new long[runs];
        long[] report = new long[runs];
        long[] full = new long[runs];
        Analysis baseline = null;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            Analysis a = Analysis.compute(graph);
            eager[i] = System.nanoTime() - s;
            AnalysisProbe.answerReport(a);
            report[i] = System.nanoTime() - s;
            s = System.nanoTime();
            baseline = Analysis.compute(graph);
            AnalysisProbe.answerEverything(baseline);
            full[i] = System.nanoTime() - s;
        }
        int truncatedSupport = AnalysisProbe.truncatedSupport(baseline);
        int truncatedDefeat = AnalysisProbe.truncatedDefeat(baseline);
        out.printf("Analysis.compute, eager part (median of %d): %8.1f ms%n", runs, median(eager) / 1e6);
        out.printf("report view: conclusions + ranking (median of %d): %8.1f ms%n", runs, median(report) / 1e6);
        out.printf("full analysis, every answer for every statement (median of %d): %8.1f ms"
                + "  (truncated: %d support, %d defeat)%n", runs, median(full) / 1e6, truncatedSupport, truncatedDefeat);

        List<String> leaves = AnalysisProbe.leaves(graph);
        // Untimed what-ifs on other leaves first, so the percentiles measure compiled code.
        Random warmUp = new Random(seed + 2);
        for (int i = 0; i < WHAT_IF_WARM_UP; i++) {
            WhatIf w = baseline.whatIf(List.of(leaves.get(warmUp.nextInt(leaves.size()))), List.of());
            w.keptSupport();
            w.questionsMatteringMore();
        }
        Random r = new Random(seed + 1);
        int sample = Math.max(repetitions, WHAT_IF_SAMPLE);
        long[] whatIf = new long[sample];
        int[] region = new int[sample];
        for (int i = 0; i < sample; i++) {
            String leaf = leaves.get(r.nextInt(leaves.size()));
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
                        AnalysisProbe.same(scratch, w.hypothetical()));
            }
        }
        double med = median(whatIf) / 1e6;
        double p99 = percentile(whatIf, 0.99) / 1e6;
        out.printf("what-if, retract 1 leaf (%d seeded-random leaves, full baseline): median %.3f ms, p90 %.3f ms,"
                + " p99 %.3f ms, max %.3f ms; recomputed statements: median %d, mean %.0f%n", sample, med,
                percentile(whatIf, 0.9) / 1e6, p99, percentile(whatIf, 1.0) / 1e6, (long) medianInt(region),
                Arrays.stream(region).average().orElse(0));
        out.printf("ratio full / what-if: %.0fx (median), %.0fx (p99)%n", median(full) / 1e6 / med,
                median(full) / 1e6 / p99);
        ladder(out);
    }

    /** The top of a ladder of two-way choices: its answers from a fresh analysis, and the work they took. */
    private static void ladder(PrintWriter out) {
        ArgumentGraph.Builder b = ArgumentGraph.builder().leaf("c0");
        for (int i = 1; i <= LADDER_RUNGS; i++) {
            b.leaf("a" + i).leaf("b" + i).argument("c" + i, "c" + (i - 1), "a" + i)
                    .argument("c" + i, "c" + (i - 1), "b" + i);
        }
        ArgumentGraph g = b.build();
        String top = "c" + LADDER_RUNGS;
        long s = System.nanoTime();
        Analysis a = Analysis.compute(g);
        int supportSets = a.supportSets(top).size();
        int linchpins = a.linchpins(top).orElseThrow().size();
        int defeatSets = a.defeatSets(top).size();
        long nanos = System.nanoTime() - s;
        long supportWork = AnalysisProbe.mostSupportWork(a);
        out.printf("ladder %d (2^%d support sets at the top): %.1f ms for its support sets (%d listed, truncated %b),"
                + " linchpins (%d) and defeat sets (%d listed, truncated %b); most support steps per statement %d,"
                + " defeat steps %d%n", LADDER_RUNGS, LADDER_RUNGS, nanos / 1e6, supportSets,
                a.supportSets().isTruncated(top), linchpins, defeatSets, a.defeatSets().isTruncated(top), supportWork,
                AnalysisProbe.defeatWork(a, top));
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    /** The value at the given fraction of the sorted sample (nearest rank). */
    private static double percentile(long[] values, double fraction) {
        long[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(fraction * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    private static double medianInt(int[] values) {
        long[] v = Arrays.stream(values).asLongStream().toArray();
        return median(v);
    }
}
