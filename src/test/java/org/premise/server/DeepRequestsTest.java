package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A query or update nested thousands deep overflowed ARQ's parser and came back as a 500 with a
 * stack trace (issue 10, finding 4), and a malformed escape in a URL as a 500 too (finding 7):
 * now each is a 400 in one line, nothing is written, and the server keeps answering.
 */
class DeepRequestsTest {
    static PremiseServer server;

    @BeforeAll
    static void start() {
        server = SeedServers.start(SeedServers.testDefaults().withUpdate(true));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aDeeplyNestedQueryIsABadRequestInOneLine() {
        String query = "SELECT * WHERE " + "{ ".repeat(20_000) + "?s ?p ?o" + " }".repeat(20_000);
        HttpResponse<String> answer = SeedServers.query(server, query, "application/sparql-results+json");
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(1, answer.body().strip().lines().count(), answer.body());
        assertEquals(200, SeedServers.query(server, "ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode());
    }

    @Test
    void aMalformedPercentEscapeIsABadRequestNotAServerError() {
        // Issue 10, finding 7: `?query=%ZZ` came back as 500.
        for (String path : new String[] {"/premise/sparql?query=%ZZ", "/premise/sparql?query=ASK%7B%7D%4", "/queries/dependencies?x=%G1"}) {
            RawHttp.Answer answer = RawHttp.send(server.port(), "GET", path, "127.0.0.1:" + server.port());
            assertEquals(400, answer.status(), path + ": " + answer.body());
            assertTrue(answer.body().contains("malformed URL"), answer.body());
        }
        assertEquals(200, RawHttp.send(server.port(), "GET", "/premise/sparql?query=ASK%7B%7D", "127.0.0.1:" + server.port()).status());
    }

    @Test
    void aDeeplyNestedUpdateWritesNothing() {
        String update = "INSERT DATA { <urn:deep:s> <urn:deep:p> " + "[ <urn:deep:p> ".repeat(20_000) + "\"x\"" + " ]".repeat(20_000) + " }";
        HttpResponse<String> answer = SeedServers.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build());
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(1, answer.body().strip().lines().count(), answer.body());
        HttpResponse<String> ask = SeedServers.query(server, "ASK { <urn:deep:s> ?p ?o }", "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }
}
