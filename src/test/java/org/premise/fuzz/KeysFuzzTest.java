package org.premise.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.premise.digest.Digest;
import org.premise.digest.DigestReader;
import org.premise.digest.KeyAssignments;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The {@code .keys} reader, as {@code --data notes.txt} reads the sidecar {@code notes.keys}
 * beside the seed digest: the file parsed, then its keys resolved against the digest (positions
 * that exist, one key per statement, no key taking another statement's automatic key).
 */
class KeysFuzzTest {
    private static final Path FOLDER = ReaderContract.scratchFolder("keys");
    private static final Path DIGEST = FOLDER.resolve("notes.txt");
    private static final Path KEYS = FOLDER.resolve("notes.keys");
    private static final Digest SEED = seed();

    @FuzzTest
    void keys(byte[] content) {
        ReaderContract.withinTimeLimit(() -> {
            ReaderContract.write(KEYS, content);
            ReaderContract.read(KEYS.toString(), content, () -> {
                Path sidecar = KeyAssignments.sidecarOf(DIGEST).orElseThrow();
                return KeyAssignments.read(sidecar.toString(), read(sidecar)).resolve(SEED);
            });
        });
    }

    private static Digest seed() {
        Path seed = Path.of("kb/lossy-self-improvement.txt");
        ReaderContract.write(DIGEST, read(seed));
        return new DigestReader().read(DIGEST.toString(), read(DIGEST));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
