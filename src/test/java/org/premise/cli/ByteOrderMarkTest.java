package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UTF-8 byte-order mark (EF BB BF, which Windows editors write) was accepted at the start of a
 * digest but dropped by {@code render}, so the document no longer came back byte for byte, and
 * it was refused at the start of a {@code .keys} file (as part of the first key) and of an AIF
 * map (issue 10, finding 7). All three accept it; {@code render} writes it back.
 */
class ByteOrderMarkTest {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final Path SEED = Path.of("kb/lossy-self-improvement");
    static final Path AIF = Path.of("../shared/fixtures/aif/nodeset59.json");

    @TempDir Path tmp;

    private static byte[] withBom(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        byte[] marked = new byte[BOM.length + content.length];
        System.arraycopy(BOM, 0, marked, 0, BOM.length);
        System.arraycopy(content, 0, marked, BOM.length, content.length);
        return marked;
    }

    /** The seed digest, its keys and its map copied into the temporary folder, digest and keys with a BOM. */
    private Path seedWithBoms() throws IOException {
        Path txt = Files.write(tmp.resolve("marked.txt"), withBom(Path.of(SEED + ".txt")));
        Files.write(tmp.resolve("marked.keys"), withBom(Path.of(SEED + ".keys")));
        return txt;
    }

    @Test
    void aDigestWithAByteOrderMarkRendersBackByteForByte() throws IOException {
        Path txt = seedWithBoms();
        Path out = tmp.resolve("rendered.txt");
        Cli.Run render = Cli.run("render", "--no-bundled", "--data", txt.toString(), "-o", out.toString());
        assertEquals(ExitCodes.OK, render.exit(), render.err());
        assertArrayEquals(Files.readAllBytes(txt), Files.readAllBytes(out));

        // Through ingest's output too: the mark is in the graph, not taken from the file.
        Path trig = tmp.resolve("ingested.trig");
        Cli.Run ingest = Cli.run("ingest", txt.toString(), "-o", trig.toString());
        assertEquals(ExitCodes.OK, ingest.exit(), ingest.err());
        Cli.Run again = Cli.run("render", "--no-bundled", "--data", trig.toString(), "-o", out.toString());
        assertEquals(ExitCodes.OK, again.exit(), again.err());
        assertArrayEquals(Files.readAllBytes(txt), Files.readAllBytes(out));

        // A digest without one still renders without one.
        Cli.Run plain = Cli.run("render");
        assertEquals(Files.readString(Path.of(SEED + ".txt")), plain.out());
    }

    @Test
    void keysWithAByteOrderMarkNameTheStatementsAsWithout() throws IOException {
        Path txt = seedWithBoms();
        Files.copy(Path.of(SEED + ".map.ttl"), tmp.resolve("marked.map.ttl"));
        Cli.Run marked = Cli.run("query", "dependencies", "--format", "tsv", "--no-bundled", "--data", txt.toString(),
                "--data", tmp.resolve("marked.map.ttl").toString());
        assertEquals(ExitCodes.OK, marked.exit(), marked.err());
        assertEquals("", marked.err());
        assertEquals(Cli.run("query", "dependencies", "--format", "tsv").rowsAfterHeader(), marked.rowsAfterHeader());
    }

    @Test
    void anAifMapWithAByteOrderMarkIsReadAsWithout() throws IOException {
        Path marked = Files.write(tmp.resolve("nodeset59.json"), withBom(AIF));
        Cli.Run plain = Cli.run("report", "--no-bundled", "--data", AIF.toString());
        Cli.Run withMark = Cli.run("report", "--no-bundled", "--data", marked.toString());
        assertEquals(ExitCodes.OK, withMark.exit(), withMark.err());
        assertEquals(plain.out(), withMark.out());

        Cli.Run imported = Cli.run("import-aif", marked.toString(), "--format", "nq");
        assertEquals(ExitCodes.OK, imported.exit(), imported.err());
        assertEquals(Cli.run("import-aif", AIF.toString(), "--format", "nq").out(), imported.out());
    }
}
