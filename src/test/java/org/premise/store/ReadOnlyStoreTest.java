package org.premise.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;
import org.premise.cli.ExitCodes;

/**
 * A store in a folder this process cannot write to (a read-only mount, another user's store, a
 * folder made read-only) could not be read: TDB2 writes its lock file and journal even to
 * read, and {@code report --store RO_DIR} ended in an internal error on {@code tdb.lock} (issue
 * 10, finding 7). Reading commands now answer from it as from a writable store; what needs to
 * write to it ({@code load}, {@code serve --update}) is refused in one line.
 */
class ReadOnlyStoreTest {
    @TempDir Path tmp;
    Path store;

    @BeforeEach
    void loadTheSeed() {
        store = tmp.resolve("kb.tdb");
        Cli.Run load = Cli.run("load", "--store", store.toString());
        assertEquals(0, load.exit(), load.err());
    }

    @AfterEach
    void makeItWritableAgain() throws Exception {
        ReadOnlyFolders.makeWritable(store);
    }

    private void makeReadOnly() throws Exception {
        assumeTrue(ReadOnlyFolders.makeReadOnly(store),
                "this machine cannot make a folder read-only for this process (chattr +i as root, chmod otherwise)");
    }

    @Test
    void aReadOnlyStoreIsReadAsAWritableOneIs() throws Exception {
        Cli.Run writable = Cli.run("report", "--store", store.toString());
        assertEquals(ExitCodes.OK, writable.exit(), writable.err());
        List<String> before = StoreSnapshot.of(store);
        makeReadOnly();

        Cli.Run readOnly = Cli.run("report", "--store", store.toString());
        assertEquals(ExitCodes.OK, readOnly.exit(), readOnly.err());
        assertEquals(writable.out(), readOnly.out());
        assertEquals("note: " + store + ": the folder is read-only and TDB2 writes to every folder it opens; "
                + "reading a copy in a temporary folder\n", readOnly.err());

        Cli.Run query = Cli.run("query", "dependencies", "--store", store.toString(), "--format", "tsv");
        assertEquals(ExitCodes.OK, query.exit(), query.err());
        assertEquals(Cli.run("query", "dependencies", "--format", "tsv").rowsAfterHeader(), query.rowsAfterHeader());

        // --data on top reads the store's sources the same way, and deletes the copy once read (a
        // copy a reading command keeps open is deleted when the process ends).
        List<String> copiesBefore = readCopies();
        Cli.Run withData = Cli.run("query", "dependencies", "--store", store.toString(), "--format", "tsv",
                "--data", LoadCommandTest.SECOND_DIGEST.toString());
        assertEquals(ExitCodes.OK, withData.exit(), withData.err());
        assertTrue(withData.rowsAfterHeader().containsAll(query.rowsAfterHeader()));
        assertEquals(copiesBefore, readCopies());

        ReadOnlyFolders.makeWritable(store);
        assertEquals(before, StoreSnapshot.of(store), "reading never changes the store");
    }

    @Test
    void writingToAReadOnlyStoreIsRefusedInOneLine() throws Exception {
        makeReadOnly();
        Cli.Run load = Cli.run("load", "--store", store.toString(), LoadCommandTest.SECOND_DIGEST.toString());
        assertEquals(ExitCodes.BAD_INPUT, load.exit(), load.out());
        assertEquals("premise: " + store + ": cannot write to the store: the folder is read-only for this process "
                + "(reading commands can still read it)\n", load.err());

        Cli.Run serve = Cli.run("serve", "--store", store.toString(), "--update", "--port", "0");
        assertEquals(ExitCodes.BAD_INPUT, serve.exit(), serve.out());
        assertEquals("premise: " + store + ": cannot write to the store: the folder is read-only for this process "
                + "(reading commands can still read it)\n", serve.err());
    }

    /** The temporary copies of read-only stores in the temporary folder. */
    private static List<String> readCopies() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("premise-read-only-copy"))
                    .sorted().toList();
        }
    }
}
