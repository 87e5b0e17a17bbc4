package org.premise.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The in-process part of {@code bin/benchmark scale}: on one generated file
 * ({@link ArgumentGraphFiles}), times Premise's own path (parse, {@code Workspace.derive},
 * analysis, the {@code assumptions-of} query, one-leaf what-ifs) against the same closure
 * computed by a plain Java BFS (the reference), Jena's GenericRuleReasoner on the bundled rule
 * files in forward RETE and in backward (tabled) mode, and an ARQ property path. Every engine
 * runs in a child JVM killed when a phase passes its time limit, so one that does not finish
 * is reported, not fatal. Prints a table, appends one TSV line per measurement, and exits 3
 * if an engine that finished disagrees with the reference (dependsOn pairs, query answer).
 *
 * <pre>java -cp target/premise.jar org.premise.bench.ScaleBenchmark FILE.ttl [--limit 120] [--jena-limit 60]
 *     [--rete-max 10000] [--backward-max 10000] [--arq-max 100000] [--engines bfs,premise,rete,backward,arq]
 *     [--skip ENGINE,...] [--whatifs 100] [--seed 42] [--tsv FILE] [--commit ID] [--dnf-out FILE]</pre>
 */
public final class ScaleBenchmark {
    static final List<String> ENGINES = List.of("bfs", "premise", "rete", "backward", "arq");
    /** Phases that do more than any command: not finishing them does not skip the end-to-end runs. */
    static final List<String> NOT_COMMANDS = List.of("count", "export");

    /** One phase's outcome: ok with a time, or did not finish (dnf), failed, skipped. */
    record Phase(String status, double millis, String note) {
        static Phase ok(double millis) { return new Phase("ok", millis, ""); }
    }

    /** What one child reported. */
    static final class EngineRun {
        final String engine;
        final Map<String, Phase> phases = new LinkedHashMap<>();
        final Map<String, String> info = new LinkedHashMap<>();
        long peakKb = -1;
        String skipped;

        EngineRun(String engine) { this.engine = engine; }

        Phase phase(String name) { return phases.get(name); }

        boolean finished(String name) { return phases.containsKey(name) && phases.get(name).status.equals("ok"); }

        long pairs() { return info.containsKey("pairs") ? Long.parseLong(info.get("pairs")) : -1; }
    }

    private final Path file;
    private final Map<String, String> facts;
    private long limitSeconds = 120;
    private long jenaLimitSeconds = 60;
    private int reteMax = 10_000;
    private int backwardMax = 10_000;
    private int arqMax = 100_000;
    private List<String> engines = ENGINES;
    private Set<String> skip = Set.of();
    private int whatIfs = 100;
    private long seed = 42;
    private Path tsv = Path.of("target/bench/results.tsv");
    private String commit = "unknown";
    private Path dnfOut;

