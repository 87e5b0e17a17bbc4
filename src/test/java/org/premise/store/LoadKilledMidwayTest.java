package org.premise.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;

/**
 * Killing {@code premise load} (SIGKILL) while it writes leaves the store as it was: the
 * transaction never committed, so reopening the folder gives back the snapshot taken before.
 * The load runs in a child JVM; the test waits for its "writing" line and for the database
 * files to grow, so the kill lands inside the write transaction.
 */
class LoadKilledMidwayTest {
    /** Enough that writing takes several seconds here (about 50 µs a triple). */
    static final int TRIPLES = 300_000;

    @TempDir Path tmp;

    @Test
    void aLoadKilledWhileWritingLeavesTheStoreAsItWas() throws Exception {
        Path dir = tmp.resolve("kb.tdb");
        assertEquals(0, Cli.run("load", "--store", dir.toString()).exit());
        List<String> before = StoreSnapshot.of(dir);
        Path big = bigNTriples(tmp.resolve("big.nt"));
        long sizeBefore = folderSize(dir);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process load = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.premise.cli.Main", "load", "--store", dir.toString(), big.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        CountDownLatch writing = new CountDownLatch(1);
        StringBuilder stderr = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(load.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                    synchronized (stderr) { stderr.append(line).append('\n'); }
                    if (line.contains("writing")) writing.countDown();
                }
            } catch (IOException ignored) {
                // The stream closes when the process is killed.
            }
        });
        reader.start();
        try {
            assertTrue(writing.await(120, TimeUnit.SECONDS), () -> "the load never started writing: " + stderr);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (folderSize(dir) < sizeBefore + 1_000_000 && System.nanoTime() < deadline) Thread.sleep(20);
            assertTrue(load.isAlive(), () -> "the load finished before it could be killed; make the file bigger: " + stderr);
        } finally {
            load.destroyForcibly();
            load.waitFor(30, TimeUnit.SECONDS);
            reader.join(5_000);
        }
        assertTrue(folderSize(dir) > sizeBefore, "the killed load had written to the database files");
        assertEquals(before, StoreSnapshot.of(dir));
        // And the store still works: the killed load did not poison it.
        Cli.Run query = Cli.run("query", "dependencies", "--store", dir.toString(), "--format", "tsv");
        assertEquals(0, query.exit(), query.err());
    }

    private static Path bigNTriples(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < TRIPLES; i++) {
                out.write("<http://example.org/big/s" + i + "> <http://example.org/big/p" + (i % 7) + "> \"value " + i + "\" .\n");
            }
        }
        return file;
    }

    private static long folderSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
