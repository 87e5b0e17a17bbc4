package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, finding 6: a 10 MB query kept a thread busy for minutes and 120 slow queries made
 * a plain ASK wait 46 s. Now an oversized query or upload is refused before it is parsed (413),
 * and past the concurrency limit a request gets a quick 503 with Retry-After.
 */
class RequestLimitsTest {
    static PremiseServer server;

    @BeforeAll
    static void start() {
        server = SeedServers.start(SeedServers.testDefaults().withUpdate(true).withTimeout(Duration.ofSeconds(8))
                .withLoad(new ServerOptions.Load(2_000, 20_000, 1, Duration.ofMillis(200))));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void assertOneLine(int status, HttpResponse<String> answer, String why) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains(why), "expected '" + why + "' in: " + answer.body());
        assertEquals(1, answer.body().strip().lines().count(), answer.body());
    }

    @Test
    void anOversizedQueryOrUpdateOrUploadIsRefusedBeforeItIsRead() {
        String padding = "# " + "x".repeat(3_000) + "\n";
        assertOneLine(413, SeedServers.post(server.sparqlUrl(), "application/sparql-query", padding + "ASK {}"),
                "--max-query-bytes");
        assertOneLine(413, SeedServers.update(server, padding + "INSERT DATA { <urn:big:s> <urn:big:p> 1 }"),
                "--max-query-bytes");
        String triples = "<urn:big:s> <urn:big:p> \"" + "y".repeat(30_000) + "\" .\n";
        assertOneLine(413, SeedServers.post(server.datasetUrl() + "/data?graph=" + SeedServers.encode("http://example.org/big"),
                "text/turtle", triples), "--max-upload-bytes");
        HttpResponse<String> ask = SeedServers.query(server, "ASK { <urn:big:s> ?p ?o }", "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), "nothing was written: " + ask.body());
        // Within the limits, the same requests are answered.
        assertEquals(200, SeedServers.post(server.sparqlUrl(), "application/sparql-query", "ASK {}").statusCode());
    }

    @Test
    void pastTheConcurrencyLimitARequestIsToldToComeBack() throws Exception {
        // Runs until the 8 s timeout: a cross product of the seed with itself, three times. With
        // one turn, it and the quick asks below overlap, and whichever comes second is shed.
        String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        CompletableFuture<HttpResponse<String>> busy = CompletableFuture.supplyAsync(() ->
                SeedServers.post(server.sparqlUrl(), "application/sparql-query", slow));
        HttpResponse<String> shed = null;
        while (shed == null && !busy.isDone()) {
            HttpResponse<String> r = SeedServers.query(server, "ASK {}", "application/sparql-results+json");
            if (r.statusCode() == 503) shed = r;
            else Thread.sleep(20);
        }
        if (shed == null) shed = busy.get();
        assertOneLine(503, shed, "--max-concurrent");
        assertTrue(shed.headers().firstValue("Retry-After").isPresent(), "Retry-After in " + shed.headers().map());
        busy.get();
        assertEquals(200, SeedServers.query(server, "ASK {}", "application/sparql-results+json").statusCode(),
                "answered again once the slow query is done");
    }
}
