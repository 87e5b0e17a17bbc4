package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.premise.kb.DatasetLayout;
import org.premise.rdf.Vocab;

/** With --update: writes reach the asserted graphs, derived graphs follow, derived graphs cannot be written. */
class LiveUpdatesTest {

    static Stream<Named<Supplier<DatasetGraph>>> bases() {
        return Stream.of(Named.of("in memory", SeedServers::inMemory), Named.of("TDB2", SeedServers::tdb2));
    }

    private static PremiseServer start(Supplier<DatasetGraph> base) {
        return PremiseServer.serve(base.get(), SeedServers.derivation(), SeedServers.testDefaults().withUpdate(true), null);
    }

    private static final String NEW_FRICTION = """
            PREFIX premise: <https://w3id.org/premise/ontology#>
            PREFIX st: <https://w3id.org/premise/statement/>
            INSERT DATA {
              st:energy-limits premise:undercuts st:low-friction ;
                  premise:text "Energy and chip supply limit how fast the loop can turn." ;
                  premise:key "energy-limits" .
            }
            """;

    private static final String ARGUMENTS_FROM_ENERGY = """
            PREFIX premise: <https://w3id.org/premise/ontology#>
            PREFIX st: <https://w3id.org/premise/statement/>
            SELECT ?argument WHERE { ?argument premise:conclusion st:rsi-loop-broken ; premise:premise st:energy-limits }
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void theExplorersMapFollowsAWrite(Supplier<DatasetGraph> base) {
        PremiseServer server = start(base);
        try {
            String map = "http://127.0.0.1:" + server.port() + "/premise/map?grouping=none";
            String before = SeedServers.get(map, "application/json").body();
            assertEquals(before, SeedServers.get(map, "application/json").body(), "the same map twice (kept)");
            assertFalse(before.contains("energy-limits"), "not in the map yet");
            assertEquals(204, SeedServers.update(server, NEW_FRICTION).statusCode());
            // The write made a new workspace: the kept answer is not served again, the new statement is laid out.
            String after = SeedServers.get(map, "application/json").body();
            assertTrue(after.contains("\"key\" : \"energy-limits\"") || after.contains("\"key\":\"energy-limits\""), after);
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void insertedFrictionSourceIsSeenAndDerivedGraphsRecomputed(Supplier<DatasetGraph> base) {
        PremiseServer server = start(base);
        try {
            assertFalse(frictionSources(server).contains("energy-limits"));
            assertEquals(0, rows(SeedServers.query(server, ARGUMENTS_FROM_ENERGY, "text/tab-separated-values")));

            HttpResponse<String> insert = SeedServers.update(server, NEW_FRICTION);
            assertEquals(204, insert.statusCode(), insert.body());

            assertTrue(frictionSources(server).contains("energy-limits"), frictionSources(server));
            assertEquals(1, rows(SeedServers.query(server, ARGUMENTS_FROM_ENERGY, "text/tab-separated-values")));
            // The argument is in graph:inferred and the statement in graph:source/updates.
            String where = SeedServers.query(server, """
                    PREFIX premise: <https://w3id.org/premise/ontology#>
                    PREFIX st: <https://w3id.org/premise/statement/>
                    SELECT ?g ?h WHERE { GRAPH ?g { st:energy-limits premise:key "energy-limits" }
                                         GRAPH ?h { ?arg premise:premise st:energy-limits } }""", "text/tab-separated-values").body();
            assertTrue(where.contains(DatasetLayout.UPDATES_GRAPH.getURI()) && where.contains(Vocab.INFERRED_GRAPH.getURI()), where);
            // The analysis was recomputed too: the new source now has a status.
            HttpResponse<String> status = SeedServers.query(server, """
                    PREFIX premise: <https://w3id.org/premise/ontology#>
                    PREFIX st: <https://w3id.org/premise/statement/>
                    ASK { GRAPH <https://w3id.org/premise/graph/analysis> { st:energy-limits premise:status ?s } }""",
                    "application/sparql-results+json");
            assertTrue(status.body().contains("true"), status.body());
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void writesToDerivedGraphsAreRefusedAndChangeNothing(Supplier<DatasetGraph> base) {
        PremiseServer server = start(base);
        try {
            long inferredBefore = size(server, Vocab.INFERRED_GRAPH.getURI());
            long sourcesBefore = size(server, "https://w3id.org/premise/graph/source/lossy-self-improvement.map.ttl");

            HttpResponse<String> update = SeedServers.update(server, "INSERT DATA { GRAPH <" + Vocab.INFERRED_GRAPH.getURI()
                    + "> { <urn:x> <urn:p> <urn:o> } }");
            assertEquals(403, update.statusCode(), update.body());
            assertTrue(update.body().contains("derived"), update.body());

            // A mixed update: the allowed part is rolled back with the refused one.
            HttpResponse<String> mixed = SeedServers.update(server, "INSERT DATA { <urn:y> <urn:p> <urn:o> . GRAPH <"
                    + Vocab.ANALYSIS_GRAPH.getURI() + "> { <urn:x> <urn:p> <urn:o> } }");
            assertEquals(403, mixed.statusCode(), mixed.body());

            HttpResponse<String> drop = SeedServers.update(server, "DROP GRAPH <" + Vocab.ONTOLOGY_GRAPH.getURI() + ">");
            assertEquals(403, drop.statusCode(), drop.body());

            String graphParam = "?graph=" + SeedServers.encode(Vocab.INFERRED_GRAPH.getURI());
            int put = SeedServers.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data" + graphParam))
                    .header("Content-Type", "application/n-triples")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:p> <urn:o> .\n")).build()).statusCode();
            assertEquals(403, put);
            int delete = SeedServers.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data" + graphParam))
                    .DELETE().build()).statusCode();
            assertEquals(403, delete);

            assertEquals(inferredBefore, size(server, Vocab.INFERRED_GRAPH.getURI()));
            assertEquals(sourcesBefore, size(server, "https://w3id.org/premise/graph/source/lossy-self-improvement.map.ttl"));
            HttpResponse<String> ask = SeedServers.query(server, "ASK { { <urn:x> ?p ?o } UNION { <urn:y> ?p ?o } }",
                    "application/sparql-results+json");
            assertTrue(ask.body().contains("false"), ask.body());
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void graphStoreWriteToTheDefaultGraphLandsInTheUpdatesSource(Supplier<DatasetGraph> base) {
        PremiseServer server = start(base);
        try {
            int post = SeedServers.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?default"))
                    .header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:p> <urn:o> .\n")).build()).statusCode();
            assertTrue(post == 200 || post == 201 || post == 204, "status " + post);
            assertEquals(1, size(server, DatasetLayout.UPDATES_GRAPH.getURI()));
            DatasetGraph served = server.dataset();
            Txn.executeRead(served, () -> assertTrue(served.getDefaultGraph().contains(
                    org.apache.jena.graph.NodeFactory.createURI("urn:x"), null, null)));
        } finally {
            server.stop();
        }
    }

    private static String frictionSources(PremiseServer server) {
        HttpResponse<String> http = SeedServers.query(server, SeedServers.queryFile("friction"), "text/tab-separated-values");
        assertEquals(200, http.statusCode(), http.body());
        return http.body();
    }

    private static long size(PremiseServer server, String graph) {
        HttpResponse<String> http = SeedServers.query(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }",
                "text/tab-separated-values");
        assertEquals(200, http.statusCode(), http.body());
        String value = http.body().lines().skip(1).findFirst().orElseThrow();
        return Long.parseLong(value.replaceAll("^\"?([0-9]+).*$", "$1"));
    }

    private static long rows(HttpResponse<String> tsv) {
        assertEquals(200, tsv.statusCode(), tsv.body());
        return tsv.body().lines().filter(l -> !l.isBlank()).count() - 1;
    }
}
