package org.premise.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.premise.BadInputException;

/**
 * A private copy of a store this process cannot write to. TDB2 has no read-only mode: opening a
 * database takes an exclusive lock on {@code tdb.lock} (a file it creates and writes its process
 * id to) and opens every data file for writing, so a read-only folder cannot be opened at all.
 * The copy holds the store's current storage folder ({@code Data-NNNN}, with its journal, so an
 * unfinished commit is recovered in the copy as TDB2 would recover it in place), copied sparsely
 * (TDB2's index files are mostly unwritten 8 MB extents), under a shared lock on the store's lock
 * files, so that no TDB2 process that can write the store changes it while it is copied. The
 * copy is deleted when the store is released, or when the process ends.
 */
final class ReadOnlyCopy {
    private ReadOnlyCopy() {}

    private static final String LOCK_FILE = "tdb.lock";
    private static final int BLOCK = 1 << 16;

    /** The copies open now, by the dataset read from each. */
    private static final Map<DatasetGraph, Path> OPEN = new IdentityHashMap<>();
    private static boolean cleanupAtExit;

    /**
     * Whether TDB2 can open a store folder: the folder, its storage folder and every file in
     * them writable (the test the kernel applies: permissions, a read-only mount, an immutable
     * file, root included).
     */
    static boolean writable(Path dir) {
        if (!Files.isWritable(dir)) return false;
        Path storage = DatabaseOps.findStorageLocation(dir);
        List<Path> paths = new ArrayList<>(List.of(dir));
        if (storage != null) paths.add(storage);
        for (Path folder : paths) {
            if (!Files.isWritable(folder)) return false;
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.filter(Files::isRegularFile).anyMatch(f -> !Files.isWritable(f))) return false;
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Copies a store's current storage into a new temporary folder laid out as a store, and returns that folder. */
    static Path make(Path dir) {
        Path storage = DatabaseOps.findStorageLocation(dir);
        Path copy = null;
        List<FileLock> locks = new ArrayList<>();
        try {
            copy = Files.createTempDirectory("premise-read-only-copy-");
            lockShared(dir.resolve(LOCK_FILE), locks, dir);
            lockShared(storage.resolve(LOCK_FILE), locks, dir);
            Path target = Files.createDirectory(copy.resolve(storage.getFileName()));
            try (Stream<Path> files = Files.list(storage)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!file.getFileName().toString().equals(LOCK_FILE)) copySparse(file, target.resolve(file.getFileName()));
                }
            }
            return copy;
        } catch (IOException e) {
            delete(copy);
            throw new BadInputException(dir.toString(), -1, -1,
                    "the folder is read-only and copying the store to a temporary folder failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            delete(copy);
            throw e;
        } finally {
            for (FileLock lock : locks) {
                try {
                    lock.channel().close();
                } catch (IOException ignored) {
                    // Closing the channel releases the lock; nothing else holds it.
                }
            }
        }
    }

    /**
     * Takes a shared lock on a store's lock file, which a process that has the store open holds
     * exclusively: refused while another process has it open, and keeps one from opening it
     * until the copy is made. A store this process has open already is locked by it.
     */
    private static void lockShared(Path lockFile, List<FileLock> locks, Path dir) throws IOException {
        if (!Files.isRegularFile(lockFile)) return;
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ);
        try {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) {
                channel.close();
                throw new BadInputException(dir.toString(), -1, -1, "the store is in use by another process ("
                        + lockFile + " is locked)");
            }
            locks.add(lock);
        } catch (OverlappingFileLockException thisProcessHasItOpen) {
            channel.close();
        }
    }

    /** Copies a file, writing only its non-zero blocks, so that unwritten extents stay holes in the copy. */
    private static void copySparse(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             RandomAccessFile out = new RandomAccessFile(to.toFile(), "rw")) {
            long size = in.size();
            out.setLength(size);
            FileChannel outChannel = out.getChannel();
            byte[] block = new byte[BLOCK];
            byte[] zeros = new byte[BLOCK];
            ByteBuffer buffer = ByteBuffer.wrap(block);
            for (long position = 0; position < size; ) {
                buffer.clear();
                int n = in.read(buffer, position);
                if (n <= 0) break;
                if (Arrays.mismatch(block, 0, n, zeros, 0, n) >= 0) {
                    buffer.flip();
                    for (long at = position; buffer.hasRemaining(); ) at += outChannel.write(buffer, at);
                }
                position += n;
            }
        }
    }

    /** Records that a dataset reads a copy, deleted when it is released or the process ends. */
    static synchronized void opened(DatasetGraph store, Path copy) {
        OPEN.put(store, copy);
        if (!cleanupAtExit) {
            cleanupAtExit = true;
            Runtime.getRuntime().addShutdownHook(new Thread(ReadOnlyCopy::deleteAll, "premise-read-only-copies"));
        }
    }

    /** Deletes the copy a released dataset read, if it read one. */
    static void released(DatasetGraph store) {
        Path copy;
        synchronized (ReadOnlyCopy.class) {
            copy = OPEN.remove(store);
        }
        delete(copy);
    }

    private static void deleteAll() {
        List<Path> copies;
        synchronized (ReadOnlyCopy.class) {
            copies = new ArrayList<>(OPEN.values());
            OPEN.clear();
        }
        copies.forEach(ReadOnlyCopy::delete);
    }

    static void delete(Path copy) {
        if (copy == null || !Files.exists(copy)) return;
        try (Stream<Path> walk = Files.walk(copy)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // Best effort: a copy left in the temporary folder is only disk space.
        }
    }
}
