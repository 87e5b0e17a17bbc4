package org.premise.rdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

import org.premise.BadInputException;

/** Gzipped inputs, recognised by their magic bytes (not only by a {@code .gz} name) and read transparently. */
public final class Gzip {
    private Gzip() {}

    /** Whether the content starts with gzip's magic bytes 1f 8b. */
    public static boolean isGzip(byte[] content) {
        return content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b;
    }

    /** The decompressed content; a damaged archive is bad input naming the source. */
    public static byte[] decompress(String sourceName, byte[] content) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BadInputException(sourceName, -1, -1, "not a readable gzip file: " + e.getMessage());
        }
    }
}
