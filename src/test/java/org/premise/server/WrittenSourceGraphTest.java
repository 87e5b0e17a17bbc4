package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;
import org.premise.rdf.Vocab;
import org.premise.store.Store;
import org.premise.store.StoreSnapshot;

/**
 * A graph a client names itself is a source everywhere (issue 10, finding 9): a write over
 * HTTP into {@code <http://example.org/mine>} on {@code serve --store --update} is seen by the
 * server, then by {@code query --store} (from the derived graphs the server kept current), and
 * {@code premise load} derives from it too instead of dropping its consequences.
 */
class WrittenSourceGraphTest {
    @TempDir Path tmp;

    private static final String MINE = "http://example.org/mine";

    private static final String FRICTION_IN_MY_GRAPH = """
            PREFIX premise: <https://w3id.org/premise/ontology#>
            PREFIX st: <https://w3id.org/premise/statement/>
            INSERT DATA { GRAPH <http://example.org/mine> {
              st:energy-limits premise:undercuts st:low-friction ;
                  premise:text "Energy and chip supply limit how fast the loop can turn." ;
                  premise:key "energy-limits" .
            } }
            """;

    @Test
    void aGraphOfTheClientsOwnNamingIsASourceForTheServerTheReadersAndLoad() {
        Path dir = tmp.resolve("kb.tdb");
        assertEquals(0, Cli.run("load", "--store", dir.toString()).exit());

        DatasetGraph store = Store.openExisting(dir);
        try {
            PremiseServer server = PremiseServer.serve(store, SeedServers.derivation(),
                    SeedServers.testDefaults().withUpdate(true), null);
            try {
                HttpResponse<String> insert = SeedServers.update(server, FRICTION_IN_MY_GRAPH);
                assertEquals(204, insert.statusCode(), insert.body());
                String served = SeedServers.query(server, SeedServers.queryFile("friction"), "text/tab-separated-values").body();
                assertTrue(served.contains("energy-limits"), served);
            } finally {
                server.stop();
            }
        } finally {
            Store.release(store);
        }

        // The server kept the derived graphs and their fingerprint current: the reader uses them as stored.
        Cli.Run query = Cli.run("query", "friction", "--store", dir.toString(), "--format", "tsv");
        assertEquals(0, query.exit(), query.err());
        assertEquals("", query.err());
        assertTrue(query.out().contains("energy-limits"), query.out());

        Cli.Run load = Cli.run("load", "--store", dir.toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.err().contains("it now holds 5 sources"), load.err());
        List<String> quads = StoreSnapshot.of(dir);
        Node energy = Vocab.statement("energy-limits");
        assertTrue(quads.stream().anyMatch(l -> l.startsWith("<" + energy.getURI() + "> <" + Vocab.rdfType.getURI() + "> <"
                + Vocab.FrictionSource.getURI() + "> <" + Vocab.INFERRED_GRAPH.getURI() + ">")), "load derived from <mine>");
        assertTrue(quads.stream().anyMatch(l -> l.endsWith("<" + MINE + "> .")), "the written graph is kept");
        assertFalse(quads.stream().anyMatch(l -> l.endsWith("<" + Vocab.GRAPH + "source/updates> .")));

        Cli.Run after = Cli.run("query", "friction", "--store", dir.toString(), "--format", "tsv");
        assertEquals(query.rowsAfterHeader(), after.rowsAfterHeader());
    }
}
