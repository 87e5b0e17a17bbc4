package org.premise.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The goals of issue 8, read back from the lines one run of {@code bin/benchmark scale} appended
 * to {@code target/bench/results.tsv}, each said to be met, not met, or not measured in that run.
 * The verdicts use only figures the run measured; a goal whose size or shape was not in the run
 * is "not measured", never guessed.
 *
 * <pre>java -cp target/premise.jar org.premise.bench.ScaleGoals target/bench/results.tsv --since 2026-12-01T05:00:00Z</pre>
 */
public final class ScaleGoals {
    /** One measurement line of results.tsv. */
    record Line(String time, String shape, long statements, String engine, String measurement, String value,
            String status, String detail) {
        double number() { return value.isEmpty() ? Double.NaN : Double.parseDouble(value); }

        boolean is(String engine, String measurement) {
            return this.engine.equals(engine) && this.measurement.equals(measurement);
        }
    }

    /** A goal's verdict: met, not met or not measured, and the figures behind it. */
    record Verdict(String goal, String outcome, String evidence) {
    }

    private final List<Line> lines;

    ScaleGoals(List<Line> lines) {
        this.lines = lines;
    }

    /** Reads results.tsv, keeping the lines written at or after {@code since} (ISO-8601, UTC). */
    static ScaleGoals read(Path tsv, String since) throws IOException {
        List<Line> out = new ArrayList<>();
        for (String row : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = row.split("\t", -1);
            if (f.length < 11 || f[0].equals("time") || f[0].compareTo(since) < 0) continue;
            long n;
            try {
                n = Long.parseLong(f[3]);
            } catch (NumberFormatException e) {
                continue;
            }
            out.add(new Line(f[0], f[2], n, f[5], f[6], f[7], f[9], f[10]));
        }
        return new ScaleGoals(out);
    }

    private Optional<Line> last(Predicate<Line> which) {
        Line found = null;
        for (Line l : lines) {
            if (which.test(l)) found = l;
        }
        return Optional.ofNullable(found);
    }

    /** Every goal of issue 8, in the order. */
    List<Verdict> verdicts() {
        List<Verdict> out = new ArrayList<>();
        out.add(ratioGoal("query assumptions-of <= 3x riot --count, 10^5 DAG", "ratio_query_vs_riot", 3));
        out.add(ratioGoal("report <= 5x riot --count, 10^5 DAG", "ratio_report_vs_riot", 5));
        out.add(millionGoal());
        out.add(ladderGoal());
        out.add(whatIfGoal());
        out.add(reteGoal());
        return out;
    }

    private Verdict ratioGoal(String goal, String measurement, double limit) {
        Optional<Line> dag = last(l -> l.shape.equals("dag") && l.statements == 100_000 && l.is("cli", measurement));
        Optional<Line> tree = last(l -> l.shape.equals("tree") && l.statements == 100_000 && l.is("cli", measurement));
        if (dag.isEmpty()) return new Verdict(goal, "not measured", "no dag 100000 end-to-end run");
        double r = dag.get().number();
        String evidence = String.format(Locale.ROOT, "dag %.2fx", r)
                + tree.map(t -> String.format(Locale.ROOT, ", tree %.2fx", t.number())).orElse("");
        boolean met = r <= limit && tree.map(t -> t.number() <= limit).orElse(true);
        return new Verdict(goal, met ? "met" : "not met", evidence);
    }

    private Verdict millionGoal() {
        String goal = "report on 10^6 statements completes";
        Optional<Line> report = last(l -> l.statements >= 1_000_000 && l.is("cli", "report"));
        if (report.isEmpty()) return new Verdict(goal, "not measured", "no run at 10^6");
        Line r = report.get();
        if (!r.status.equals("ok")) return new Verdict(goal, "not met", r.shape + ": " + r.status + " " + r.detail);
        Optional<Line> riot = last(l -> l.statements == r.statements && l.shape.equals(r.shape) && l.is("cli", "riot_count"));
        return new Verdict(goal, "met", String.format(Locale.ROOT, "%s %d: %.1f s%s", r.shape, r.statements,
                r.number() / 1000, riot.map(x -> String.format(Locale.ROOT, " (riot %.1f s)", x.number() / 1000)).orElse("")));
    }

