package org.premise.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A command's whole output for standard output, kept until it is complete so that a command
 * failing halfway prints nothing: in memory while small, then in a temporary file (deleted on
 * {@link #close}), so that a large output does not need its size in the heap.
 */
final class SpooledOutput extends OutputStream implements Closeable {
    /** Past this many bytes the output goes to a temporary file. */
    static final int IN_MEMORY = 8 << 20;

    private final int limit;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;

    SpooledOutput() {
        this(IN_MEMORY);
    }

    SpooledOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (fileOut == null && memory.size() + len > limit) {
            file = Files.createTempFile("premise-output", ".part");
            fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            memory.writeTo(fileOut);
            memory = null;
        }
        if (fileOut != null) fileOut.write(b, off, len);
        else memory.write(b, off, len);
    }

    /** Writes what was kept, decoded from UTF-8, to {@code out}. */
    void copyTo(Writer out) throws IOException {
        if (fileOut == null) {
            out.write(memory.toString(StandardCharsets.UTF_8));
        } else {
            fileOut.close();
            try (InputStream in = Files.newInputStream(file);
                 Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                text.transferTo(out);
            }
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (fileOut != null) {
            fileOut.close();
            Files.deleteIfExists(file);
        }
    }
}
