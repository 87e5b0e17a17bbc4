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

    /**
     * The most a gzipped input may grow to, as a multiple of its compressed size: RDF and digest
     * text compress 5 to 30 times, a gzip bomb a thousand times and more.
     */
    public static final int MAX_RATIO = 200;
    /** Below this many decompressed bytes the ratio is not checked. */
    public static final long SMALL = 64L << 20;

    /**
     * The decompressed content; a damaged archive, or one that inflates past {@link #MAX_RATIO}
     * times its size (and past {@link #SMALL}), is bad input naming the source, found before the
     * heap fills.
     */
    public static byte[] decompress(String sourceName, byte[] content) {
        long limit = Math.min(Integer.MAX_VALUE - 8L, Math.max(SMALL, (long) MAX_RATIO * content.length));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
            byte[] out = in.readNBytes((int) limit);
            if (in.read() != -1) {
                throw new BadInputException(sourceName, -1, -1, "inflates to more than " + limit
                        + " bytes (over " + MAX_RATIO + " times its compressed size): a gzip bomb or not an input Premise reads");
            }
            return out;
        } catch (IOException e) {
            throw new BadInputException(sourceName, -1, -1, "not a readable gzip file: " + e.getMessage());
        }
    }
}
