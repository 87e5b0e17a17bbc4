package org.premise.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.premise.app.Workspaces;
import org.premise.kb.SourceSpec;
import org.premise.reason.Credences;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.credence.CredencePropagation;
import org.premise.reason.credence.CredenceResult;

/**
 * Times credence propagation (docs/benchmarks.md, "Credence"), in process, after the
 * knowledge base is loaded and its analysis computed:
 *
 * <pre>
 * java -cp target/premise.jar org.premise.bench.CredenceBenchmark seed
 * java -cp target/premise.jar org.premise.bench.CredenceBenchmark file /tmp/dag-100000.ttl [--samples N]
 * java -cp target/premise.jar org.premise.bench.CredenceBenchmark crossover [SIZE...]
 * </pre>
 *
 * {@code seed}: the bundled knowledge base, every conclusion, with the default limits (first
 * run and the median of 20 more). {@code file}: a Turtle file alone (no bundled data), every
 * conclusion, with the default limits, then with everything sampled ({@code --exact-limit 0}).
 * {@code crossover}: per shape of {@link GraphShapes} and size, how many conclusions the
 * default limits answer exactly and how long that takes, beside sampling every conclusion.
 */
public final class CredenceBenchmark {
    private CredenceBenchmark() {}

    public static void main(String[] args) {
        String mode = args.length == 0 ? "seed" : args[0];
        switch (mode) {
            case "seed" -> seed();
            case "file" -> file(Path.of(args[1]), args.length > 3 && args[2].equals("--samples") ? Integer.parseInt(args[3]) : 10_000);
            case "crossover" -> crossover(args.length > 1
                    ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                    : new int[] {100, 1_000, 10_000, 100_000});
            default -> throw new IllegalArgumentException("usage: CredenceBenchmark seed | file FILE.ttl [--samples N] | crossover [SIZE...]");
        }
    }

    private static void seed() {
        long t0 = System.nanoTime();
        Workspace ws = Workspaces.inMemory(new SourceSpec(true, List.of(), true, List.of(), SourceSpec.DEFAULT_SET_CAP));
        ArgumentGraph graph = ws.analysis().graph();
        long loaded = System.nanoTime();
        Map<String, Double> credences = Credences.read(ws.kb().union(), graph, Map.of(), Credences.CONFIDENCE_TABLE).values();
        long read = System.nanoTime();
        List<Double> runs = new ArrayList<>();
        CredenceResult result = null;
        for (int i = 0; i < 21; i++) {
            long a = System.nanoTime();
            result = CredencePropagation.compute(graph, credences, graph.conclusions(), List.of(), List.of(),
                    CredencePropagation.Options.DEFAULT);
            runs.add(ms(System.nanoTime() - a));
        }
        List<Double> warm = new ArrayList<>(runs.subList(1, runs.size()));
        warm.sort(null);
        System.out.printf(Locale.ROOT, "seed: %d statements, %d conclusions; load, rules and analysis %.0f ms; reading credences %.1f ms%n",
                graph.size(), graph.conclusions().size(), ms(loaded - t0), ms(read - loaded));
        System.out.printf(Locale.ROOT, "credence of every conclusion (%s): first run %.1f ms, median of 20 more %.2f ms%n",
                methods(result), runs.get(0), warm.get(warm.size() / 2));
    }

