package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;
import org.premise.kb.DerivationGraph;
import org.premise.rdf.Vocab;
import org.premise.reason.Workspace;
import org.premise.store.Store;

/**
 * {@code premise load} keeps the base edges and names the closure predicates; serving the
 * store ({@code serve --store}) shows the same closure as the files, read-only and read-write,
 * and a write's new dependence survives a restart of the server.
 */
class StoredClosureTest {
    @TempDir Path tmp;

    @Test
    void aLoadedStoreServesTheClosureOfTheFilesAndKeepsWritesAcrossRestarts() {
        Path dir = tmp.resolve("kb.tdb");
        Cli.Run load = Cli.run("load", "--store", dir.toString());
        assertEquals(0, load.exit(), load.err());
        Workspace seed = SeedServers.seed();
        Set<String> pairs = ServedData.rows(seed, ServedData.DEPENDS_ON);

        DatasetGraph store = Store.openExisting(dir);
        try {
            Txn.executeRead(store, () -> {
                assertEquals(Set.of(Vocab.dependsOn), DerivationGraph.closurePredicates(store.getGraph(Vocab.DERIVATION_GRAPH)));
                long kept = store.getGraph(Vocab.INFERRED_GRAPH).find(Node.ANY, Vocab.dependsOn, Node.ANY).toList().size();
                assertEquals(seed.inference().materialised().find(Node.ANY, Vocab.dependsOn, Node.ANY).toList().size(), kept);
            });
            PremiseServer readOnly = PremiseServer.serve(store, SeedServers.testDefaults());
            try {
                ServedClosureTest.assertServedAsDerived(readOnly, seed);
                ServedData.assertSameGraphs(ServedData.infer(seed), ServedData.dump(readOnly));
            } finally {
                readOnly.stop();
            }
            PremiseServer writable = PremiseServer.serve(store, SeedServers.derivation(), SeedServers.testDefaults().withUpdate(true), null);
            try {
                ServedClosureTest.assertServedAsDerived(writable, seed);
                HttpResponse<String> insert = SeedServers.update(writable, NEW_ARGUMENT);
                assertEquals(204, insert.statusCode(), insert.body());
                assertTrue(ServedData.rows(writable, ServedData.DEPENDS_ON).contains(NEW_PAIR));
            } finally {
                writable.stop();
            }
        } finally {
            Store.release(store);
        }

        // A new server over the reopened store rebuilds the closure from the stored base edges.
        DatasetGraph reopened = Store.openExisting(dir);
        try {
            PremiseServer again = PremiseServer.serve(reopened, SeedServers.testDefaults());
            try {
                Set<String> served = ServedData.rows(again, ServedData.DEPENDS_ON);
                assertTrue(served.contains(NEW_PAIR), "the written dependence is served after a restart");
                assertTrue(served.containsAll(pairs));
            } finally {
                again.stop();
            }
        } finally {
            Store.release(reopened);
        }
    }

    private static final String NEW_ARGUMENT = """
            PREFIX premise: <https://w3id.org/premise/ontology#>
            PREFIX st: <https://w3id.org/premise/statement/>
            PREFIX kb: <https://w3id.org/premise/kb/>
            INSERT DATA {
              kb:arg-stored-new a premise:Argument ; premise:conclusion st:lossy-regime ; premise:premise st:stored-new .
              st:stored-new a premise:Assumption ; premise:text "A premise written to the store." .
            }
            """;

    /** The thesis rests on the lossy regime, so now on the new premise too. */
    private static final String NEW_PAIR = "<" + Vocab.statement("thesis").getURI() + ">\t<" + Vocab.statement("stored-new").getURI() + ">";
}
