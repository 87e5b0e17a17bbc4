package org.premise.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.KnowledgeBaseLoader;
import org.premise.kb.SourceSpec;
import org.premise.kb.Vocab;
import org.premise.reason.ArgumentGraphWriter;
import org.premise.reason.RuleFiles;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.RandomArgumentGraphs;
import org.premise.store.Store;

/**
 * How long a one-triple write takes to commit on {@code premise serve --update} at scale. The
 * data is a generated argument map ({@link RandomArgumentGraphs}, written by
 * {@link ArgumentGraphWriter}) with the bundled ontology and rules, served in memory (as
 * {@code premise serve} serves files) and from a TDB2 store in a fresh folder (as
 * {@code serve --store} does). Three kinds of one-triple INSERT DATA / DELETE DATA pairs, sent
 * over HTTP one after another and timed from request to response: an {@code rdfs:label}
 * (read neither by the rules nor by the analysis), a {@code dcterms:subject} tag (read by the
 * rules: a proposed role comes and goes) and an argument premise (a dependence edge, the
 * closure and the analysis change). Each kind is warmed up, then timed {@code ROUNDS} times.
 * Not a test: run it with
 * {@code java -cp target/premise.jar org.premise.server.WriteBenchmark [STATEMENTS] [ROUNDS]}.
 */
public final class WriteBenchmark {
    private WriteBenchmark() {}

    private static final String PREFIXES = """
            PREFIX premise: <https://w3id.org/premise/ontology#>
            PREFIX st: <https://w3id.org/premise/statement/>
            PREFIX kb: <https://w3id.org/premise/kb/>
            PREFIX concept: <https://w3id.org/premise/concept/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    /** A kind of write: the one triple, written as SPARQL Update data. */
    private record Kind(String name, String triple) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("label (neither rules nor analysis)", "st:t7-C3 rdfs:label \"benchmark label\" ."),
            new Kind("tag (rules only)", "st:t7-C3 dcterms:subject concept:friction ."),
            new Kind("premise (rules, closure and analysis)", "kb:arg-400 premise:premise st:t5-L2 ."));

    public static void main(String[] args) throws Exception {
        JenaSystem.init();
        int statements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        SourceSpec spec = SourceSpec.bundled();
        List<RuleFiles.SourcedRule> rules = Workspace.loadRules(spec);

        long t = System.nanoTime();
        Graph map = ArgumentGraphWriter.write(RandomArgumentGraphs.generate(42, statements));
        KnowledgeBase kb = KnowledgeBase.of(KnowledgeBaseLoader.bundledOntology(), Map.of(Vocab.sourceGraph("generated.ttl"), map));
        Workspace ws = Workspace.derive(kb, rules, Workspace.limits(spec));
        DatasetGraph memory = DatasetLayout.inMemory(ws);
        System.out.printf(Locale.ROOT, "%,d statements, %,d asserted triples; derived and laid out in %.1f s%n",
                statements, map.size(), seconds(t));

        t = System.nanoTime();
        PremiseServer server = PremiseServer.serve(memory, DerivedGraphs.of(ws), options(), null);
        System.out.printf(Locale.ROOT, "in memory: serving with --update after %.1f s%n", seconds(t));
        try {
            measure(server, rounds);
        } finally {
            server.stop();
        }

        Path dir = Files.createTempDirectory("premise-write-benchmark");
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeRead(memory, () -> Txn.executeWrite(store, () -> memory.find().forEachRemaining(store::add)));
        t = System.nanoTime();
        // As serve --store: the store's derived graphs are checked against the rules before serving.
        server = PremiseServer.serve(store, new DerivedGraphs(rules, Workspace.limits(spec)), options(), null);
        System.out.printf(Locale.ROOT, "TDB2 store (%s): serving with --update after %.1f s (copy, derive, check)%n", dir, seconds(t));
        try {
            measure(server, rounds);
        } finally {
            server.stop();
            Store.release(store);
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static ServerOptions options() {
        return ServerOptions.defaults().withPort(0).withUpdate(true).withTimeout(java.time.Duration.ZERO);
    }

    private static void measure(PremiseServer server, int rounds) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (Kind kind : KINDS) {
            for (int i = 0; i < 2; i++) {
                write(http, server, "INSERT", kind);
                write(http, server, "DELETE", kind);
            }
            List<Long> inserts = new ArrayList<>();
            List<Long> deletes = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                inserts.add(write(http, server, "INSERT", kind));
                deletes.add(write(http, server, "DELETE", kind));
            }
            System.out.printf(Locale.ROOT, "  %-38s INSERT DATA median %7.1f ms (min %7.1f, max %7.1f)   DELETE DATA median %7.1f ms (min %7.1f, max %7.1f)%n",
                    kind.name(), median(inserts), min(inserts), max(inserts), median(deletes), min(deletes), max(deletes));
        }
    }

    private static long write(HttpClient http, PremiseServer server, String verb, Kind kind) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + verb + " DATA { " + kind.triple() + " }")).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 204) throw new IllegalStateException(verb + " answered " + response.statusCode() + ": " + response.body());
        return nanos;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2) / 1e6;
    }

    private static double min(List<Long> nanos) {
        return Collections.min(nanos) / 1e6;
    }

    private static double max(List<Long> nanos) {
        return Collections.max(nanos) / 1e6;
    }
}