    private static void file(Path file, int samples) {
        long t0 = System.nanoTime();
        Workspace ws = Workspaces.inMemory(new SourceSpec(false, List.of(file), true, List.of(), SourceSpec.DEFAULT_SET_CAP));
        ArgumentGraph graph = ws.analysis().graph();
        long loaded = System.nanoTime();
        Map<String, Double> credences = Credences.read(ws.kb().union(), graph, Map.of(), Credences.CONFIDENCE_TABLE).values();
        long read = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: %d statements, %d arguments, %d conclusions; load, rules and analysis %.1f s; reading credences %.2f s%n",
                file.getFileName(), graph.size(), graph.argumentCount(), graph.conclusions().size(), (loaded - t0) / 1e9,
                (read - loaded) / 1e9);
        run("default limits", graph, credences, CredencePropagation.Options.DEFAULT);
        run("everything sampled (--exact-limit 0 --samples " + samples + ")", graph, credences,
                new CredencePropagation.Options(0, samples, 1, 5));
    }

    private static void run(String what, ArgumentGraph graph, Map<String, Double> credences, CredencePropagation.Options o) {
        long a = System.nanoTime();
        CredenceResult r = CredencePropagation.compute(graph, credences, graph.conclusions(), List.of(), List.of(), o);
        System.out.printf(Locale.ROOT, "  %s: %.2f s (%s)%n", what, (System.nanoTime() - a) / 1e9, methods(r));
    }

    private static void crossover(int[] sizes) {
        System.out.println("| shape | statements | conclusions | exact (default limits) | time, default limits | time, all sampled (10^4 worlds) |");
        System.out.println("|---|---|---|---|---|---|");
        for (String shape : GraphShapes.NAMES) {
            for (int n : sizes) {
                ArgumentGraph graph = toArgumentGraph(GraphShapes.generate(shape, n, 42));
                Map<String, Double> credences = Map.of();
                long a = System.nanoTime();
                CredenceResult exact = CredencePropagation.compute(graph, credences, graph.conclusions(), List.of(), List.of(),
                        CredencePropagation.Options.DEFAULT);
                long b = System.nanoTime();
                CredencePropagation.compute(graph, credences, graph.conclusions(), List.of(), List.of(),
                        new CredencePropagation.Options(0, 10_000, 1, 5));
                long c = System.nanoTime();
                long exactCount = exact.statements().stream().filter(s -> s.method() == CredenceResult.Method.EXACT).count();
                System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d (%.0f%%)%s | %.2f s | %.2f s |%n", shape, graph.size(),
                        graph.conclusions().size(), exactCount, 100.0 * exactCount / Math.max(1, graph.conclusions().size()),
                        exact.exactWorkCut() ? ", work limit hit" : "", (b - a) / 1e9, (c - b) / 1e9);
            }
        }
    }

    private static String methods(CredenceResult r) {
        long exact = r.statements().stream().filter(s -> s.method() == CredenceResult.Method.EXACT).count();
        return exact + " exact, " + (r.statements().size() - exact) + " sampled" + (r.exactWorkCut() ? ", exact work limit hit" : "");
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The argument graph Premise would read from the graph's Turtle: untyped claims no argument concludes are leaves. */
    static ArgumentGraph toArgumentGraph(BenchGraph g) {
        ArgumentGraph.Builder b = ArgumentGraph.builder();
        boolean[] concluded = new boolean[g.statements()];
        for (int a = 0; a < g.arguments(); a++) concluded[g.conclusionOf(a)] = true;
        for (int s = 0; s < g.statements(); s++) {
            String id = BenchGraph.statementIri(s);
            if (g.kind(s) == BenchGraph.Kind.ASSUMPTION || (g.kind(s) == BenchGraph.Kind.CLAIM && !concluded[s])) b.leaf(id);
            else b.statement(id);
            if (g.kind(s) == BenchGraph.Kind.CONCLUSION) b.conclusion(id);
        }
        for (int a = 0; a < g.arguments(); a++) {
            List<String> premises = new ArrayList<>();
            for (int p : g.premisesOf(a)) premises.add(BenchGraph.statementIri(p));
            b.argument(BenchGraph.statementIri(g.conclusionOf(a)), premises);
        }
        for (int i = 0; i < g.undercuts.length; i += 2) {
            b.undercut(BenchGraph.statementIri(g.undercuts[i]), BenchGraph.statementIri(g.undercuts[i + 1]));
        }
        for (int i = 0; i < g.rebuts.length; i += 2) {
            b.rebut(BenchGraph.statementIri(g.rebuts[i]), BenchGraph.statementIri(g.rebuts[i + 1]));
        }
        for (int q = 0; q < g.questionBearsOn.length; q++) {
            b.bearsOn(BenchGraph.NAMESPACE + "q" + q, BenchGraph.statementIri(g.questionBearsOn[q]));
        }
        return b.build();
    }
}
