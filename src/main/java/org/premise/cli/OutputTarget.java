package org.premise.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.premise.BadInputException;

import picocli.CommandLine.Option;

/**
 * The {@code -o FILE} option: output goes to a temporary file beside the target and is moved
 * into place only when complete, so a failure never leaves a partial file (a device or a
 * named pipe, which cannot be replaced, is written to directly). Without it, output goes to
 * the command's standard output once complete ({@link SpooledOutput}).
 */
public final class OutputTarget {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of standard output; '-' is standard output. "
                    + "A name ending in .gz is written gzipped.")
    Path output;

    /** The -o file, if one was given. */
    public java.util.Optional<Path> output() {
        return java.util.Optional.ofNullable(output).filter(p -> !p.toString().equals("-"));
    }

    /** Something that writes the whole output to a stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A new, hidden file beside the target. Not {@code Files.createTempFile}, which makes it
     * readable by its owner only (0600): the output would then keep that mode instead of the
     * one the user's umask gives every other file they write.
     */
    private static Path partFile(Path dir, Path target) throws IOException {
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(random.nextLong(), 36) + ".part");
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    private void writeInPlace(Path target, Body body) {
        if (Files.isDirectory(target)) {
            throw new BadInputException(output.toString(), -1, -1, "cannot write: it is a folder");
        }
        boolean gzip = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
        try (OutputStream file = Files.newOutputStream(target);
             OutputStream out = gzip ? new java.util.zip.GZIPOutputStream(file) : file) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new BadInputException(output.toString(), -1, -1, "cannot write: " + e.getMessage());
        }
    }

    /**
     * Writes the body to the target file or to {@code stdout}. A target that is not a regular
     * file (a device such as {@code /dev/null}, a named pipe) is written to directly.
     */
    public void write(PrintWriter stdout, Body body) {
        if (output().isEmpty()) {
            // Picocli's writer is character based; collect bytes first so encodings stay UTF-8,
            // and so that a body failing halfway prints nothing.
            try (SpooledOutput bytes = new SpooledOutput()) {
                body.writeTo(bytes);
                bytes.copyTo(stdout);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException(output.toString(), -1, -1, "cannot write: the folder does not exist");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device or a pipe (-o /dev/null, -o /dev/stderr, a FIFO): written to as it is.
            // Moving a finished file into its place would replace the device itself.
            writeInPlace(target, body);
            return;
        }
        Path temp = null;
        try {
            temp = partFile(dir, target);
            boolean gzip = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
            try (OutputStream file = Files.newOutputStream(temp);
                 OutputStream out = gzip ? new java.util.zip.GZIPOutputStream(file) : file) {
                body.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new BadInputException(output.toString(), -1, -1, "cannot write: " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Best effort: the temporary file is hidden and named after the target.
                }
            }
        }
    }
}
