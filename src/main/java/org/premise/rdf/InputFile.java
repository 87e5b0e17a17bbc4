package org.premise.rdf;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.premise.BadInputException;

/**
 * One input file opened for reading as a stream, never held whole in memory unless a reader
 * asks for its bytes: a file, or standard input for {@code -} ({@link StandardInput}). Gzip is
 * recognised by its magic bytes and inflated as it is read, under {@link Gzip}'s cap. A reader
 * that needs two passes ({@link #reopen}) gets the file again; standard input is first copied
 * to a temporary file for it ({@link #rereadable}), never to the heap.
 */
public final class InputFile implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final String name;
    private final String fileName;
    private final boolean standardInput;
    private Path path;
    private Path spool;
    private boolean gzip;
    private InputStream raw;
    private BadInputException problem;

    private InputFile(String name, String fileName, boolean standardInput, Path path) {
        this.name = name;
        this.fileName = fileName;
        this.standardInput = standardInput;
        this.path = path;
    }

    /** Opens a file, or standard input for {@code -}; a missing or unreadable file is bad input naming it. */
    public static InputFile open(Path file) {
        if (StandardInput.is(file)) {
            InputFile input = new InputFile(StandardInput.NAME, StandardInput.fileName(), true, null);
            input.raw = input.peek(StandardInput.take());
            return input;
        }
        InputFile input = new InputFile(file.toString(), file.getFileName().toString(), false, file);
        input.raw = input.peek(input.openPath());
        return input;
    }

    /**
     * The file name a source read from this path is named after, before it is opened: without
     * a final {@code .gz}; {@link StandardInput#fileName()} for {@code -}.
     */
    public static String sourceFileName(Path file) {
        if (StandardInput.is(file)) return StandardInput.fileName();
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** The name messages give a path before it is opened: as given, or {@value StandardInput#NAME} for {@code -}. */
    public static String displayName(Path file) {
        return StandardInput.is(file) ? StandardInput.NAME : file.toString();
    }

    /** The name messages give it: the path as given, or {@value StandardInput#NAME}. */
    public String name() { return name; }

    /**
     * The file name that says its syntax and names its source: without a final {@code .gz}
     * when gzipped ({@code x.ttl.gz} is the Turtle file {@code x.ttl}); {@code stdin.EXT} for
     * standard input.
     */
    public String fileName() {
        if (gzip && fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) return fileName.substring(0, fileName.length() - 3);
        return fileName;
    }

    /** Whether it is standard input. */
    public boolean standardInput() { return standardInput; }

    /** Whether its content is gzipped. */
    public boolean gzipped() { return gzip; }

    /** The file on disk, or null for standard input. */
    public Path path() { return standardInput ? null : path; }

    /** The base IRI of RDF read from it. */
    public String baseIri() {
        return "file:///" + (standardInput ? StandardInput.FILE_STEM : name.replace('\\', '/'));
    }

    /**
     * The content, inflated if gzipped, from the start; to be read once. A read that fails
     * (damaged or over-inflating gzip, a {@link #guard guard}'s refusal) throws
     * {@link BadInputException}, which {@link #problem()} remembers for readers that wrap it.
     */
    public InputStream stream() {
        return stream(java.util.function.UnaryOperator.identity());
    }

    /**
     * As {@link #stream()}, read through a layer (a scan such as
     * {@link org.premise.NestingLimit#guard}) whose refusals are remembered too.
     */
    public InputStream stream(java.util.function.UnaryOperator<InputStream> layer) {
        if (raw == null) throw new IllegalStateException("the stream of " + name + " was already taken; reopen() it");
        InputStream in = raw;
        raw = null;
        return remembering(layer.apply(content(in)));
    }

    /** The whole content in memory (digests, keys, AIF maps: small files). */
    public byte[] readAllBytes() {
        try (InputStream in = stream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BadInputException(name, -1, -1, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Makes {@link #reopen} possible: for standard input, copies what is left of it to a
     * temporary file (deleted by {@link #close}); for a file, nothing to do. Call before {@link #stream}.
     */
    public void rereadable() {
        if (!standardInput || spool != null) return;
        try {
            spool = Files.createTempFile("premise-stdin", ".part");
            try (InputStream in = raw) {
                Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
            }
            path = spool;
            raw = peek(openPath());
        } catch (IOException e) {
            throw new BadInputException(name, -1, -1, "cannot keep standard input for a second pass: " + e.getMessage());
        }
    }

    /** The content again from the start, for a second pass (see {@link #rereadable}). */
    public InputStream reopen() {
        if (path == null) throw new IllegalStateException("standard input is read once; call rereadable() first");
        return remembering(content(peek(openPath())));
    }

    /** The first bad-input refusal a read of its streams threw, or null: parsers may wrap it in their own exceptions. */
    public BadInputException problem() { return problem; }

    @Override
    public void close() {
        try {
            if (raw != null) raw.close();
            if (spool != null) Files.deleteIfExists(spool);
        } catch (IOException ignored) {
            // A temporary file left behind in the temporary folder; nothing the user can do.
        }
    }

    private InputStream openPath() {
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, -1, -1, "no such file");
        } catch (IOException e) {
            throw new BadInputException(name, -1, -1, "cannot read: " + e.getMessage());
        }
    }

    /** Buffers the stream and looks at its first two bytes for gzip's magic. */
    private InputStream peek(InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
        try {
            buffered.mark(2);
            byte[] magic = buffered.readNBytes(2);
            buffered.reset();
            gzip = Gzip.isGzip(magic);
        } catch (IOException e) {
            throw new BadInputException(name, -1, -1, "cannot read: " + e.getMessage());
        }
        return buffered;
    }

    private InputStream content(InputStream in) {
        if (!gzip) return in;
        long size = -1;
        if (path != null) {
            try {
                size = Files.size(path);
            } catch (IOException e) {
                size = -1;
            }
        }
        return new BufferedInputStream(Gzip.inflating(name, in, size), BUFFER);
    }

    private InputStream remembering(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                try {
                    return in.read();
                } catch (BadInputException e) {
                    throw remember(e);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return in.read(b, off, len);
                } catch (BadInputException e) {
                    throw remember(e);
                }
            }
        };
    }

    private BadInputException remember(BadInputException e) {
        if (problem == null) problem = e;
        return problem;
    }
}
