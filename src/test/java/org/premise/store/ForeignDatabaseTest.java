package org.premise.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;
import org.premise.cli.ExitCodes;

/**
 * A TDB2 database made by another tool ({@code tdb2.tdbloader data.ttl} puts the triples in
 * the default graph, and writes none of Premise's graphs) was taken for an empty Premise store:
 * {@code report --store DIR} said 0 statements, exit 0 (issue 10, finding 7). It is refused in
 * one line saying what it is and how to make a Premise store, by reading commands, {@code
 * serve} and {@code load} alike, and is left untouched.
 */
class ForeignDatabaseTest {
    @TempDir Path tmp;

    static final Node S = NodeFactory.createURI("http://example.org/a");
    static final Node P = NodeFactory.createURI("http://example.org/b");
    static final Node O = NodeFactory.createURI("http://example.org/c");

    /** What {@code tdb2.tdbloader --loc DIR data.ttl} (or {@code data.trig} with {@code graph}) makes. */
    private Path loadedByAnotherTool(Node graph) {
        Path dir = tmp.resolve("other.tdb");
        DatasetGraph db = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(db, () -> {
            if (graph == null) db.getDefaultGraph().add(S, P, O);
            else db.add(graph, S, P, O);
        });
        TDBInternal.expel(db);
        return dir;
    }

    private String refusal(Path dir, boolean defaultGraph) {
        return "premise: " + dir + ": not a Premise store: a TDB2 database made by another tool (such as tdb2.tdbloader), "
                + "without the graphs 'premise load' writes (graph:ontology, graph:derivation)"
                + (defaultGraph ? "; its triples are in the default graph, which Premise never reads as a source" : "")
                + "; make a Premise store from its data with 'premise load --store NEW_DIR FILE...' "
                + "('tdb2.tdbdump --loc " + dir + "' writes the data out as N-Quads)\n";
    }

    @Test
    void aDatabaseWithTriplesInItsDefaultGraphIsRefusedByEveryDoor() {
        Path dir = loadedByAnotherTool(null);
        List<String> before = StoreSnapshot.of(dir);
        for (List<String> args : List.of(
                List.of("report", "--store", dir.toString()),
                List.of("query", "dependencies", "--store", dir.toString()),
                List.of("query", "dependencies", "--store", dir.toString(), "--data", LoadCommandTest.SECOND_DIGEST.toString()),
                List.of("load", "--store", dir.toString(), LoadCommandTest.SECOND_DIGEST.toString()),
                List.of("serve", "--store", dir.toString(), "--port", "0"))) {
            Cli.Run run = Cli.run(args);
            assertEquals(ExitCodes.BAD_INPUT, run.exit(), args + ": " + run.out());
            assertEquals(refusal(dir, true), run.err(), args.toString());
        }
        assertEquals(before, StoreSnapshot.of(dir), "the other tool's database is left as it was");
    }

    @Test
    void aDatabaseOfNamedGraphsWithoutPremisesGraphsIsRefusedToo() {
        Path dir = loadedByAnotherTool(NodeFactory.createURI("http://example.org/g"));
        Cli.Run run = Cli.run("report", "--store", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.out());
        assertEquals(refusal(dir, false), run.err());
    }

    @Test
    void anEmptyTdb2DatabaseIsAnEmptyStoreToLoadInto() {
        Path dir = tmp.resolve("empty.tdb");
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir.toString()));
        Cli.Run load = Cli.run("load", "--store", dir.toString());
        assertEquals(ExitCodes.OK, load.exit(), load.err());
        assertTrue(load.err().contains("premise: loaded 4 sources"), load.err());
        assertEquals(ExitCodes.OK, Cli.run("report", "--store", dir.toString()).exit());
    }
}
