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
 * Issue 10, finding 1: with {@code --update}, a page on another site could write to the store
 * (a form POST carries no CORS preflight), and a page whose name was re-pointed at 127.0.0.1
 * (DNS rebinding) could read it. Each request here is sent as the attacker's browser would send it.
 */
class CrossSiteRequestsTest {
    static final String EVIL = "http://evil.example";
    static final String INSERT = "INSERT DATA { <urn:cross:s> <urn:cross:p> \"written\" }";
    static final String ASK = "ASK { <urn:cross:s> ?p ?o }";

    static PremiseServer server;

    @BeforeAll
    static void start() {
        server = SeedServers.start(SeedServers.testDefaults().withUpdate(true));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        return SeedServers.send(request.build());
    }

    HttpRequest.Builder formUpdate(String update) {
        return HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + SeedServers.encode(update)));
    }

    boolean stored() {
        HttpResponse<String> ask = SeedServers.query(server, ASK, "application/sparql-results+json");
        assertEquals(200, ask.statusCode(), ask.body());
        return ask.body().contains("true");
    }

    static void assertRefused(int status, HttpResponse<String> answer, String why) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains(why), answer.body());
        assertEquals(1, answer.body().strip().lines().count(), "one line: " + answer.body());
    }

    @Test
    void aFormPostFromAnotherSiteIsRefusedAndWritesNothing() {
        assertRefused(403, send(formUpdate(INSERT).header("Origin", EVIL)), "cross-origin");
        assertRefused(403, send(formUpdate(INSERT).header("Origin", "null")), "cross-origin");
        // A browser that sends Sec-Fetch-Site but not Origin.
        assertRefused(403, send(formUpdate(INSERT).header("Sec-Fetch-Site", "cross-site")), "cross-site");
        // A sibling subdomain is same-site, not same-origin.
        assertRefused(403, send(formUpdate(INSERT).header("Sec-Fetch-Site", "same-site")
                .header("Origin", "http://other.localhost:" + server.port())), "cross-origin");
        assertEquals(false, stored());
    }

    @Test
    void graphStoreWritesFromAnotherSiteAreRefused() {
        String data = server.datasetUrl() + "/data?graph=" + SeedServers.encode("http://example.org/cross");
        HttpRequest.BodyPublisher triple = HttpRequest.BodyPublishers.ofString("<urn:cross:s> <urn:cross:p> \"gsp\" .\n");
        for (String method : new String[] {"POST", "PUT"}) {
            assertRefused(403, send(HttpRequest.newBuilder(URI.create(data)).header("Content-Type", "application/n-triples")
                    .header("Origin", EVIL).method(method, triple)), "cross-origin");
        }
        assertRefused(403, send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?default"))
                .header("Origin", EVIL).DELETE()), "cross-origin");
        assertRefused(403, send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?default"))
                .header("Sec-Fetch-Site", "cross-site").DELETE()), "cross-site");
        assertEquals(false, stored());
        HttpResponse<String> union = SeedServers.query(server, "ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertTrue(union.body().contains("true"), "the default graph was not deleted: " + union.body());
    }

    @Test
    void thePageItselfMayPostAndScriptsWithoutOriginMayWrite() {
        // The page at / posts its SPARQL to /premise/sparql; a browser adds Origin and Sec-Fetch-Site.
        HttpResponse<String> page = SeedServers.get(server.datasetUrl().replace("/premise", "/"), "text/html");
        assertEquals(200, page.statusCode());
        HttpResponse<String> query = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .header("Origin", origin()).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + SeedServers.encode("ASK { ?s ?p ?o }"))));
        assertEquals(200, query.statusCode(), query.body());
        assertTrue(query.body().contains("true"), query.body());

        try {
            HttpResponse<String> sameOrigin = send(formUpdate(INSERT).header("Origin", origin())
                    .header("Sec-Fetch-Site", "same-origin"));
            assertEquals(200, sameOrigin.statusCode(), sameOrigin.body());
            assertTrue(stored());
            SeedServers.update(server, "DELETE DATA { <urn:cross:s> <urn:cross:p> \"written\" }");
            // curl and scripts send no Origin: not a browser, so not a cross-site page.
            assertEquals(204, SeedServers.update(server, INSERT).statusCode());
            assertTrue(stored());
        } finally {
            SeedServers.update(server, "DELETE WHERE { <urn:cross:s> ?p ?o }");
        }
    }

    @Test
    void aRequestNamingAnotherHostIsRefusedEvenToRead() {
        int port = server.port();
        String ask = "/premise/sparql?query=" + SeedServers.encode("ASK { ?s ?p ?o }");
        // DNS rebinding: evil.example now resolves to 127.0.0.1, and its page reads "its own" host.
        RawHttp.Answer rebound = RawHttp.send(port, "GET", ask, "evil.example:" + port);
        assertEquals(421, rebound.status(), rebound.head());
        assertTrue(rebound.body().contains("evil.example"), rebound.body());
        assertEquals(421, RawHttp.send(port, "GET", "/", "evil.example:" + port).status());
        assertEquals(421, RawHttp.send(port, "GET", "/queries/dependencies", "evil.example").status());
        for (String read : new String[] {"/premise/whatif?retract=models-capable", "/premise/statement?key=thesis", "/$/ping",
                "/premise/sparql", "/sparql.html"}) {
            assertEquals(421, RawHttp.send(port, "GET", read, "evil.example:" + port).status(), read);
        }
        for (String ownName : new String[] {"127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port, "LocalHost:" + port}) {
            assertEquals(200, RawHttp.send(port, "GET", ask, ownName, "Accept: application/sparql-results+json").status(), ownName);
        }
    }

    @Test
    void theAnalysisEndpointsAreReadsLikeAnyOther() {
        // Another site's page may send a GET (as it may load an image), but gets no CORS header, so its
        // script cannot read the answer; anything but GET is refused before it reaches the endpoint.
        for (String read : new String[] {"/premise/whatif?retract=models-capable", "/premise/statement?key=thesis"}) {
            HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(origin() + read)).header("Origin", EVIL)
                    .header("Sec-Fetch-Site", "cross-site"));
            assertEquals(200, get.statusCode(), get.body());
            assertTrue(get.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), get.headers().toString());
            assertRefused(403, send(HttpRequest.newBuilder(URI.create(origin() + read)).header("Origin", EVIL)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(""))),
                    "cross-origin");
        }
    }

    @Test
    void traceIsNotServed() {
        assertEquals(405, RawHttp.send(server.port(), "TRACE", "/", "127.0.0.1:" + server.port()).status());
    }
}
