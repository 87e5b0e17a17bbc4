package org.premise.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Statement keys: the short lowercase names users type ({@code models-capable}). A statement
 * without a curated key gets an automatic one that depends on its normalised text only, so
 * the same text gets the same key in every document and every run.
 */
public final class StatementKeys {
    private static final Pattern VALID_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int SLUG_WORDS = 5;
    private static final int HASH_HEX_CHARS = 6;

    private StatementKeys() {}

    /** True when {@code key} is lowercase ASCII letters and digits in words joined by single {@code -}. */
    public static boolean isValidKey(String key) {
        return key != null && VALID_KEY.matcher(key).matches();
    }

    /**
     * The automatic key of a statement: a slug of the first five words of its normalised text
     * (accents stripped, lowercased, other characters turned into {@code -}), a {@code -},
     * and the first six hex characters of the SHA-256 of the normalised text in UTF-8. The
     * hash keeps statements that start alike apart; a text with no ASCII letters or digits
     * in its first words gets the hash alone.
     */
    public static String autoKey(String text) {
        String normalized = StatementText.normalize(text);
        String firstWords = Arrays.stream(normalized.split(" "))
                .limit(SLUG_WORDS)
                .collect(Collectors.joining(" "));
        String folded = MARKS.matcher(Normalizer.normalize(firstWords, Normalizer.Form.NFD)).replaceAll("");
        String slug = trimDashes(NOT_SLUG.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-"));
        String hash = sha256Hex(normalized).substring(0, HASH_HEX_CHARS);
        return slug.isEmpty() ? hash : slug + "-" + hash;
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') start++;
        while (end > start && s.charAt(end - 1) == '-') end--;
        return s.substring(start, end);
    }

    private static String sha256Hex(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