    private ScaleBenchmark(Path file, Map<String, String> facts) {
        this.file = file;
        this.facts = facts;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            // --child ENGINE FILE KEY EXPECTED WHATIFS SEED LIMIT
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            new ScaleMeasurements(out, Path.of(args[2]), ScaleMeasurements.iri(args[3]), Path.of(args[4]))
                    .run(args[1], Integer.parseInt(args[5]), Long.parseLong(args[6]), Long.parseLong(args[7]));
            out.flush();
            System.exit(0);
        }
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: ScaleBenchmark FILE.ttl [options]; see the class's Javadoc or bin/benchmark");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        Path factsFile = Path.of(args[0] + ".facts");
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--facts")) factsFile = Path.of(args[i + 1]);
        }
        ScaleBenchmark bench = new ScaleBenchmark(file, readFacts(factsFile));
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length) throw new IllegalArgumentException(args[i] + " needs a value");
            String v = args[i + 1];
            switch (args[i]) {
                case "--facts" -> { }
                case "--limit" -> bench.limitSeconds = Long.parseLong(v);
                case "--jena-limit" -> bench.jenaLimitSeconds = Long.parseLong(v);
                case "--rete-max" -> bench.reteMax = Integer.parseInt(v);
                case "--backward-max" -> bench.backwardMax = Integer.parseInt(v);
                case "--arq-max" -> bench.arqMax = Integer.parseInt(v);
                case "--engines" -> bench.engines = List.of(v.split(","));
                case "--skip" -> bench.skip = Set.of(v.split(","));
                case "--whatifs" -> bench.whatIfs = Integer.parseInt(v);
                case "--seed" -> bench.seed = Long.parseLong(v);
                case "--tsv" -> bench.tsv = Path.of(v);
                case "--commit" -> bench.commit = v;
                case "--dnf-out" -> bench.dnfOut = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.exit(bench.run());
    }

    static Map<String, String> readFacts(Path factsFile) throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(factsFile, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) facts.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return facts;
    }

    private int statements() { return Integer.parseInt(facts.getOrDefault("statements", "0")); }

    int run() throws IOException, InterruptedException {
        Path expected = Path.of(file + ".expected");
        Files.deleteIfExists(expected);
        Map<String, EngineRun> runs = new LinkedHashMap<>();
        for (String engine : engines) {
            EngineRun run = new EngineRun(engine);
            runs.put(engine, run);
            String why = skipReason(engine);
            if (why != null) {
                run.skipped = why;
                continue;
            }
            long limit = List.of("rete", "backward", "arq").contains(engine) ? jenaLimitSeconds : limitSeconds;
            runChild(run, expected, limit);
        }
        List<String> mismatches = check(runs);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        printTable(out, runs, mismatches);
        writeTsv(runs);
        if (dnfOut != null) {
            List<String> dnf = new ArrayList<>();
            runs.values().forEach(r -> {
                // Enumerating every dependsOn pair (count) and writing every answer (export) are
                // more than any command does: a limit reached there does not make the end-to-end
                // commands pointless (a 10^5 ladder has 1.7e9 pairs; no command lists them all).
                if (r.skipped == null && r.phases.entrySet().stream()
                        .anyMatch(p -> !NOT_COMMANDS.contains(p.getKey()) && !p.getValue().status.equals("ok"))) dnf.add(r.engine);
            });
            Files.write(dnfOut, dnf, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return mismatches.isEmpty() ? 0 : 3;
    }

    private String skipReason(String engine) {
        if (skip.contains(engine)) return "skipped: did not finish at a smaller size";
        int n = statements();
        if (engine.equals("rete") && n > reteMax) return "skipped above " + reteMax + " statements (--rete-max)";
        if (engine.equals("backward") && n > backwardMax) return "skipped above " + backwardMax + " statements (--backward-max)";
        if (engine.equals("arq") && n > arqMax) return "skipped above " + arqMax + " statements (--arq-max)";
        return null;
    }

    /** Runs one engine in a child JVM; kills it when a phase runs past the limit. */
    private void runChild(EngineRun run, Path expected, long limitSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-X") || a.startsWith("-D")) command.add(a);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScaleBenchmark.class.getName(), "--child",
                run.engine, file.toString(), facts.get("key"), expected.toString(), Integer.toString(whatIfs),
                Long.toString(seed), Long.toString(limitSeconds)));
        Path log = Files.createTempFile("premise-bench-" + run.engine, ".log");
        Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) lines.add(line);
            } catch (IOException e) {
                // the child is gone
            }
        });
        reader.setDaemon(true);
        reader.start();

        String current = null;
        long phaseStart = System.nanoTime();
        long limitNanos = limitSeconds * 1_000_000_000L;
        while (true) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                String[] f = line.split("\t", 4);
                if (f.length < 3 || !f[0].equals("BENCH")) continue;
                switch (f[1]) {
                    case "start" -> { current = f[2]; phaseStart = System.nanoTime(); }
                    case "done" -> { run.phases.put(f[2], Phase.ok(Double.parseDouble(f[3]))); current = null; }
                    case "gaveup" -> { run.phases.put(f[2], new Phase("dnf", limitSeconds * 1000.0, "did not finish in " + limitSeconds + " s")); current = null; }
                    case "info" -> run.info.put(f[2], f.length > 3 ? f[3] : "");
                    case "peak" -> run.peakKb = Long.parseLong(f[3]);
                    default -> { }
                }
                continue;
            }
            if (!child.isAlive() && !reader.isAlive() && lines.isEmpty()) break;
            if (current != null && System.nanoTime() - phaseStart > limitNanos) {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly();
                child.waitFor();
                run.phases.put(current, new Phase("dnf", limitSeconds * 1000.0, "did not finish in " + limitSeconds + " s"));
                current = null;
            }
        }
        int exit = child.waitFor();
        if (current != null) {
            String tail = tail(log);
            run.phases.put(current, new Phase("failed", 0, "exit " + exit + (tail.isEmpty() ? "" : ": " + tail)));
        } else if (exit != 0 && !run.phases.values().stream().anyMatch(p -> p.status.equals("dnf"))) {
            run.phases.put("child", new Phase("failed", 0, "exit " + exit + ": " + tail(log)));
        }
        Files.deleteIfExists(log);
    }

    private static String tail(Path log) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = all.size() - 1; i >= 0; i--) {
                String l = all.get(i).strip();
                if (l.contains("Exception") || l.contains("Error")) return l;
            }
            return all.isEmpty() ? "" : all.get(all.size() - 1).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Disagreements with the reference, where both finished. */
    static List<String> check(Map<String, EngineRun> runs) {
        List<String> problems = new ArrayList<>();
        EngineRun bfs = runs.get("bfs");
        long reference = bfs == null ? -1 : bfs.pairs();
        for (EngineRun r : runs.values()) {
            if (r.engine.equals("bfs") || reference < 0) continue;
            String phase = r.engine.equals("arq") ? "closure" : "derive";
            if (r.finished(phase) && r.pairs() >= 0 && r.pairs() != reference) {
                problems.add(r.engine + " derived " + r.pairs() + " dependsOn pairs, the reference BFS " + reference);
            }
        }
        EngineRun premise = runs.get("premise");
        if (premise != null && premise.info.getOrDefault("query_check", "").startsWith("MISMATCH")) {
            problems.add("assumptions-of in process: " + premise.info.get("query_check"));
        }
        return problems;
    }

    private static final Map<String, String> LABELS = Map.of(
            "bfs", "plain Java BFS (reference)",
            "rete", "Jena forward RETE, bundled rules",
            "backward", "Jena backward (tabled), bundled rules",
            "arq", "ARQ (^conclusion/premise)+ count");

    private void printTable(PrintWriter out, Map<String, EngineRun> runs, List<String> mismatches) {
        EngineRun premise = runs.getOrDefault("premise", new EngineRun("premise"));
        EngineRun bfs = runs.getOrDefault("bfs", new EngineRun("bfs"));
        out.printf(Locale.ROOT, "%n== %s, %s statements (seed %s): %s arguments, %s triples, %s open questions; key %s (%s assumptions)%n",
                facts.get("shape"), facts.get("statements"), facts.get("seed"), facts.get("arguments"), facts.get("triples"),
                facts.get("questions"), facts.get("key").replace(BenchGraph.NAMESPACE, ""), facts.get("key_assumptions"));
        out.printf(Locale.ROOT, "  %-46s %24s  %-26s %9s  %s%n", "measurement", "time", "ratio", "peak RSS", "dependsOn pairs");
        row(out, "parse: Premise loader (KnowledgeBaseLoader)", premise, "parse", null, "", false);
        row(out, "parse: Jena RDFParser into a memory graph", bfs, "parse", null, "", false);
        Phase derive = closure(premise);
        row(out, "derive: Premise Workspace.derive", premise, "derive", null, "", true);
        row(out, "  then every dependsOn pair, enumerated", premise, "count", null, "", false);
        for (String engine : List.of("bfs", "rete", "backward", "arq")) {
            EngineRun r = runs.get(engine);
            if (r == null) continue;
            String phase = engine.equals("bfs") || engine.equals("arq") ? "closure" : "derive";
            // Other engine's time over Premise's derive + enumeration of every pair: how many times faster Premise is.
            row(out, "closure: " + LABELS.get(engine), r, phase, ratio(r.phase(phase), derive), engine + "/premise ", true);
        }
        row(out, "analyse: read + compute + report", premise, "analyse", null, "", false);
        if (premise.info.containsKey("analyse_compute_ms")) {
            out.printf(Locale.ROOT, "  %-46s %24s%n", "  of which Analysis.compute", ms(Double.parseDouble(premise.info.get("analyse_compute_ms"))));
        }
        row(out, "query: assumptions-of, in process", premise, "query", null, "", false);
        if (premise.info.containsKey("query_check")) {
            out.printf(Locale.ROOT, "  %-46s %24s%n", "  answer against the reference BFS", premise.info.get("query_check")
                    + " (" + premise.info.getOrDefault("query_rows", "?") + " rows)");
        }
        whatIfRows(out, premise, "whatif_cold", "what-if, a command's first");
        row(out, "export: every answer of every statement as RDF", premise, "export", null, "", false);
        whatIfRows(out, premise, "whatif", "what-if after load");
        if (premise.peakKb > 0) {
            boolean stopped = premise.phases.values().stream().anyMatch(p -> !p.status.equals("ok"));
            out.printf(Locale.ROOT, "  %-46s %24s  %-26s %9s%n", stopped ? "peak memory, Premise, until it was stopped"
                    : "peak memory, Premise's whole run", "", "", mb(premise.peakKb));
        }
        for (String m : mismatches) out.println("  MISMATCH: " + m);
    }

    /** p50 and p99 of one-leaf what-ifs, and the full analysis over p50. */
    private void whatIfRows(PrintWriter out, EngineRun premise, String phase, String label) {
        if (premise.info.containsKey(phase + "_p50_ms")) {
            double p50 = Double.parseDouble(premise.info.get(phase + "_p50_ms"));
            double p99 = Double.parseDouble(premise.info.get(phase + "_p99_ms"));
            double full = Double.parseDouble(premise.info.getOrDefault("analyse_compute_ms", "0"));
            out.printf(Locale.ROOT, "  %-46s %24s  %-26s%n", label + ", p50 (of " + premise.info.get(phase + "_n") + ")",
                    fmtMs(p50), p50 > 0 ? "full analysis/p50 " + times(full / p50) : "");
            out.printf(Locale.ROOT, "  %-46s %24s%n", label + ", p99", fmtMs(p99));
        } else if (premise.phase(phase) != null) {
            row(out, label, premise, phase, null, "", false);
        }
    }

    private void row(PrintWriter out, String label, EngineRun r, String phase, String ratio, String ratioLabel, boolean pairs) {
        Phase p = r.phase(phase);
        String time;
        if (r.skipped != null) time = r.skipped;
        else if (p == null) time = r.phases.containsKey("child") ? "failed: " + r.phases.get("child").note : "not reached";
        else time = switch (p.status) {
            case "ok" -> ms(p.millis);
            case "dnf" -> "did not finish in " + Math.round(p.millis / 1000) + " s";
            default -> "failed: " + p.note;
        };
        String pairText = pairs && p != null && p.status.equals("ok") && r.pairs() >= 0 ? String.format(Locale.ROOT, "%,d", r.pairs()) : "";
        out.printf(Locale.ROOT, "  %-46s %24s  %-26s %9s  %s%n", label, time,
                ratio == null ? "" : ratioLabel + ratio, p != null && r.peakKb > 0 && !pairText.isEmpty() ? mb(r.peakKb) : "", pairText);
    }

    /** a/b, with ">" or "<" when one side did not finish (its time is then the limit). */
    /**
     * Premise's time to the whole dependsOn closure: derive, then enumerate every pair (the
     * derivation is on demand, so derive alone would not compare with engines that count).
     */
    static Phase closure(EngineRun premise) {
        Phase derive = premise.phase("derive");
        Phase count = premise.phase("count");
        if (derive == null || count == null) return null;
        if (!derive.status.equals("ok")) return derive;
        if (!count.status.equals("ok")) return new Phase(count.status, derive.millis + count.millis, count.note);
        return Phase.ok(derive.millis + count.millis);
    }

    static String ratio(Phase a, Phase b) {
        if (a == null || b == null) return null;
        boolean aOk = a.status.equals("ok");
        boolean bOk = b.status.equals("ok");
        if (!aOk && !bOk) return "n/a (neither finished)";
        if (aOk && bOk) return times(a.millis / Math.max(b.millis, 0.05));
        if (!aOk && bOk && !a.status.equals("failed")) return ">" + times(a.millis / Math.max(b.millis, 0.05));
        if (aOk && !b.status.equals("failed")) return "<" + times(a.millis / b.millis);
        return null;
    }

    /** Three significant figures or so: 1584x, 25.4x, 2.94x. */
    static String times(double x) {
        return String.format(Locale.ROOT, x >= 100 ? "%.0fx" : x >= 10 ? "%.1fx" : "%.2fx", x);
    }

    private static String ms(double millis) {
        return millis >= 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000) : fmtMs(millis);
    }

    private static String fmtMs(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis) : String.format(Locale.ROOT, "%.2f ms", millis);
    }

    private static String mb(long kb) {
        return String.format(Locale.ROOT, "%d MB", Math.round(kb / 1024.0));
    }

    /** One line per measurement: time, commit, shape, statements, seed, engine, measurement, value, unit, status, detail. */
    private void writeTsv(Map<String, EngineRun> runs) throws IOException {
        Files.createDirectories(tsv.toAbsolutePath().getParent());
        boolean fresh = !Files.exists(tsv) || Files.size(tsv) == 0;
        List<String> lines = new ArrayList<>();
        if (fresh) lines.add("time\tcommit\tshape\tstatements\tseed\tengine\tmeasurement\tvalue\tunit\tstatus\tdetail");
        String prefix = Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\t" + commit + "\t" + facts.get("shape") + "\t"
                + facts.get("statements") + "\t" + facts.get("seed") + "\t";
        for (EngineRun r : runs.values()) {
            if (r.skipped != null) {
                lines.add(prefix + r.engine + "\t-\t\t\tskipped\t" + r.skipped);
                continue;
            }
            r.phases.forEach((name, p) -> lines.add(prefix + r.engine + "\t" + name + "\t"
                    + String.format(Locale.ROOT, "%.1f", p.millis) + "\tms\t" + p.status + "\t" + p.note));
            r.info.forEach((name, value) -> {
                boolean number = value.matches("-?[0-9.]+");
                lines.add(prefix + r.engine + "\t" + name + "\t" + (number ? value : "") + "\t"
                        + (name.endsWith("_ms") ? "ms" : number ? "count" : "") + "\tinfo\t" + (number ? "" : value));
            });
            if (r.peakKb > 0) lines.add(prefix + r.engine + "\tpeak_rss\t" + r.peakKb + "\tkB\tinfo\t");
        }
        EngineRun premise = runs.get("premise");
        if (premise != null) {
            for (String engine : List.of("bfs", "rete", "backward", "arq")) {
                EngineRun other = runs.get(engine);
                if (other == null) continue;
                String ratio = ratio(other.phase(engine.equals("bfs") || engine.equals("arq") ? "closure" : "derive"), closure(premise));
                if (ratio != null) lines.add(prefix + "premise\tratio_" + engine + "_over_premise_closure" + "\t" + ratio.replaceAll("[^0-9.]", "")
                        + "\tx\t" + (ratio.startsWith(">") ? "more_than" : ratio.startsWith("<") ? "less_than" : ratio.startsWith("n/a") ? "n/a" : "ok") + "\t");
            }
        }
        Files.write(tsv, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
