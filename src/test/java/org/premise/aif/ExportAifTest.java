package org.premise.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.app.KnowledgeBaseLoader;
import org.premise.cli.Cli;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.SourceSpec;
import org.premise.rdf.Vocab;

/** export-aif on what no AIF import recorded: the bundled seed, one of its documents, an unknown name. */
class ExportAifTest {
    @TempDir Path temp;

    @Test
    void theSeedExportsWithOneNodePerStatementArgumentAndAttack() throws Exception {
        Path out = temp.resolve("seed.json");
        Cli.Run run = Cli.run("export-aif", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        RawAif raw = new RawAif(out);

        KnowledgeBase seed = KnowledgeBaseLoader.load(SourceSpec.bundled());
        Graph g = seed.asserted();
        Set<Node> questions = g.find(Node.ANY, Vocab.rdfType, Vocab.OpenQuestion).mapWith(t -> t.getSubject()).toSet();
        long statements = g.find(Node.ANY, Vocab.text, Node.ANY).mapWith(t -> t.getSubject()).toSet().stream()
                .filter(s -> !questions.contains(s)).count();
        long arguments = g.find(Node.ANY, Vocab.conclusion, Node.ANY).toList().size();
        long attacks = g.find(Node.ANY, Vocab.undercuts, Node.ANY).toList().size() + 2L * g.find(Node.ANY, Vocab.rebuts, Node.ANY).toList().size();
        assertEquals(statements, raw.count("I"), "I nodes");
        assertEquals(arguments, raw.count("RA"), "RA nodes");
        assertEquals(attacks, raw.count("CA"), "CA nodes");
        assertEquals(arguments, raw.arguments.values().stream().mapToLong(java.util.List::size).sum(), "RA nodes with premises and a conclusion");

        // The export is AIF Premise reads back: same numbers of statements and arguments.
        run = Cli.run("report", "--no-bundled", "--data", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Statements: " + statements + "; arguments: " + arguments + ";"), run.out());
    }

    @Test
    void aDocumentExportsItsStatementsAndTheArgumentsForThem() throws Exception {
        Path out = temp.resolve("doc.json");
        Cli.Run run = Cli.run("export-aif", "doc:lossy-self-improvement", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        RawAif raw = new RawAif(out);
        assertTrue(raw.count("I") > 0, "no statements");
        assertTrue(Files.readString(out).contains("\"type\" : \"RA\""), "no arguments");
    }

    @Test
    void anUnknownSourceIsBadInputWithTheClosestNames() {
        Cli.Run run = Cli.run("export-aif", "--no-bundled", "--data", "../shared/fixtures/aif/nodeset59.json", "nodeset5.json");
        assertEquals(2, run.exit());
        assertEquals("premise: no source or document \"nodeset5.json\" is loaded; closest: nodeset59.json\n", run.err().replace("\r\n", "\n"));
        assertEquals("", run.out());
    }
}
