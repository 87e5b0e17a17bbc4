package org.premise.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sys.JenaSystem;
import org.premise.BundledResources;
import org.premise.app.Workspaces;
import org.premise.kb.SourceSpec;
import org.premise.reason.DerivationService;
import org.premise.reason.Workspace;
import org.premise.server.DerivedGraphs;
import org.premise.server.PremiseServer;
import org.premise.server.ServerOptions;

/**
 * Throughput and latency of the served seed: {@code CLIENTS} concurrent HTTP clients each
 * ask one named query {@code ROUNDS} times (after a warm-up), and the figures are printed
 * per query: queries per second, p50 and p99 latency, errors. Not a test: run it with
 * {@code java -cp target/premise.jar org.premise.bench.ServerBenchmark [CLIENTS] [ROUNDS]}.
 */
public final class ServerBenchmark {
    private ServerBenchmark() {}

    public static void main(String[] args) throws Exception {
        JenaSystem.init();
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        SourceSpec spec = SourceSpec.bundled();
        Workspace ws = Workspaces.inMemory(spec);
        PremiseServer server = PremiseServer.serve(DerivationService.inMemory(ws), DerivedGraphs.of(ws),
                ServerOptions.defaults().withPort(0), null);
        try {
            HttpClient http = HttpClient.newHttpClient();
            System.out.printf(Locale.ROOT, "%d clients x %d queries each, SELECT as TSV, served seed in memory, %s%n",
                    clients, rounds, server.sparqlUrl());
            for (String name : List.of("dependencies", "linchpins")) {
                String text = BundledResources.onClasspath().readAll("premise/queries").get(name + ".rq");
                String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
                run(http, url, clients, Math.max(1, rounds / 5)); // warm-up
                Result r = run(http, url, clients, rounds);
                System.out.printf(Locale.ROOT, "%-13s %8.0f queries/s   p50 %6.2f ms   p99 %6.2f ms   errors %d%n",
                        name, r.perSecond(), r.percentileMs(50), r.percentileMs(99), r.errors());
            }
        } finally {
            server.stop();
        }
    }

    private record Result(List<Long> nanos, long wallNanos, int errors) {
        double perSecond() { return nanos.size() / (wallNanos / 1e9); }

        double percentileMs(int p) {
            int i = (int) Math.ceil(p / 100.0 * nanos.size()) - 1;
            return nanos.get(Math.max(0, i)) / 1e6;
        }
    }

    private static Result run(HttpClient http, String url, int clients, int rounds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/tab-separated-values").GET().build();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200) errors.incrementAndGet();
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        nanos.add(System.nanoTime() - t);
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        long wall = System.nanoTime() - start;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Result(sorted, wall, errors.get());
    }
}
