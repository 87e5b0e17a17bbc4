package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.premise.digest.StatementKeys;

/**
 * A user's second digest, given with {@code --data} and no {@code .keys} file: its statements
 * get automatic keys, it renders back byte for byte, and a statement text it shares with the
 * seed is one statement appearing in both documents.
 */
class SecondDigestTest {
    static final Path DIGEST = Path.of("src/test/resources/digests/compute-bottlenecks.txt");
    static final String PREMISE = "https://w3id.org/premise/ontology#";
    static final String ST = "https://w3id.org/premise/statement/";
    static final String DOC = "https://w3id.org/premise/document/";
    static final Node TEXT = NodeFactory.createURI(PREMISE + "text");
    static final Node HAS_APPEARANCE = NodeFactory.createURI(PREMISE + "hasAppearance");
    static final Node IN_DOCUMENT = NodeFactory.createURI(PREMISE + "inDocument");

    static Graph everything() {
        Cli.Run run = Cli.run("infer", "--data", DIGEST.toString(), "--format", "nt");
        assertEquals(0, run.exit(), run.err());
        return RDFParser.fromString(run.out(), Lang.NTRIPLES).toGraph();
    }

    @Test
    void renderGivesTheDigestBackByteForByte() throws IOException {
        Cli.Run run = Cli.run("render", "compute-bottlenecks", "--data", DIGEST.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(Files.readString(DIGEST), run.out());
    }

    @Test
    void itsNewStatementsGetAutomaticKeys() {
        Graph g = everything();
        String text = "Access to training compute, not ideas, sets the pace of frontier AI research.";
        Set<Node> statements = g.find(Node.ANY, TEXT, NodeFactory.createLiteralString(text)).mapWith(t -> t.getSubject()).toSet();
        assertEquals(1, statements.size(), statements::toString);
        String iri = statements.iterator().next().getURI();
        assertEquals(ST + StatementKeys.autoKey(text), iri);
        // The slug of the first five words, then a short hash.
        assertTrue(iri.matches(ST + "access-to-training-compute-not-[0-9a-f]{6}"), iri);
    }

    @Test
    void aTextSharedWithTheSeedIsOneStatementAppearingInBothDocuments() {
        Graph g = everything();
        String text = "Current language models are already capable of performing many highly valuable knowledge-work tasks.";
        Set<Node> statements = g.find(Node.ANY, TEXT, NodeFactory.createLiteralString(text)).mapWith(t -> t.getSubject()).toSet();
        assertEquals(Set.of(NodeFactory.createURI(ST + "models-capable")), statements);
        Set<String> documents = new TreeSet<>();
        var appearances = g.find(statements.iterator().next(), HAS_APPEARANCE, Node.ANY).toList();
        appearances.forEach(a ->
                g.find(a.getObject(), IN_DOCUMENT, Node.ANY).forEachRemaining(d -> documents.add(d.getObject().getURI())));
        assertEquals(Set.of(DOC + "lossy-self-improvement", DOC + "compute-bottlenecks"), documents);
        // A takeaway and a section bullet in each document.
        assertEquals(4, appearances.size(), appearances::toString);
    }
}
