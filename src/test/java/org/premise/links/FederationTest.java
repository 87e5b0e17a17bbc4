package org.premise.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;

/**
 * Federation against a local Fuseki standing in for Wikidata (a fixture in Wikidata's dump
 * shape, served read-only on 127.0.0.1): {@code premise link} fetches exactly the linked
 * items' English labels, descriptions and classes; a user's SERVICE query runs with
 * {@code --allow-service} and is refused, exit 2 with one line, without it.
 */
class FederationTest {
    static final Path STANDIN = Path.of("src/test/resources/wikidata-standin");
    static FusekiServer wikidata;
    static String endpoint;

    @TempDir Path tmp;

    @BeforeAll
    static void startStandIn() {
        var fixture = DatasetFactory.wrap(RDFDataMgr.loadDatasetGraph(STANDIN.resolve("fixture.ttl").toString()));
        wikidata = FusekiServer.create().port(0).loopback(true).verbose(false).add("/wikidata", fixture, false).build().start();
        endpoint = "http://127.0.0.1:" + wikidata.getHttpPort() + "/wikidata/sparql";
    }

    @AfterAll
    static void stopStandIn() {
        if (wikidata != null) wikidata.stop();
    }

    @Test
    void linkFetchesTheLinkedItemsEnglishLabelsDescriptionsAndClasses() {
        Cli.Run run = Cli.run("link", "--endpoint", endpoint);
        assertEquals(0, run.exit(), run.err());
        Graph got = RDFParser.fromString(run.out(), Lang.TURTLE).toGraph();
        Graph expected = RDFDataMgr.loadGraph(STANDIN.resolve("expected-enrichment.ttl").toString());
        assertTrue(IsoMatcher.isomorphic(expected, got), "enrichment differs from expected-enrichment.ttl:\n" + run.out());
    }

    @Test
    void linkWritesAFileWithMinusO() throws Exception {
        Path out = tmp.resolve("enrichment.nt");
        Cli.Run run = Cli.run("link", "--endpoint", endpoint, "--format", "nt", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        Graph got = RDFDataMgr.loadGraph(out.toString());
        assertTrue(IsoMatcher.isomorphic(RDFDataMgr.loadGraph(STANDIN.resolve("expected-enrichment.ttl").toString()), got));
    }

    @Test
    void linkToAnEndpointThatIsNotThereIsOneLineAndExit2() {
        String closed = "http://127.0.0.1:" + wikidata.getHttpPort() + "/no-such-dataset/sparql";
        Cli.Run run = Cli.run("link", "--endpoint", closed);
        assertEquals(2, run.exit(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("premise: --endpoint " + closed), run.err());
    }

    @Test
    void aUserQueryWithServiceRunsWithAllowService() throws Exception {
        Path query = serviceQuery();
        Cli.Run run = Cli.run("query", query.toString(), "--allow-service", "--format", "tsv");
        assertEquals(0, run.exit(), run.err());
        Set<String> concepts = new TreeSet<>();
        for (String row : run.rowsAfterHeader()) concepts.add(row.split("\t")[0]);
        String c = "<https://w3id.org/premise/concept/";
        assertEquals(new TreeSet<>(List.of(c + "artificial-intelligence>", c + "large-language-model>", c + "machine-learning>",
                c + "takeoff>")), concepts);
        assertTrue(run.out().contains("\"technological singularity\"@en"), run.out());
    }

    @Test
    void aUserQueryWithServiceIsRefusedWithoutTheFlag() throws Exception {
        Path query = serviceQuery();
        Cli.Run run = Cli.run("query", query.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("premise: " + query + ": the query calls another endpoint (SERVICE <" + endpoint
                + ">); federated queries are refused unless you pass --allow-service", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void serviceInsideANestedPatternIsRefusedToo() throws Exception {
        Path query = tmp.resolve("nested.rq");
        Files.writeString(query, """
                SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <%s> { ?s ?p ?o } } } LIMIT 1""".formatted(endpoint));
        Cli.Run run = Cli.run("query", query.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("--allow-service"), run.err());
    }

    private Path serviceQuery() throws Exception {
        Path query = tmp.resolve("linked-labels.rq");
        Files.writeString(query, Files.readString(STANDIN.resolve("service-query.rq")).replace("ENDPOINT", endpoint));
        return query;
    }
}
