package org.premise;

/**
 * The UTF-8 byte-order mark (EF BB BF, U+FEFF at the start of the text), which Windows editors
 * write at the start of a file. It says only that the file is UTF-8, so every reader of
 * Premise's own formats (digest, {@code .keys}, AIF JSON, rules, query headers) accepts it
 * and reads what follows it; a digest remembers it, so that {@code render} writes it back.
 */
public final class ByteOrderMark {
    private ByteOrderMark() {}

    /** The mark as a character. */
    public static final String CHAR = "\uFEFF";

    /** Whether text starts with the mark. */
    public static boolean startsWith(String text) {
        return text.startsWith(CHAR);
    }

    /** The text without a leading mark. */
    public static String strip(String text) {
        return startsWith(text) ? text.substring(1) : text;
    }

    /** Whether bytes start with the mark's UTF-8 encoding. */
    public static boolean startsWith(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The bytes without a leading mark (the same array when there is none). */
    public static byte[] strip(byte[] bytes) {
        return startsWith(bytes) ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }
}
