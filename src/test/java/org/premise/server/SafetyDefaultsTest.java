package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** Loopback only, read-only, SERVICE refused, a timeout and a row cap, unless asked otherwise. */
class SafetyDefaultsTest {

    @Test
    void defaultsAreTheSafeOnes() {
        ServerOptions d = ServerOptions.defaults();
        assertEquals("127.0.0.1", d.bindAddress());
        assertEquals(3030, d.port());
        assertEquals(false, d.update());
        assertEquals(false, d.allowService());
        assertEquals(Duration.ofSeconds(10), d.timeout());
        assertEquals(10_000, d.maxRows());
    }

    @Test
    void bindsLoopbackOnlyByDefault() {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults());
        try {
            assertEquals("127.0.0.1", server.boundAddress().getAddress().getHostAddress());
            assertTrue(server.boundAddress().getAddress().isLoopbackAddress());
            assertTrue(server.port() > 0);
        } finally {
            server.stop();
        }
    }

    @Test
    void writesAreRefusedWhenReadOnly() {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults());
        try {
            String insert = "INSERT DATA { <urn:x> <urn:p> <urn:o> }";
            HttpResponse<String> update = SeedServers.update(server, insert);
            assertEquals(403, update.statusCode(), update.body());
            assertTrue(update.body().contains("read-only"), update.body());
            // An update sent to the query endpoint is not run either.
            int viaQuery = SeedServers.post(server.sparqlUrl(), "application/sparql-update", insert).statusCode();
            assertTrue(viaQuery >= 400 && viaQuery < 500, "status " + viaQuery);
            int put = SeedServers.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.datasetUrl() + "/data?default"))
                    .header("Content-Type", "application/n-triples")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:x> <urn:p> <urn:o> .\n")).build()).statusCode();
            assertTrue(put >= 400 && put < 500, "status " + put);
            HttpResponse<String> ask = SeedServers.query(server, "ASK { <urn:x> ?p ?o }", "application/sparql-results+json");
            assertTrue(ask.body().contains("false"), ask.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void serviceIsRefusedByDefaultAndAllowedOnRequest() {
        DatasetGraph remoteData = DatasetGraphFactory.createTxnMem();
        remoteData.add(org.apache.jena.sparql.core.Quad.defaultGraphIRI, NodeFactory.createURI("urn:remote"),
                NodeFactory.createURI("urn:says"), NodeFactory.createLiteralString("hello"));
        FusekiServer remote = FusekiServer.create().port(0).loopback(true).add("/remote", remoteData, false).start();
        String query = "SELECT ?o WHERE { SERVICE <http://localhost:" + remote.getPort() + "/remote/sparql> { <urn:remote> <urn:says> ?o } }";
        PremiseServer refusing = SeedServers.start(SeedServers.testDefaults());
        PremiseServer allowing = SeedServers.start(SeedServers.testDefaults().withAllowService(true));
        try {
            HttpResponse<String> refused = SeedServers.query(refusing, query, "text/tab-separated-values");
            assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, refused.statusCode() + " " + refused.body());
            HttpResponse<String> allowed = SeedServers.query(allowing, query, "text/tab-separated-values");
            assertEquals(200, allowed.statusCode(), allowed.body());
            assertTrue(allowed.body().contains("\"hello\""), allowed.body());
        } finally {
            refusing.stop();
            allowing.stop();
            remote.stop();
        }
    }

    @Test
    void aSlowQueryIsStoppedAtTheTimeout() {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults().withTimeout(Duration.ofSeconds(1)));
        try {
            String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long start = System.nanoTime();
            HttpResponse<String> http = SeedServers.query(server, crossProduct, "application/sparql-results+json");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(503, http.statusCode(), http.body());
            assertTrue(http.body().contains("timed out"), http.body());
            assertTrue(seconds < 30, "took " + seconds + " s");
        } finally {
            server.stop();
        }
    }

    @Test
    void resultsAreCappedAndTheCapReported() {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults().withMaxRows(5));
        try {
            HttpResponse<String> capped = SeedServers.query(server, SeedServers.queryFile("dependencies"), "text/tab-separated-values");
            assertEquals(200, capped.statusCode(), capped.body());
            assertEquals(1 + 5, capped.body().lines().filter(l -> !l.isBlank()).count(), capped.body());
            assertEquals("5", capped.headers().firstValue(CappedQuery.CAP_HEADER).orElse(null));
            assertEquals("true", capped.headers().firstValue(CappedQuery.TRUNCATED_HEADER).orElse(null));

            HttpResponse<String> fits = SeedServers.query(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/tab-separated-values");
            assertEquals(1 + 3, fits.body().lines().filter(l -> !l.isBlank()).count(), fits.body());
            assertEquals("false", fits.headers().firstValue(CappedQuery.TRUNCATED_HEADER).orElse(null));

            HttpResponse<String> exactly = SeedServers.query(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 5", "text/tab-separated-values");
            assertEquals("false", exactly.headers().firstValue(CappedQuery.TRUNCATED_HEADER).orElse(null));
        } finally {
            server.stop();
        }
    }
}
