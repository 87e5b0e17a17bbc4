package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzipped inputs read as the file inside them, and query text given inline with --query (-e). */
class GzipInputAndInlineQueryTest {
    @TempDir Path dir;

    @Test
    void aGzippedFileWrittenByInferReadsBackAsTheSameTriples() {
        Path plain = dir.resolve("kb.nt");
        Path zipped = dir.resolve("kb.nt.gz");
        assertEquals(0, Cli.run("infer", "--inferred-only", "-o", plain.toString()).exit());
        assertEquals(0, Cli.run("infer", "--inferred-only", "-o", zipped.toString()).exit());
        Cli.Run fromPlain = Cli.run("infer", "--no-bundled", "--no-bundled-rules", "--data", plain.toString(), "--format", "nq");
        Cli.Run fromZipped = Cli.run("infer", "--no-bundled", "--no-bundled-rules", "--data", zipped.toString(), "--format", "nq");
        assertEquals(0, fromZipped.exit(), fromZipped.err());
        DatasetGraph a = OutputFormatFromExtensionTest.parse(fromPlain.out(), Lang.NQUADS);
        DatasetGraph b = OutputFormatFromExtensionTest.parse(fromZipped.out(), Lang.NQUADS);
        assertTrue(IsoMatcher.isomorphic(a, b), "the gzipped file reads as the plain one, under the same source name");
    }

    @Test
    void aGzippedAifMapIsRecognisedByItsMagicBytes() throws IOException {
        Path zipped = dir.resolve("nodeset59.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(zipped))) {
            out.write(Files.readAllBytes(Path.of(OutputFormatFromExtensionTest.AIF)));
        }
        Cli.Run plain = Cli.run("report", "--no-bundled", "--data", OutputFormatFromExtensionTest.AIF, "--format", "json");
        Cli.Run gz = Cli.run("report", "--no-bundled", "--data", zipped.toString(), "--format", "json");
        assertEquals(0, gz.exit(), gz.err());
        assertEquals(plain.out(), gz.out());
    }

    @Test
    void aDamagedGzipFileIsBadInputNamingIt() throws IOException {
        Path bad = dir.resolve("bad.ttl.gz");
        Files.write(bad, new byte[] {0x1f, (byte) 0x8b, 'x', 'x'});
        Cli.Run run = Cli.run("infer", "--no-bundled", "--data", bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertTrue(run.err().startsWith("premise: " + bad + ": not a readable gzip file"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void aGzipBombIsRefusedBeforeItFillsTheHeap() throws IOException {
        Path bomb = dir.resolve("bomb.ttl.gz");
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            for (int i = 0; i < 100; i++) out.write(spaces);
        }
        assertTrue(Files.size(bomb) * org.premise.rdf.Gzip.MAX_RATIO < 100L << 20, "the test file is a bomb: " + Files.size(bomb));
        Cli.Run run = Cli.run("infer", "--no-bundled", "--data", bomb.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        assertTrue(run.err().startsWith("premise: " + bomb + ": inflates to more than"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void inlineQueryTextGivesTheSameRowsAsTheQueryFile() throws IOException {
        String text = "PREFIX premise: <https://w3id.org/premise/ontology#>\n"
                + "SELECT ?s WHERE { ?s a premise:Statement }\n";
        Path file = dir.resolve("statements.rq");
        Files.writeString(file, text);
        Cli.Run fromFile = Cli.run("query", file.toString(), "--format", "tsv");
        Cli.Run inline = Cli.run("query", "-e", text, "--format", "tsv");
        assertEquals(0, inline.exit(), inline.err());
        Set<String> rows = inline.rowsAfterHeader();
        assertTrue(rows.size() > 3);
        assertEquals(fromFile.rowsAfterHeader(), rows);
        assertEquals(rows, Cli.run("query", "--query", text, "--format", "tsv").rowsAfterHeader());
    }

    @Test
    void inlineQueryAndAQueryNameTogetherAreRefused() {
        Cli.Run run = Cli.run("query", "dependencies", "-e", "SELECT * WHERE { ?s ?p ?o }");
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertEquals("premise: give a query name or .rq file, or the query text with --query (-e), not both\n",
                run.err().replace("\r\n", "\n"));
    }
}
