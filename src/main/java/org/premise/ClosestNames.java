package org.premise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Suggests the valid names closest to a name a user mistyped, for "did you mean" hints in
 * error messages (query names, statement keys). Closeness is the Levenshtein edit distance,
 * ignoring case.
 */
public final class ClosestNames {
    private ClosestNames() {}

    /**
     * Up to {@code max} candidates close to {@code wanted}, closest first (ties by name).
     * A candidate is close when its edit distance is at most half the longer name (and at
     * least 2), when one name contains the other, or when they share a prefix of at least half
     * the wanted name (and at least 3 characters). When none is close, the first
     * {@code max} candidates in alphabetical order are returned, so a hint always shows some
     * valid names.
     */
    public static List<String> closest(String wanted, Collection<String> candidates, int max) {
        String w = wanted.toLowerCase(Locale.ROOT);
        record Scored(String name, int distance) {}
        List<Scored> close = new ArrayList<>();
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(w, c);
            int allowed = Math.max(2, Math.max(w.length(), c.length()) / 2);
            boolean contains = !w.isEmpty() && (c.contains(w) || w.contains(c));
            boolean sharedStart = commonPrefix(w, c) >= Math.max(3, w.length() / 2);
            if (distance <= allowed || contains || sharedStart) close.add(new Scored(candidate, distance));
        }
        if (close.isEmpty()) {
            return candidates.stream().sorted().distinct().limit(max).toList();
        }
        return close.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .map(Scored::name).distinct().limit(max).toList();
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return n;
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous; previous = current; current = swap;
        }
        return previous[b.length()];
    }
}
