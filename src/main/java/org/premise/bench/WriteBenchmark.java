package org.premise.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.premise.app.Workspaces;
import org.premise.kb.SourceSpec;
import org.premise.reason.DerivationService;
import org.premise.reason.Workspace;
import org.premise.server.DerivedGraphs;
import org.premise.server.PremiseServer;
import org.premise.server.ServerOptions;
import org.premise.store.Store;

/**
 * How long a one-triple write takes to commit on {@code premise serve --update}, at scale. Not a
 * test: a program, run on the packaged jar. Make the data and the store first:
 * <pre>
 *   java -cp target/premise.jar org.premise.bench.ArgumentGraphFiles --shape dag --statements 100000 --seed 42 -o /tmp/big/dag-100000.ttl
 *   bin/premise load --store /tmp/big/dag-100000.tdb --no-bundled /tmp/big/dag-100000.ttl
 *   java -Xmx8g -cp target/premise.jar org.premise.bench.WriteBenchmark /tmp/big/dag-100000.tdb [ROUNDS [WARMUP]]
 * </pre>
 * Given a store folder it serves it as {@code premise serve --store DIR --update} does (bundled
 * rules, default limits); given a Turtle file instead, it serves that file in memory as
 * {@code premise serve --no-bundled --data FILE --update} does. The statements and arguments
 * written to are those of {@code ArgumentGraphFiles} ({@code b:s70000}, {@code b:a40000}), so
 * the data must come from it. It then sends, one after another over HTTP, each timed from
 * request to response:
 * <ul>
 * <li>SPARQL Update {@code INSERT DATA} then {@code DELETE DATA} of one triple, for three kinds
 * of triple: an {@code rdfs:label} (read neither by the rules nor by the analysis), a
 * {@code dcterms:subject} tag (read by the rules: a proposed role comes and goes), and an
 * argument premise (a new dependence edge: the rules, the closure and the analysis change);</li>
 * <li>Graph Store Protocol: a POST of one triple (the premise again) into a graph of its own,
 * then a DELETE of that graph.</li>
 * </ul>
 * Each pair is sent {@code WARMUP} times (default 5) untimed, then {@code ROUNDS} times
 * (default 50); it prints the median, the 99th percentile (with 50 rounds, the slowest but
 * none) and the slowest, in milliseconds.
 */
public final class WriteBenchmark {
    private WriteBenchmark() {}

    private static final String PREFIXES = """
            PREFIX premise: <https://w3id.org/premise/ontology#>
            PREFIX b: <https://example.org/bench/>
            PREFIX concept: <https://w3id.org/premise/concept/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private static final String GSP_GRAPH = "http://example.org/write-benchmark";

    /** A kind of write: the one triple, written as SPARQL Update data (and as Turtle, with the prefixes above). */
    private record Kind(String name, String triple) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("label (neither rules nor analysis)", "b:s70000 rdfs:label \"benchmark label\" ."),
            new Kind("tag (rules only)", "b:s70000 dcterms:subject concept:friction ."),
            new Kind("premise (rules, closure, analysis)", "b:a40000 premise:premise b:s5 ."));

    public static void main(String[] args) throws Exception {
        JenaSystem.init();
        if (args.length < 1) {
            System.err.println("usage: WriteBenchmark STORE_DIR|FILE.ttl [ROUNDS [WARMUP]]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ServerOptions options = ServerOptions.defaults().withPort(0).withUpdate(true).withTimeout(Duration.ZERO);

        long t = System.nanoTime();
        PremiseServer server;
        DatasetGraph store = null;
        if (Files.isDirectory(data)) {
            SourceSpec spec = new SourceSpec(false, List.of(), true, List.of(), SourceSpec.DEFAULT_SET_CAP, data);
            store = Store.openExisting(data);
            server = PremiseServer.serve(store, new DerivedGraphs(Workspace.loadRules(spec), Workspace.limits(spec)), options, null);
            System.out.printf(Locale.ROOT, "store %s: serving with --update after %.1f s (read, derive, check)%n", data, seconds(t));
        } else {
            Workspace ws = Workspaces.inMemory(new SourceSpec(false, List.of(data), true, List.of(), SourceSpec.DEFAULT_SET_CAP));
            server = PremiseServer.serve(DerivationService.inMemory(ws.complete()), DerivedGraphs.of(ws), options, null);
            System.out.printf(Locale.ROOT, "%s in memory: serving with --update after %.1f s%n", data, seconds(t));
        }
        try {
            measure(server, rounds, warmup);
        } finally {
            server.stop();
            if (store != null) Store.release(store);
        }
    }

    private static void measure(PremiseServer server, int rounds, int warmup) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (Kind kind : KINDS) {
            timePairs("SPARQL Update, " + kind.name(), rounds, warmup,
                    () -> update(http, server, "INSERT", kind), () -> update(http, server, "DELETE", kind));
        }
        Kind premise = KINDS.get(KINDS.size() - 1);
        timePairs("Graph Store POST / DELETE graph, premise", rounds, warmup,
                () -> graphStore(http, server, "POST", premise), () -> graphStore(http, server, "DELETE", premise));
    }

    private interface Write {
        long send() throws IOException, InterruptedException;
    }

    private static void timePairs(String name, int rounds, int warmup, Write add, Write remove)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmup; i++) {
            add.send();
            remove.send();
        }
        List<Long> adds = new ArrayList<>();
        List<Long> removes = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            adds.add(add.send());
            removes.add(remove.send());
        }
        System.out.printf(Locale.ROOT, "  %-45s add: p50 %7.1f ms, p99 %7.1f ms, max %7.1f ms   remove: p50 %7.1f ms, p99 %7.1f ms, max %7.1f ms%n",
                name, percentile(adds, 50), percentile(adds, 99), percentile(adds, 100),
                percentile(removes, 50), percentile(removes, 99), percentile(removes, 100));
    }

    private static long update(HttpClient http, PremiseServer server, String verb, Kind kind) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + verb + " DATA { " + kind.triple() + " }")).build();
        return timed(http, request, verb + " DATA");
    }

    private static long graphStore(HttpClient http, PremiseServer server, String method, Kind kind) throws IOException, InterruptedException {
        URI graph = URI.create(server.datasetUrl() + "/data?graph=" + URLEncoder.encode(GSP_GRAPH, StandardCharsets.UTF_8));
        String turtle = PREFIXES.replaceAll("PREFIX (\\S+) (\\S+)", "@prefix $1 $2 .") + kind.triple() + "\n";
        HttpRequest request = method.equals("POST")
                ? HttpRequest.newBuilder(graph).header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(turtle)).build()
                : HttpRequest.newBuilder(graph).DELETE().build();
        return timed(http, request, "Graph Store " + method);
    }

    private static long timed(HttpClient http, HttpRequest request, String what) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() / 100 != 2) throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        return nanos;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The p-th percentile (nearest rank) in milliseconds; 100 is the slowest. */
    static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1)) / 1e6;
    }
}
