package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Graph Store GETs were not capped and did not say the cap (issue 10, finding 7), while every
 * SPARQL response carries {@code Premise-Result-Cap}: a client could take a whole store's
 * millions of analysis triples in one GET. A GET (and a HEAD) of a graph now answers at most
 * {@code --max-rows} triples, of the whole dataset at most that many quads, and says both
 * {@code Premise-Result-Cap} and {@code Premise-Result-Truncated}, as a SELECT does.
 */
class GraphStoreCapTest {
    static final int CAP = 50;
    static final String ONTOLOGY = "https://w3id.org/premise/graph/ontology";
    static final String WIKIDATA_LINKS = "https://w3id.org/premise/graph/links/wikidata";
    static PremiseServer capped;
    static PremiseServer uncapped;

    @BeforeAll
    static void start() {
        capped = SeedServers.start(SeedServers.testDefaults().withMaxRows(CAP));
        uncapped = SeedServers.start(SeedServers.testDefaults());
    }

    @AfterAll
    static void stop() {
        capped.stop();
        uncapped.stop();
    }

    private static HttpResponse<String> get(PremiseServer server, String query, String accept) {
        return SeedServers.get(server.datasetUrl() + "/data" + query, accept);
    }

    private static Graph graph(HttpResponse<String> answer) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(answer.body(), Lang.NTRIPLES).parse(g);
        return g;
    }

    private static void assertHeaders(HttpResponse<String> answer, int cap, boolean truncated) {
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(String.valueOf(cap), answer.headers().firstValue("Premise-Result-Cap").orElse(null));
        assertEquals(String.valueOf(truncated), answer.headers().firstValue("Premise-Result-Truncated").orElse(null));
    }

    @Test
    void aGraphOverTheCapIsCutToTheCapAndSaysSo() {
        HttpResponse<String> answer = get(capped, "?graph=" + ONTOLOGY, "application/n-triples");
        assertHeaders(answer, CAP, true);
        assertEquals(CAP, graph(answer).size());
        // The same graph in full from a server with the default cap: every triple cut was in it.
        HttpResponse<String> full = get(uncapped, "?graph=" + ONTOLOGY, "application/n-triples");
        assertHeaders(full, 10_000, false);
        Graph all = graph(full);
        assertTrue(all.size() > CAP);
        graph(answer).find().forEachRemaining(t -> assertTrue(all.contains(t), t.toString()));
    }

    @Test
    void theDefaultGraphAndTheWholeDatasetAreCappedToo() {
        HttpResponse<String> union = get(capped, "?default", "application/n-triples");
        assertHeaders(union, CAP, true);
        assertEquals(CAP, graph(union).size());

        HttpResponse<String> dataset = get(capped, "", "application/n-quads");
        assertHeaders(dataset, CAP, true);
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.fromString(dataset.body(), Lang.NQUADS).parse(quads);
        assertEquals(CAP, quads.stream().count());

        assertHeaders(get(uncapped, "", "application/n-quads"), 10_000, false);
    }

    @Test
    void aGraphWithinTheCapComesWholeAndAMissingOneIsStill404() {
        HttpResponse<String> full = get(uncapped, "?graph=" + WIKIDATA_LINKS, "application/n-triples");
        int size = graph(full).size();
        PremiseServer exact = SeedServers.start(SeedServers.testDefaults().withMaxRows(size));
        try {
            HttpResponse<String> answer = get(exact, "?graph=" + WIKIDATA_LINKS, "application/n-triples");
            assertHeaders(answer, size, false);
            assertTrue(graph(answer).isIsomorphicWith(graph(full)));
        } finally {
            exact.stop();
        }

        HttpResponse<String> missing = get(capped, "?graph=https://example.org/no-such-graph", "application/n-triples");
        assertEquals(404, missing.statusCode(), missing.body());
    }

    @Test
    void aHeadSaysTheCapAsTheGetWould() {
        HttpResponse<Void> head = SeedServers.HTTP.sendAsync(HttpRequest.newBuilder(URI.create(capped.datasetUrl() + "/data?graph="
                + ONTOLOGY)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).join();
        assertEquals(200, head.statusCode());
        assertEquals(String.valueOf(CAP), head.headers().firstValue("Premise-Result-Cap").orElse(null));
        assertEquals("true", head.headers().firstValue("Premise-Result-Truncated").orElse(null));
    }
}
