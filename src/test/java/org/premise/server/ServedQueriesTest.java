package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.premise.cli.Cli;
import org.premise.rdf.Vocab;

/** The seed served read-only: the same answers as the command line, in every standard format. */
class ServedQueriesTest {
    private static PremiseServer server;

    @BeforeAll
    static void start() {
        server = SeedServers.start(SeedServers.testDefaults());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static final String CONSTRUCT_DEPENDENCIES =
            "PREFIX premise: <https://w3id.org/premise/ontology#> CONSTRUCT { ?c premise:dependsOn ?a } WHERE { ?c premise:dependsOn ?a }";

    @Test
    void dependenciesOverHttpMatchTheCommandLine() {
        Cli.Run cli = Cli.run("query", "dependencies", "--format", "tsv");
        assertEquals(0, cli.exit(), cli.err());
        HttpResponse<String> http = SeedServers.query(server, SeedServers.queryFile("dependencies"), "text/tab-separated-values");
        assertEquals(200, http.statusCode(), http.body());
        Set<String> served = rowsAfterHeader(http.body());
        assertEquals(cli.rowsAfterHeader(), served);
        assertEquals(36, served.size());
    }

    @Test
    void dependenciesThroughJenaClientMatchTheCommandLine() {
        Set<String> cli = Cli.run("query", "dependencies", "--format", "tsv").rowsAfterHeader();
        Set<String> served = new LinkedHashSet<>();
        try (QueryExecHTTP exec = QueryExecHTTP.service(server.sparqlUrl()).query(SeedServers.queryFile("dependencies")).build()) {
            exec.select().forEachRemaining(row -> served.add(
                    "<" + row.get("conclusion").getURI() + ">\t<" + row.get("assumption").getURI() + ">"));
        }
        assertEquals(cli, served);
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    void selectResultsInEachFormat(String mediaType) {
        HttpResponse<String> http = SeedServers.query(server, SeedServers.queryFile("dependencies"), mediaType);
        assertEquals(200, http.statusCode(), http.body());
        assertTrue(http.headers().firstValue("Content-Type").orElse("").startsWith(mediaType),
                () -> http.headers().firstValue("Content-Type").orElse("none"));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(http.body().getBytes(StandardCharsets.UTF_8)), langOf(mediaType));
        int rows = 0;
        while (rs.hasNext()) {
            rs.next();
            rows++;
        }
        assertEquals(36, rows);
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle", "application/n-triples", "application/ld+json"})
    void constructInEachFormat(String mediaType) {
        HttpResponse<String> http = SeedServers.query(server, CONSTRUCT_DEPENDENCIES, mediaType);
        assertEquals(200, http.statusCode(), http.body());
        assertTrue(http.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(http.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(mediaType)).parse(g);
        long expected = SeedServers.seed().kb().union().find(null, Vocab.dependsOn, null).toList().size();
        assertEquals(expected, g.size());
        assertFalse(g.isEmpty());
    }

    @Test
    void graphStoreGetOfANamedGraph() {
        HttpResponse<String> http = SeedServers.get(server.datasetUrl() + "/get?graph=" + SeedServers.encode(Vocab.INFERRED_GRAPH.getURI()), "text/turtle");
        assertEquals(200, http.statusCode(), http.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(http.body(), Lang.TURTLE).parse(g);
        assertTrue(g.isIsomorphicWith(SeedServers.seed().kb().inferred()), "the served inferred graph differs from premise infer's");
    }

    @Test
    void graphStoreGetOfTheDefaultGraphIsTheUnion() {
        HttpResponse<String> http = SeedServers.get(server.datasetUrl() + "/data?default", "application/n-triples");
        assertEquals(200, http.statusCode(), http.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(http.body(), Lang.NTRIPLES).parse(g);
        Graph union = GraphFactory.createDefaultGraph();
        SeedServers.seed().kb().union().find().forEachRemaining(union::add);
        assertEquals(union.size(), g.size());
    }

    @Test
    void wholeDatasetGetIsTheNamedGraphsOnly() {
        HttpResponse<String> http = SeedServers.get(server.datasetUrl() + "/data", "application/n-quads");
        assertEquals(200, http.statusCode(), http.body());
        org.apache.jena.sparql.core.DatasetGraph dump = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.fromString(http.body(), Lang.NQUADS).parse(dump);
        assertTrue(dump.getDefaultGraph().isEmpty(), "the union default graph was written out too");
        assertTrue(dump.getGraph(Vocab.INFERRED_GRAPH).isIsomorphicWith(SeedServers.seed().kb().inferred()));
    }

    @Test
    void namedGraphsAreTheExportedParts() {
        HttpResponse<String> http = SeedServers.query(server,
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", "text/tab-separated-values");
        assertEquals(200, http.statusCode(), http.body());
        Set<String> graphs = rowsAfterHeader(http.body());
        assertTrue(graphs.containsAll(List.of("<" + Vocab.ONTOLOGY_GRAPH.getURI() + ">", "<" + Vocab.INFERRED_GRAPH.getURI() + ">",
                "<" + Vocab.ANALYSIS_GRAPH.getURI() + ">")), graphs::toString);
        assertEquals(3 + SeedServers.seed().kb().sources().size(), graphs.size(), graphs::toString);
    }

    @Test
    void malformedQueryIs400WithLineAndColumn() {
        HttpResponse<String> http = SeedServers.query(server, "SELECT ?x WHERE {\n  ?x ?p \n", "application/sparql-results+json");
        assertEquals(400, http.statusCode());
        assertTrue(http.body().matches("(?s).*line \\d+, column \\d+.*"), http.body());
    }

    private static Set<String> rowsAfterHeader(String tsv) {
        List<String> lines = tsv.lines().filter(l -> !l.isBlank()).toList();
        return new LinkedHashSet<>(lines.subList(1, lines.size()));
    }

    private static Lang langOf(String mediaType) {
        return switch (mediaType) {
            case "application/sparql-results+json" -> ResultSetLang.RS_JSON;
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
    }
}
