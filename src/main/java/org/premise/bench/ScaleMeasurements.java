package org.premise.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.app.KnowledgeBaseLoader;
import org.premise.kb.BundledOntology;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.SourceSpec;
import org.premise.query.QueryCatalog;
import org.premise.query.QueryRunner;
import org.premise.rdf.Vocab;
import org.premise.reason.AnalysisWriter;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.Analysis;
import org.premise.reason.analysis.AnalysisLimits;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.analysis.WhatIf;
import org.premise.reason.rules.RuleFiles;
import org.premise.report.AnalysisReport;

/**
 * One engine's measurements on one file, run in a child JVM by {@link ScaleBenchmark} (which
 * kills it when a phase exceeds its time limit: Jena's reasoners cannot be interrupted, and a
 * runaway thread would skew every later measurement on a small machine). Each phase is
 * reported on stdout as it starts and ends, one tab-separated line each:
 * {@code BENCH start PHASE}, {@code BENCH done PHASE MILLIS}, {@code BENCH info NAME VALUE},
 * and after every phase {@code BENCH peak rss KILOBYTES} (the process's peak resident set).
 */
final class ScaleMeasurements {
    static final String CLOSURE_QUERY = "PREFIX premise: <" + Vocab.PREMISE + ">\n"
            + "SELECT (COUNT(*) AS ?n) WHERE { ?s (^premise:conclusion/premise:premise)+ ?o }";

    private final PrintStream out;
    private final Path file;
    private final Node key;
    private final Path expected;

    ScaleMeasurements(PrintStream out, Path file, Node key, Path expected) {
        this.out = out;
        this.file = file;
        this.key = key;
        this.expected = expected;
    }

    /** Runs one engine: bfs, premise, rete, backward or arq. */
    void run(String engine, int whatIfs, long seed, long limitSeconds) throws IOException {
        switch (engine) {
            case "bfs" -> reference(limitSeconds);
            case "premise" -> premise(whatIfs, seed);
            case "rete" -> rules(GenericRuleReasoner.FORWARD_RETE);
            case "backward" -> rules(GenericRuleReasoner.BACKWARD);
            case "arq" -> arq();
            default -> throw new IllegalArgumentException("unknown engine " + engine);
        }
    }

    /** The plain Java closure, and the expected answer of assumptions-of written for the others to check. */
    private void reference(long limitSeconds) throws IOException {
        Graph g = parse();
        DependenceClosure closure = DependenceClosure.of(g);
        List<String> assumptions = closure.assumptionsOf(g, key);
        Files.write(expected, assumptions, StandardCharsets.UTF_8);
        info("key_assumptions", assumptions.size());
        start("closure");
        long t = System.nanoTime();
        long pairs = closure.pairCount(t + limitSeconds * 1_000_000_000L);
        if (pairs < 0) {
            out.println("BENCH\tgaveup\tclosure");
            out.flush();
            return;
        }
        done("closure", t);
        info("pairs", pairs);
        peak();
    }

    private void premise(int whatIfs, long seed) {
        SourceSpec spec = new SourceSpec(false, List.of(file), true, List.of(), SourceSpec.DEFAULT_SET_CAP);
        List<RuleFiles.SourcedRule> rules = Workspace.loadRules(spec);
        AnalysisLimits limits = Workspace.limits(spec);

        start("parse");
        long t = System.nanoTime();
        KnowledgeBase kb = KnowledgeBaseLoader.load(spec);
        done("parse", t);
        peak();

        start("derive");
        t = System.nanoTime();
        Workspace ws = Workspace.derive(kb, rules, limits);
        done("derive", t);
        peak();
        // Its own phase, so that the time limit holds while a huge closure is counted.
        start("count");
        t = System.nanoTime();
        long pairs = DependenceClosure.distinctPairs(ws.kb().union().find(Node.ANY, Vocab.dependsOn, Node.ANY));
        done("count", t);
        info("pairs", pairs);

        // The analysis again, phase by phase, as `premise report` needs it: read the argument
        // graph from asserted and inferred triples, compute, lay out the report (which computes
        // the answers it prints, and only those).
        start("analyse");
        t = System.nanoTime();
        ArgumentGraph graph = ArgumentGraphReader.read(ws.inference().graph());
        long read = System.nanoTime();
        Analysis analysis = Analysis.compute(graph, List.of(), List.of(), limits);
        long computed = System.nanoTime();
        new AnalysisReport(ws).write("md", OutputStream.nullOutputStream());
        long reported = System.nanoTime();
        done("analyse", t);
        info("analyse_read_ms", millis(read - t));
        info("analyse_compute_ms", millis(computed - read));
        info("analyse_report_ms", millis(reported - computed));
        peak();

        start("query");
        t = System.nanoTime();
        QueryRunner runner = new QueryRunner(ws.kb().dataset(), Vocab.PREFIXES);
        ResultSet rows = runner.select(QueryCatalog.bundled().resolve("assumptions-of"), Map.of("statement", "<" + key.getURI() + ">"));
        TreeSet<String> answer = new TreeSet<>();
        while (rows.hasNext()) answer.add(rows.next().getResource("assumption").getURI());
        done("query", t);
        info("query_rows", answer.size());
        if (expected != null && Files.exists(expected)) {
            try {
                List<String> want = Files.readAllLines(expected, StandardCharsets.UTF_8);
                info("query_check", want.equals(new ArrayList<>(answer)) ? "ok" : "MISMATCH expected " + want.size()
                        + " assumptions, got " + answer.size());
            } catch (IOException e) {
                info("query_check", "unreadable " + expected);
            }
        } else {
            info("query_check", "unchecked (no reference)");
        }
        peak();

        // What-ifs as a command's first ones: the baseline's answers are computed as they are needed.
        whatIfs(ws.analysis(), whatIfs, seed, "whatif_cold");

        // Last, as `premise load` and `infer --analysis` need it: every answer for every
        // statement written as RDF (support and defeat sets of all of them, not only what a
        // report prints). Last so that a limit reached here loses no other figure.
        start("export");
        t = System.nanoTime();
        AnalysisWriter.write(analysis, GraphFactory.createDefaultGraph());
        done("export", t);
        peak();

        // What-ifs after load: every answer of the baseline is known, as in a store made by
        // `premise load` and on a server, which writes the whole analysis graph when it starts.
        whatIfs(analysis, whatIfs, seed, "whatif");
    }

