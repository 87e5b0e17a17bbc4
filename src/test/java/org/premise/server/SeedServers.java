package org.premise.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.premise.app.Workspaces;
import org.premise.kb.SourceSpec;
import org.premise.reason.DerivationService;
import org.premise.reason.Workspace;

/** The seed knowledge base served for tests, and a small HTTP client to talk to it. */
final class SeedServers {
    private SeedServers() {}

    private static Workspace seed;

    /** The bundled knowledge base with its rules applied (loaded once). */
    static synchronized Workspace seed() {
        if (seed == null) seed = Workspaces.inMemory(SourceSpec.bundled());
        return seed;
    }

    /** The seed's rules and limits, for a base whose derived graphs are checked when served (as a store's are). */
    static DerivedGraphs derivation() {
        return new DerivedGraphs(seed().rules(), Workspace.limits(SourceSpec.bundled()));
    }

    /** A fresh in-memory copy of the seed in the served layout. */
    static DatasetGraph inMemory() {
        return DerivationService.inMemory(seed());
    }

    /** A fresh in-memory TDB2 database holding the seed in the served layout. */
    static DatasetGraph tdb2() {
        DatasetGraph mem = inMemory();
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeRead(mem, () -> Txn.executeWrite(tdb, () -> mem.find().forEachRemaining(tdb::add)));
        return tdb;
    }

    /** Serves the seed in memory on a free loopback port, as {@code premise serve} does. */
    static PremiseServer start(ServerOptions options) {
        return PremiseServer.serve(inMemory(), DerivedGraphs.of(seed()), options.withPort(0), null);
    }

    static ServerOptions testDefaults() {
        return ServerOptions.defaults().withPort(0);
    }

    static String queryFile(String name) {
        try {
            return Files.readString(Path.of("queries", name + ".rq"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static HttpResponse<String> get(String url, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) request.header("Accept", accept);
        return send(request.build());
    }

    static HttpResponse<String> query(PremiseServer server, String query, String accept) {
        return get(server.sparqlUrl() + "?query=" + encode(query), accept);
    }

    static HttpResponse<String> post(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> update(PremiseServer server, String update) {
        return post(server.datasetUrl() + "/update", "application/sparql-update", update);
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException closedByServer) {
                // Jetty may close a connection after an error answer; the pooled connection is then
                // stale for the next request. A real client retries on a fresh connection too.
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
