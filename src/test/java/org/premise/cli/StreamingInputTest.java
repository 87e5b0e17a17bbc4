package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.premise.cli.StandardStreamsTest.DIGEST;
import static org.premise.cli.StandardStreamsTest.KEYS;
import static org.premise.cli.StandardStreamsTest.MAP;
import static org.premise.cli.StandardStreamsTest.assertOneLine;
import static org.premise.cli.StandardStreamsTest.gzip;
import static org.premise.cli.StandardStreamsTest.nt;

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
 * Inputs read as streams: gzip inflated as it is read (under the bomb cap), the nesting scan
 * on the bytes on their way to the parser, RDF/XML, and outputs that are not regular files.
 */
class StreamingInputTest {
    @TempDir Path dir;

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
}
