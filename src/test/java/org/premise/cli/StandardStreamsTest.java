package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard input as the file {@code -}, and round trips through standard streams and gzip:
 * what a command reads from a pipe is what it reads from the file, and what it writes reads
 * back as the same graph.
 */
class StandardStreamsTest {
    static final Path MAP = Path.of("kb/lossy-self-improvement.map.ttl");
    static final Path DIGEST = Path.of("kb/lossy-self-improvement.txt");
    static final Path KEYS = Path.of("kb/lossy-self-improvement.keys");
    static final String PROV = "http://www.w3.org/ns/prov#";

    @TempDir Path dir;

    static DatasetGraph nt(Cli.Run run) {
        assertEquals(0, run.exit(), run.err());
        return OutputFormatFromExtensionTest.parse(run.out(), Lang.NTRIPLES);
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    static void assertOneLine(Cli.Run run, String start) {
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        assertTrue(run.err().startsWith(start), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertEquals("", run.out(), "no output on a refusal");
    }

    @Test
    void turtleFromStandardInputGivesTheTriplesOfTheFileRoute() throws IOException {
        DatasetGraph fromFile = nt(Cli.run("infer", "--data", DIGEST.toString(), "--data", MAP.toString(),
                "--no-bundled", "--format", "nt", "-o", "-"));
        DatasetGraph fromStdin = nt(Cli.runWithInput(Files.readAllBytes(MAP), "infer", "--data", DIGEST.toString(),
                "--data", "-", "--no-bundled", "--format", "nt", "-o", "-"));
        assertTrue(fromFile.getDefaultGraph().size() > 1000, "the map and digest give a real graph");
        assertTrue(IsoMatcher.isomorphic(fromFile, fromStdin), "stdin reads as the file does");
    }

    @Test
    void gzippedStandardInputIsRecognisedByItsMagicBytes() throws IOException {
        DatasetGraph plain = nt(Cli.run("infer", "--no-bundled", "--data", MAP.toString(), "--format", "nt"));
        DatasetGraph zipped = nt(Cli.runWithInput(gzip(Files.readAllBytes(MAP)), "infer", "--no-bundled",
                "--data", "-", "--format", "nt"));
        assertTrue(IsoMatcher.isomorphic(plain, zipped));
    }

    @Test
    void ingestFromStandardInputEqualsIngestFromTheFile() throws IOException {
        Path file = dir.resolve("stdin.txt");
        Files.copy(DIGEST, file);
        Cli.Run fromFile = Cli.run("ingest", file.toString(), "--format", "nq");
        Cli.Run fromStdin = Cli.runWithInput(Files.readAllBytes(DIGEST), "ingest", "-", "--format", "nq");
        assertEquals(0, fromStdin.exit(), fromStdin.err());
        DatasetGraph a = withoutReadingTimes(OutputFormatFromExtensionTest.parse(fromFile.out(), Lang.NQUADS));
        DatasetGraph b = withoutReadingTimes(OutputFormatFromExtensionTest.parse(fromStdin.out(), Lang.NQUADS));
        assertTrue(a.find().hasNext());
        assertTrue(IsoMatcher.isomorphic(a, b), "the same graph, the same file name and SHA-256 in its provenance");
    }

    /** The two runs read at different times: everything else must be equal. */
    private static DatasetGraph withoutReadingTimes(DatasetGraph dsg) {
        for (String p : new String[] {"generatedAtTime", "startedAtTime"}) {
            Node predicate = NodeFactory.createURI(PROV + p);
            assertTrue(dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY).hasNext(), "ingest records prov:" + p);
            dsg.deleteAny(Node.ANY, Node.ANY, predicate, Node.ANY);
        }
        return dsg;
    }

    @Test
    void standardInputNamedTwiceIsBadUsage() {
        assertOneLine(Cli.runWithInput("".getBytes(StandardCharsets.UTF_8), "infer", "--no-bundled",
                "--data", "-", "--data", "-"), "premise: '-' (standard input) is named more than once");
        assertOneLine(Cli.runWithInput("".getBytes(StandardCharsets.UTF_8), "ingest", "-", "-"),
                "premise: '-' (standard input) is named more than once");
        assertOneLine(Cli.runWithInput("".getBytes(StandardCharsets.UTF_8), "import-aif", "-", "-"),
                "premise: '-' (standard input) is named more than once");
    }

    @Test
    void malformedTurtleOnStandardInputNamesStdinLineAndColumn() {
        String turtle = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e ex:f ex:g .\n";
        Cli.Run run = Cli.runWithInput(turtle.getBytes(StandardCharsets.UTF_8), "infer", "--no-bundled", "--data", "-");
        assertOneLine(run, "premise: <stdin>:3:");
        assertTrue(run.err().contains(": not valid Turtle: "), run.err());
    }

    @Test
    void aQueryReadFromStandardInputGivesTheRowsOfItsFile() throws IOException {
        String text = "PREFIX premise: <https://w3id.org/premise/ontology#>\n"
                + "SELECT ?s WHERE { ?s a premise:Assumption }\n";
        Path file = dir.resolve("assumptions.rq");
        Files.writeString(file, text);
        Cli.Run fromFile = Cli.run("query", file.toString(), "--format", "tsv");
        Cli.Run fromStdin = Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), "query", "-", "--format", "tsv");
        assertEquals(0, fromStdin.exit(), fromStdin.err());
        assertTrue(fromFile.rowsAfterHeader().size() > 3);
        assertEquals(fromFile.rowsAfterHeader(), fromStdin.rowsAfterHeader());
        assertOneLine(Cli.runWithInput("SELECT * WHERE {\n  ?s ?p\n".getBytes(StandardCharsets.UTF_8), "query", "-"),
                "premise: <stdin>:");
        assertOneLine(Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), "query", "-", "--data", "-"),
                "premise: '-' (standard input) is named more than once");
    }

    @Test
    void anAifMapFromStandardInputImportsAsTheSameFileNamedStdinJson() throws IOException {
        Path file = dir.resolve("stdin.json");
        Files.copy(Path.of(OutputFormatFromExtensionTest.AIF), file);
        Cli.Run fromFile = Cli.run("import-aif", file.toString(), "--format", "nq");
        Cli.Run fromStdin = Cli.runWithInput(gzip(Files.readAllBytes(file)), "import-aif", "-", "--format", "nq");
        assertEquals(0, fromStdin.exit(), fromStdin.err());
        DatasetGraph a = OutputFormatFromExtensionTest.parse(fromFile.out(), Lang.NQUADS);
        assertTrue(a.find().hasNext());
        assertTrue(IsoMatcher.isomorphic(a, OutputFormatFromExtensionTest.parse(fromStdin.out(), Lang.NQUADS)));
        assertOneLine(Cli.runWithInput(Files.readAllBytes(file), "import-aif", "-", "--store", dir.resolve("s").toString()),
                "premise: import-aif --store reads each map twice and standard input ('-') only once");
        assertFalse(Files.exists(dir.resolve("s")), "no store made");
    }

    @Test
    void aRuleFileFromStandardInputDerivesWhatTheFileDoes() throws IOException {
        Path rules = Path.of("rules/friction.rules");
        DatasetGraph fromFile = nt(Cli.run("infer", "--no-bundled-rules", "--rules", rules.toString(), "--format", "nt"));
        DatasetGraph fromStdin = nt(Cli.runWithInput(Files.readAllBytes(rules), "infer", "--no-bundled-rules",
                "--rules", "-", "--format", "nt"));
        DatasetGraph without = nt(Cli.run("infer", "--no-bundled-rules", "--format", "nt"));
        assertFalse(IsoMatcher.isomorphic(without, fromFile), "the rules derive something");
        assertTrue(IsoMatcher.isomorphic(fromFile, fromStdin));
        assertOneLine(Cli.runWithInput(Files.readAllBytes(rules), "infer", "--rules", "-", "--data", "-"),
                "premise: '-' (standard input) is named more than once");
    }

    @Test
    void malformedJsonLdOnStandardInputNamesStdinLineAndColumn() {
        String jsonld = "{\n  \"@id\": \"http://e/a\",\n  \"http://e/b\": {\"@id\" \"http://e/c\"}\n}\n";
        Cli.Run run = Cli.runWithInput(jsonld.getBytes(StandardCharsets.UTF_8), "infer", "--no-bundled",
                "--input-format", "jsonld", "--data", "-");
        assertOneLine(run, "premise: <stdin>:3:");
        assertTrue(run.err().contains("not valid JSON-LD"), run.err());
    }

    @Test
    void aFormatTheCommandDoesNotReadIsRefused() {
        assertOneLine(Cli.runWithInput("x".getBytes(StandardCharsets.UTF_8), "ingest", "--input-format", "ttl", "-"),
                "premise: --input-format says ttl, but this command reads digest");
        Cli.Run unknown = Cli.runWithInput("x".getBytes(StandardCharsets.UTF_8), "infer", "--input-format", "csv", "--data", "-");
        assertEquals(ExitCodes.BAD_INPUT, unknown.exit(), unknown.err());
        assertTrue(unknown.err().startsWith("premise: unknown input format \"csv\"; expected one of: ttl,"), unknown.err());
        assertFalse(unknown.err().contains("Exception"), unknown.err());
    }
}
