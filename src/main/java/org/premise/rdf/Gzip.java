package org.premise.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import org.premise.BadInputException;
import org.premise.ObservedInputStream;

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
     * The decompressed bytes of a gzipped stream, read as they are needed. Reading past
     * {@link #MAX_RATIO} times the compressed size (and past {@link #SMALL}), or a damaged
     * archive, throws {@link BadInputException} from {@code read}, naming the source: a gzip
     * bomb is refused before it fills the heap.
     *
     * @param compressedSize the size of the whole compressed input, or -1 when it is not known
     *        (standard input): the cap then grows with the compressed bytes read so far
     */
    public static InputStream inflating(String sourceName, InputStream compressed, long compressedSize) {
        Counted counted = new Counted(compressed);
        try {
            return new Capped(sourceName, new GZIPInputStream(counted, 1 << 16), counted, compressedSize);
        } catch (IOException e) {
            throw new BadInputException(sourceName, -1, -1, "not a readable gzip file: " + e.getMessage());
        }
    }

    /** Counts the compressed bytes the inflater has taken. */
    private static final class Counted extends ObservedInputStream {
        long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }

    /** The inflated bytes, refused past the cap; I/O errors become bad input naming the source. */
    private static final class Capped extends ObservedInputStream {
        private final String source;
        private final Counted compressed;
        private final long compressedSize;
        private long inflated;

        Capped(String source, InputStream in, Counted compressed, long compressedSize) {
            super(in);
            this.source = source;
            this.compressed = compressed;
            this.compressedSize = compressedSize;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n;
            try {
                n = in.read(b, off, len);
            } catch (IOException e) {
                throw new BadInputException(source, -1, -1, "not a readable gzip file: " + e.getMessage(), e);
            }
            if (n > 0) {
                inflated += n;
                long base = compressedSize >= 0 ? compressedSize : compressed.count;
                long limit = Math.max(SMALL, (long) MAX_RATIO * base);
                if (inflated > limit) {
                    throw new BadInputException(source, -1, -1, "inflates to more than " + limit
                            + " bytes (over " + MAX_RATIO + " times its compressed size): a gzip bomb or not an input Premise reads");
                }
            }
            return n;
        }
    }
}
