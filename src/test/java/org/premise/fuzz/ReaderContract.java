package org.premise.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.premise.BadInputException;

/**
 * What every reader promises whatever it is given: it returns, or it refuses the input with a
 * {@link BadInputException} whose one line names the file and, when it has a position, points
 * inside the file. Anything else that escapes a reader (a NullPointerException, an index out
 * of bounds, a stack overflow, one of Jena's own exceptions) is what the fuzz tests look for:
 * it propagates, and Jazzer reports it with the input.
 */
final class ReaderContract {
    private ReaderContract() {}

    /** How long one input may take: longer is a hang (a finding). */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private static final boolean FUZZING = !System.getenv().getOrDefault("JAZZER_FUZZ", "").isEmpty();

    /**
     * Runs one input through a harness, failing past {@link #TIME_LIMIT}. When fuzzing, libFuzzer's
     * {@code -timeout} (set by bin/fuzz) does this; JUnit's {@code @Timeout} cannot, as it would
     * time the whole fuzzing run, so replaying the corpus times each input here.
     */
    static void withinTimeLimit(Runnable harness) {
        if (FUZZING) harness.run();
        else assertTimeoutPreemptively(TIME_LIMIT, harness::run);
    }

    /**
     * Runs a reader over a file's content: its result, or empty when the reader refused the
     * input as documented ({@code source} named, position inside {@code content}).
     */
    static <T> Optional<T> read(String source, byte[] content, Supplier<T> reader) {
        try {
            return Optional.of(reader.get());
        } catch (BadInputException e) {
            checkRefusal(e, source, content);
            return Optional.empty();
        }
    }

    /** Checks a refusal: one line, naming {@code source}, at a place that exists in {@code content}. */
    static void checkRefusal(BadInputException e, String source, byte[] content) {
        String line = e.toUserMessage();
        assertOneLine(line);
        assertEquals(Optional.of(source), e.source(), () -> "the message does not name the file: " + line);
        if (e.line() == -1) {
            assertEquals(-1, e.column(), () -> "a column without a line: " + line);
            return;
        }
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\n", -1);
        assertTrue(e.line() >= 1 && e.line() <= lines.length, () -> "line " + e.line() + " is not in a file of "
                + lines.length + " lines: " + line);
        if (e.column() == -1) return;
        String at = lines[e.line() - 1];
        int width = at.codePointCount(0, at.length());
        assertTrue(e.column() >= 1 && e.column() <= width + 1, () -> "column " + e.column() + " is not on line "
                + e.line() + " (" + width + " characters): " + line);
    }

    /** A message without a file: still one line. */
    static void checkRefusal(BadInputException e) {
        assertFalse(e.source().isPresent() && e.source().get().isEmpty(), "an empty file name");
        assertOneLine(e.toUserMessage());
    }

    private static void assertOneLine(String message) {
        assertFalse(message.contains("\n") || message.contains("\r"), () -> "not one line: " + message);
    }

    /** A scratch folder for the files the fuzz tests hand to the readers, removed when the JVM exits. */
    static Path scratchFolder(String name) {
        try {
            Path folder = Files.createTempDirectory("premise-fuzz-" + name);
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.toFile().deleteOnExit();
    }
}
