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
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
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

    private static DatasetGraph nt(Cli.Run run) {
        assertEquals(0, run.exit(), run.err());
        return OutputFormatFromExtensionTest.parse(run.out(), Lang.NTRIPLES);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static void assertOneLine(Cli.Run run, String start) {
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
    void gzipInGzipOutRoundTripKeepsTheGraph() throws IOException {
        Path in = dir.resolve("map.ttl.gz");
        Files.write(in, gzip(Files.readAllBytes(MAP)));
        Path out = dir.resolve("inferred.nt.gz");
        Cli.Run written = Cli.run("infer", "--no-bundled", "--data", in.toString(), "-o", out.toString());
        assertEquals(0, written.exit(), written.err());
        DatasetGraph direct = nt(Cli.run("infer", "--no-bundled", "--data", MAP.toString(), "--format", "nt"));
        assertTrue(IsoMatcher.isomorphic(direct, OutputFormatFromExtensionTest.parseFile(out, Lang.NTRIPLES)),
                "the .gz output holds what the plain file gives");
        // And the written .gz reads back from standard input as its plain copy reads from a file.
        Path plainCopy = dir.resolve("inferred.nt");
        try (java.io.InputStream unzipped = new java.util.zip.GZIPInputStream(Files.newInputStream(out))) {
            Files.copy(unzipped, plainCopy);
        }
        DatasetGraph fromFile = nt(Cli.run("infer", "--no-bundled", "--no-bundled-rules",
                "--data", plainCopy.toString(), "--format", "nt"));
        DatasetGraph fromStdin = nt(Cli.runWithInput(Files.readAllBytes(out), "infer", "--no-bundled", "--no-bundled-rules",
                "--input-format", "nt", "--data", "-", "--format", "nt"));
        assertTrue(IsoMatcher.isomorphic(fromFile, fromStdin));
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
    void aGzippedDigestFindsItsKeysBesideItWithoutTheGzExtension() throws IOException {
        Path plainDir = Files.createDirectories(dir.resolve("plain"));
        Path zippedDir = Files.createDirectories(dir.resolve("zipped"));
        Files.copy(DIGEST, plainDir.resolve("lossy-self-improvement.txt"));
        Files.copy(KEYS, plainDir.resolve("lossy-self-improvement.keys"));
        Files.write(zippedDir.resolve("lossy-self-improvement.txt.gz"), gzip(Files.readAllBytes(DIGEST)));
        Files.copy(KEYS, zippedDir.resolve("lossy-self-improvement.keys"));
        DatasetGraph plain = nt(Cli.run("infer", "--no-bundled", "--data",
                plainDir.resolve("lossy-self-improvement.txt").toString(), "--format", "nt"));
        DatasetGraph zipped = nt(Cli.run("infer", "--no-bundled", "--data",
                zippedDir.resolve("lossy-self-improvement.txt.gz").toString(), "--format", "nt"));
        Node curated = NodeFactory.createURI("https://w3id.org/premise/statement/models-capable");
        assertTrue(zipped.find(Node.ANY, curated, Node.ANY, Node.ANY).hasNext(), "the curated key from the .keys file");
        assertTrue(IsoMatcher.isomorphic(plain, zipped));
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
    void nestingTooDeepOnStandardInputIsRefusedWithItsPlace() {
        String turtle = "<http://e/a> <http://e/b> " + "[ <http://e/c> ".repeat(300) + "1" + " ]".repeat(300) + " .\n";
        Cli.Run run = Cli.runWithInput(turtle.getBytes(StandardCharsets.UTF_8), "infer", "--no-bundled", "--data", "-");
        // The 257th '[' of the line: 26 characters before the first, 15 for each after it.
        assertOneLine(run, "premise: <stdin>:1:" + (27 + 256 * 15) + ": nested more than 256 deep");
    }

    @Test
    void theStreamingNestingScanSkipsBracketsInEveryKindOfStringAndCountsTheRest() {
        String deep = "[".repeat(300);
        String strings = "<http://e/a> <http://e/p> \"\" , '' , \"x\\\"" + deep + "\" , \"\"\"a \"" + deep + "\" \"\" b\"\"\" , '''"
                + deep + "''' , <http://e/" + deep + "x> . # " + deep + "\n";
        Cli.Run read = Cli.runWithInput(strings.getBytes(StandardCharsets.UTF_8), "infer", "--no-bundled", "--data", "-",
                "--format", "nt");
        assertEquals(0, read.exit(), read.err());
        assertTrue(read.out().contains("\"x\\\"" + deep + "\""), "the escaped quote did not end the string");
        // After those strings, a bracket outside them counts: the first line is the one above.
        String then = strings + "<http://e/b> <http://e/p> " + "( ".repeat(257) + ")".repeat(257) + " .\n";
        Cli.Run refused = Cli.runWithInput(then.getBytes(StandardCharsets.UTF_8), "infer", "--no-bundled", "--data", "-");
        assertOneLine(refused, "premise: <stdin>:2:" + (26 + 256 * 2 + 1) + ": nested more than 256 deep");
    }

    @Test
    void outputToANamedPipeIsWrittenThroughNotReplacedByAFile() throws Exception {
        Path fifo = dir.resolve("pipe.nt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo on this system: " + e.getMessage());
            return;
        }
        assertEquals(0, mkfifo.waitFor(), "mkfifo made the pipe");
        java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fifo reader");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.Future<byte[]> read = reader.submit(() -> Files.readAllBytes(fifo));
            Cli.Run run = Cli.run("infer", "--no-bundled", "--data", MAP.toString(), "-o", fifo.toString());
            assertEquals(0, run.exit(), run.err());
            byte[] bytes = read.get(60, java.util.concurrent.TimeUnit.SECONDS);
            DatasetGraph direct = nt(Cli.run("infer", "--no-bundled", "--data", MAP.toString(), "--format", "nt"));
            assertTrue(IsoMatcher.isomorphic(direct, OutputFormatFromExtensionTest.parse(
                    new String(bytes, StandardCharsets.UTF_8), Lang.NTRIPLES)), "the pipe got the whole output");
            assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe (as /dev/null stays a device)");
        } finally {
            reader.shutdownNow();
        }
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
    void aGzipBombOnStandardInputIsRefused() throws IOException {
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 100; i++) out.write(spaces);
        }
        assertOneLine(Cli.runWithInput(bytes.toByteArray(), "infer", "--no-bundled", "--data", "-"),
                "premise: <stdin>: inflates to more than");
        assertOneLine(Cli.runWithInput(bytes.toByteArray(), "ingest", "-"), "premise: <stdin>: inflates to more than");
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
    void rdfXmlReadsAsTheSameTriplesFromAFileAndFromStandardInput() throws IOException {
        DatasetGraph turtle = nt(Cli.run("infer", "--no-bundled", "--data", MAP.toString(), "--format", "nt"));
        Path xml = dir.resolve("map.rdf");
        try (OutputStream out = Files.newOutputStream(xml)) {
            RDFDataMgr.write(out, RDFDataMgr.loadGraph(MAP.toString()), RDFFormat.RDFXML);
        }
        DatasetGraph fromFile = nt(Cli.run("infer", "--no-bundled", "--data", xml.toString(), "--format", "nt"));
        DatasetGraph fromStdin = nt(Cli.runWithInput(Files.readAllBytes(xml), "infer", "--no-bundled",
                "--input-format", "rdfxml", "--data", "-", "--format", "nt"));
        assertTrue(IsoMatcher.isomorphic(turtle, fromFile), "RDF/XML reads as the Turtle it was written from");
        assertTrue(IsoMatcher.isomorphic(turtle, fromStdin));
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
