package org.premise.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;

/**
 * {@code premise load} and {@code --store}: the agreed store layout, all-or-nothing loads,
 * and the reading commands answering from a store as they do from the files.
 */
class LoadCommandTest {
    static final Path SECOND_DIGEST = Path.of("src/test/resources/digests/compute-bottlenecks.txt");
    static final String GRAPH = "https://w3id.org/premise/graph/";

    @TempDir Path tmp;

    Path seededStore() {
        Path dir = tmp.resolve("kb.tdb");
        Cli.Run run = Cli.run("load", "--store", dir.toString());
        assertEquals(0, run.exit(), run.err());
        // the seed digest, its argument map and the two link sets
        assertTrue(run.err().contains("premise: loaded 4 sources"), run.err());
        return dir;
    }

    @Test
    void theStoreHoldsTheAgreedNamedGraphsAndNothingInTheDefaultGraph() {
        Path dir = seededStore();
        assertEquals(0, Cli.run("load", "--store", dir.toString(), SECOND_DIGEST.toString()).exit());
        DatasetGraph store = Store.open(dir);
        try {
            Txn.executeRead(store, () -> {
                Set<String> names = new TreeSet<>();
                store.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
                assertEquals(Set.of(GRAPH + "ontology", GRAPH + "inferred", GRAPH + "derivation", GRAPH + "analysis",
                        GRAPH + "source/lossy-self-improvement.txt", GRAPH + "source/lossy-self-improvement.map.ttl",
                        GRAPH + "source/compute-bottlenecks.txt", GRAPH + "links/wikidata", GRAPH + "links/dbpedia"), names);
                assertTrue(store.getDefaultGraph().isEmpty());
                for (String name : names) assertFalse(store.getGraph(org.apache.jena.graph.NodeFactory.createURI(name)).isEmpty(), name);
                assertTrue(store.contains(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
            });
        } finally {
            Store.release(store);
        }
        assertTrue(Store.isStore(dir));
        assertFalse(Store.isStore(tmp));
    }

    @Test
    void queryFromTheStoreGivesTheRowsOfTheBundledRun() {
        Path dir = seededStore();
        Cli.Run bundled = Cli.run("query", "dependencies", "--format", "tsv");
        Cli.Run stored = Cli.run("query", "dependencies", "--store", dir.toString(), "--no-bundled", "--format", "tsv");
        assertEquals(0, bundled.exit(), bundled.err());
        assertEquals(0, stored.exit(), stored.err());
        assertFalse(bundled.rowsAfterHeader().isEmpty());
        assertEquals(bundled.lines().get(0), stored.lines().get(0));
        assertEquals(bundled.rowsAfterHeader(), stored.rowsAfterHeader());
    }

    @Test
    void aSecondDigestLoadedIntoTheStoreRendersBackByteForByte() throws IOException {
        Path dir = seededStore();
        Cli.Run load = Cli.run("load", "--store", dir.toString(), SECOND_DIGEST.toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.err().contains("premise: loaded 1 source (75 triples)"), load.err());
        Cli.Run render = Cli.run("render", "compute-bottlenecks", "--store", dir.toString());
        assertEquals(0, render.exit(), render.err());
        assertEquals(Files.readString(SECOND_DIGEST), render.out());
    }

    @Test
    void aMalformedFileAmongGoodOnesChangesNothing() throws IOException {
        Path dir = seededStore();
        List<String> before = StoreSnapshot.of(dir);
        Path good = Files.writeString(tmp.resolve("good.nt"), "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        Path bad = Files.writeString(tmp.resolve("bad.ttl"), "@prefix x: <http://example.org/> .\nx:a x:b .\n");
        Cli.Run run = Cli.run("load", "--store", dir.toString(), good.toString(), SECOND_DIGEST.toString(), bad.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("premise: " + bad + ":2:9: not valid Turtle: Unrecognized (expected an RDF Term): [DOT]",
                run.err().strip());
        assertEquals(before, StoreSnapshot.of(dir));
    }

    @Test
    void aFileNameAlreadyInTheStoreIsRefusedUnlessReplaced() throws IOException {
        Path dir = seededStore();
        Path first = Files.writeString(tmp.resolve("notes.nt"), "<http://example.org/a> <http://example.org/b> \"1\" .\n");
        assertEquals(0, Cli.run("load", "--store", dir.toString(), first.toString()).exit());
        List<String> before = StoreSnapshot.of(dir);
        Path again = tmp.resolve("again");
        Files.createDirectories(again);
        Path second = Files.writeString(again.resolve("notes.nt"), "<http://example.org/a> <http://example.org/b> \"2\" .\n");

        Cli.Run refused = Cli.run("load", "--store", dir.toString(), second.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("already in the store (use --replace"), refused.err());
        assertEquals(before, StoreSnapshot.of(dir));

        Cli.Run replaced = Cli.run("load", "--store", dir.toString(), "--replace", second.toString());
        assertEquals(0, replaced.exit(), replaced.err());
        List<String> after = StoreSnapshot.of(dir);
        assertTrue(after.stream().anyMatch(l -> l.contains("\"2\"")));
        assertFalse(after.stream().anyMatch(l -> l.contains("\"1\" <" + GRAPH + "source/notes.nt>")));
    }

    @Test
    void aMissingStoreOrAFolderThatIsNotOneIsACleanError() throws IOException {
        Cli.Run missing = Cli.run("query", "dependencies", "--store", tmp.resolve("nowhere").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nowhere: no such store"), missing.err());
        assertFalse(Files.exists(tmp.resolve("nowhere")));

        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("readme.txt"), "not a store");
        Cli.Run notAStore = Cli.run("load", "--store", other.toString());
        assertEquals(2, notAStore.exit());
        assertTrue(notAStore.err().contains("not a Premise store"), notAStore.err());
        assertEquals(List.of(other.resolve("readme.txt")), Files.list(other).toList());

        Cli.Run noStore = Cli.run("load", SECOND_DIGEST.toString());
        assertEquals(2, noStore.exit());
        assertTrue(noStore.err().contains("--store=DIR"), noStore.err());
    }

    @Test
    void aFailedFirstLoadLeavesNoStoreBehind() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.nt"), "<http://example.org/a> <http://example.org/b> .\n");
        Path dir = tmp.resolve("new.tdb");
        assertEquals(2, Cli.run("load", "--store", dir.toString(), bad.toString()).exit());
        assertFalse(Files.exists(dir));
    }

    @Test
    void dataOnTopOfAStoreIsNeverWrittenToIt() {
        Path dir = seededStore();
        List<String> before = StoreSnapshot.of(dir);
        Cli.Run render = Cli.run("render", "compute-bottlenecks", "--store", dir.toString(), "--data", SECOND_DIGEST.toString());
        assertEquals(0, render.exit(), render.err());
        assertEquals(before, StoreSnapshot.of(dir));
    }
}