    private Verdict ladderGoal() {
        String goal = "ladder report finishes in seconds and flags supportSetsTruncated";
        Optional<Line> check = last(l -> l.shape.equals("ladder") && l.statements >= 900 && l.is("cli", "ladder_report_json"));
        if (check.isEmpty()) return new Verdict(goal, "not measured", "no ladder of >= 300 choices");
        Line c = check.get();
        boolean met = c.status.equals("ok") && c.number() < 60_000;
        return new Verdict(goal, met ? "met" : "not met", String.format(Locale.ROOT, "ladder %d: %s, %.1f s, %s",
                c.statements, c.status, c.number() / 1000, c.detail));
    }

    private Verdict whatIfGoal() {
        String goal = "what-if p99 <= 10 ms and >= 50x the full analysis, 10^5 DAG";
        Optional<Line> p99 = last(l -> l.shape.equals("dag") && l.statements == 100_000 && l.is("premise", "whatif_p99_ms"));
        Optional<Line> p50 = last(l -> l.shape.equals("dag") && l.statements == 100_000 && l.is("premise", "whatif_p50_ms"));
        Optional<Line> full = last(l -> l.shape.equals("dag") && l.statements == 100_000 && l.is("premise", "analyse_compute_ms"));
        if (p99.isEmpty() || p50.isEmpty() || full.isEmpty()) return new Verdict(goal, "not measured", "no dag 100000 what-ifs");
        Optional<Line> cold = last(l -> l.shape.equals("dag") && l.statements == 100_000 && l.is("premise", "whatif_cold_p99_ms"));
        double ratio = full.get().number() / p50.get().number();
        boolean met = p99.get().number() <= 10 && ratio >= 50;
        return new Verdict(goal, met ? "met" : "not met", String.format(Locale.ROOT,
                "after load p99 %.2f ms, p50 %.3f ms, full analysis / p50 %.0fx", p99.get().number(), p50.get().number(), ratio)
                + cold.map(c -> String.format(Locale.ROOT, " (a command's first what-ifs: p99 %.2f ms)", c.number())).orElse(""));
    }

    /** At the largest size RETE finished, per shape; met when it holds on some shape, and every shape is listed. */
    private Verdict reteGoal() {
        String goal = ">= 100x faster than Jena forward RETE on the dependsOn closure, largest size RETE finishes";
        List<String> shapes = lines.stream().map(Line::shape).distinct().sorted().toList();
        List<String> evidence = new ArrayList<>();
        boolean any = false;
        boolean met = false;
        for (String shape : shapes) {
            Optional<Line> largest = lines.stream()
                    .filter(l -> l.shape.equals(shape) && l.is("rete", "derive") && l.status.equals("ok"))
                    .max(Comparator.comparingLong(Line::statements));
            if (largest.isEmpty()) continue;
            long n = largest.get().statements;
            Optional<Line> ratio = last(l -> l.shape.equals(shape) && l.statements == n
                    && l.is("premise", "ratio_rete_over_premise_closure") && l.status.equals("ok"));
            if (ratio.isEmpty()) continue;
            any = true;
            met |= ratio.get().number() >= 100;
            evidence.add(String.format(Locale.ROOT, "%s %d: %.1fx", shape, n, ratio.get().number()));
        }
        if (!any) return new Verdict(goal, "not measured", "RETE finished nowhere Premise did");
        return new Verdict(goal, met ? "met on a shape" : "not met", String.join("; ", evidence));
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ScaleGoals RESULTS.tsv [--since ISO-8601-UTC]");
            System.exit(2);
        }
        String since = args.length >= 3 && args[1].equals("--since") ? args[2] : "";
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.println("goals of issue 8 in this run:");
        for (Verdict v : read(Path.of(args[0]), since).verdicts()) {
            out.printf(Locale.ROOT, "  %-14s %s: %s%n", v.outcome(), v.goal(), v.evidence());
        }
    }
}