    /** One-leaf what-ifs on seeded random leaves, with the change reports, after a few not counted (JIT warm-up). */
    private void whatIfs(Analysis baseline, int repetitions, long seed, String phase) {
        ArgumentGraph graph = baseline.graph();
        List<String> leaves = new ArrayList<>();
        for (String s : graph.statements()) {
            if (graph.isLeaf(s)) leaves.add(s);
        }
        if (leaves.isEmpty() || repetitions < 1) return;
        Random r = new Random(seed);
        start(phase);
        long begin = System.nanoTime();
        int warmUp = Math.min(10, repetitions);
        long[] times = new long[repetitions];
        for (int i = -warmUp; i < repetitions; i++) {
            String leaf = leaves.get(r.nextInt(leaves.size()));
            long t = System.nanoTime();
            WhatIf w = baseline.whatIf(List.of(leaf), List.of());
            w.lostSupport();
            w.keptSupport();
            w.statusChanges();
            w.questionsMatteringMore();
            if (i >= 0) times[i] = System.nanoTime() - t;
        }
        done(phase, begin);
        Arrays.sort(times);
        info(phase + "_n", repetitions);
        info(phase + "_p50_ms", String.format(java.util.Locale.ROOT, "%.3f", quantile(times, 0.5) / 1e6));
        info(phase + "_p99_ms", String.format(java.util.Locale.ROOT, "%.3f", quantile(times, 0.99) / 1e6));
        peak();
    }

    /** Jena's GenericRuleReasoner on the bundled rule files, over the ontology and the file. */
    private void rules(GenericRuleReasoner.RuleMode mode) {
        SourceSpec spec = new SourceSpec(false, List.of(file), true, List.of(), SourceSpec.DEFAULT_SET_CAP);
        List<Rule> plain = new ArrayList<>();
        Workspace.loadRules(spec).forEach(r -> plain.add(r.rule()));
        // Without tabling, the backward engine loops on the left-recursive transitive rule.
        if (mode == GenericRuleReasoner.BACKWARD) plain.addAll(Rule.parseRules("-> tableAll()."));
        Graph data = parse();
        Graph input = GraphFactory.createDefaultGraph();
        BundledOntology.graph().find().forEachRemaining(input::add);
        data.find().forEachRemaining(input::add);

        start("derive");
        long t = System.nanoTime();
        GenericRuleReasoner reasoner = new GenericRuleReasoner(plain);
        reasoner.setMode(mode);
        InfModel inf = ModelFactory.createInfModel(reasoner, ModelFactory.createModelForGraph(input));
        inf.prepare();
        // Forward: the deductions are there after prepare(). Backward: asking is the work.
        long pairs = DependenceClosure.distinctPairs(inf.getGraph().find(Node.ANY, Vocab.dependsOn, Node.ANY));
        done("derive", t);
        info("pairs", pairs);
        peak();
    }

    /** ARQ's property path over the asserted triples: the closure of conclusion → premise. */
    private void arq() {
        Graph g = parse();
        Model model = ModelFactory.createModelForGraph(g);
        start("closure");
        long t = System.nanoTime();
        long pairs;
        try (QueryExecution qe = QueryExecutionFactory.create(CLOSURE_QUERY, model)) {
            ResultSet rs = qe.execSelect();
            QuerySolution row = rs.next();
            pairs = row.getLiteral("n").getLong();
        }
        done("closure", t);
        info("pairs", pairs);
        peak();
    }

    /** Jena's parser into a plain in-memory graph, as riot does. */
    private Graph parse() {
        start("parse");
        long t = System.nanoTime();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        done("parse", t);
        info("triples", g.size());
        peak();
        return g;
    }

    private void start(String phase) {
        out.println("BENCH\tstart\t" + phase);
        out.flush();
    }

    private void done(String phase, long startNanos) {
        out.println("BENCH\tdone\t" + phase + "\t" + millis(System.nanoTime() - startNanos));
        out.flush();
    }

    private void info(String name, Object value) {
        out.println("BENCH\tinfo\t" + name + "\t" + value);
        out.flush();
    }

    /** The process's peak resident set so far (Linux: VmHWM), in kB; nothing elsewhere. */
    private void peak() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    out.println("BENCH\tpeak\trss\t" + line.replaceAll("[^0-9]", ""));
                    out.flush();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no peak figure
        }
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static double quantile(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Used by the unit test and by hand: the key as an IRI node. */
    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
