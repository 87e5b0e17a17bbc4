package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} of the seed's own text (a copy, without its {@code .keys}) beside another
 * digest gave the seed's statements automatic keys instead of the bundled seed's IRIs (issue
 * 10, finding 7): the file took the bundled source's place by name, and with it went what the
 * bundled source made known, so the same text got two identities depending on how it was read
 * (and the bundled argument map, still loaded, pointed at statements no document had). A
 * source a file replaces still makes its texts known: the same text gets the same identity,
 * through {@code ingest} and through {@code load --replace} alike.
 */
class SameTextSameIdentityTest {
    static final String GRAPH = "https://w3id.org/premise/graph/source/";
    static final Node TEXT = NodeFactory.createURI("https://w3id.org/premise/ontology#text");
    static final Path SEED = Path.of("kb/lossy-self-improvement.txt");
    static final Path SECOND = Path.of("src/test/resources/digests/compute-bottlenecks.txt");

    @TempDir Path tmp;

    /** Statement IRI by text, in the named graph of one source of an N-Quads output. */
    private static Map<String, String> statements(String nquads, String source) {
        DatasetGraph dsg = RDFParser.fromString(nquads, Lang.NQUADS).toDatasetGraph();
        Map<String, String> byText = new TreeMap<>();
        dsg.getGraph(NodeFactory.createURI(GRAPH + source)).find(Node.ANY, TEXT, Node.ANY)
                .forEachRemaining(t -> byText.put(t.getObject().getLiteralLexicalForm(), t.getSubject().getURI()));
        return byText;
    }

    private Path seedCopyWithoutKeys() throws IOException {
        return Files.copy(SEED, tmp.resolve(SEED.getFileName()));
    }

    @Test
    void theSeedsTextIngestedBesideAnotherDigestKeepsTheBundledIris() throws IOException {
        Map<String, String> bundled = statements(Cli.run("infer", "--format", "nq").out(), "lossy-self-improvement.txt");
        assertFalse(bundled.isEmpty());
        Path copy = seedCopyWithoutKeys();
        Path second = Files.copy(SECOND, tmp.resolve(SECOND.getFileName()));

        Cli.Run both = Cli.run("ingest", copy.toString(), second.toString(), "--format", "nq");
        assertEquals(ExitCodes.OK, both.exit(), both.err());
        assertEquals(bundled, statements(both.out(), "lossy-self-improvement.txt"));

        Cli.Run alone = Cli.run("ingest", copy.toString(), "--format", "nq");
        assertEquals(ExitCodes.OK, alone.exit(), alone.err());
        assertEquals(bundled, statements(alone.out(), "lossy-self-improvement.txt"));
    }

    @Test
    void replacingTheSeedInAStoreWithTheSameTextKeepsItsIris() throws IOException {
        Path store = tmp.resolve("kb.tdb");
        assertEquals(ExitCodes.OK, Cli.run("load", "--store", store.toString()).exit());
        Cli.Run replace = Cli.run("load", "--store", store.toString(), "--replace", seedCopyWithoutKeys().toString());
        assertEquals(ExitCodes.OK, replace.exit(), replace.err());
        Cli.Run stored = Cli.run("infer", "--store", store.toString(), "--format", "nq");
        assertEquals(ExitCodes.OK, stored.exit(), stored.err());
        assertEquals(statements(Cli.run("infer", "--format", "nq").out(), "lossy-self-improvement.txt"),
                statements(stored.out(), "lossy-self-improvement.txt"));
    }
}
