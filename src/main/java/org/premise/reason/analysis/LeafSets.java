package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Families of leaf sets, each set a sorted int array of statement indices. A family is kept
 * minimal (no set contains another) and in canonical order (by size, then element by element),
 * so two families are equal exactly when their arrays are. In canonical order a subset always
 * comes before its supersets, which is what lets a prefix of a family be computed from
 * prefixes of its premises' families (see {@link Bound}).
 */
final class LeafSets {
    static final int[][] NONE = new int[0][];
    static final int[] EMPTY_SET = new int[0];

    private LeafSets() {
    }

    /**
     * Which sets a computation keeps: those of at most maxSize leaves and canonically at most
     * cut (null: no cut). Records whether anything within the cut was dropped for its size,
     * since then the result is complete only up to that size.
     */
    static final class Bound {
        final int[] cut;
        final int maxSize;
        private boolean droppedForSize;

        Bound(int[] cut, int maxSize) {
            this.cut = cut;
            this.maxSize = maxSize;
        }

        boolean admits(int[] set) {
            if (cut != null && compare(set, cut) > 0) {
                return false;
            }
            if (set.length > maxSize) {
                droppedForSize = true;
                return false;
            }
            return true;
        }

        boolean droppedForSize() {
            return droppedForSize;
        }
    }

    /** The canonically smaller of two cuts, where null (no cut) is the largest. */
    static int[] minCut(int[] a, int[] b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return compare(a, b) <= 0 ? a : b;
    }

    /** A cut that admits every set of at most size leaves: no real set comes after it. */
    static int[] levelCut(int size) {
        int[] top = new int[size];
        Arrays.fill(top, Integer.MAX_VALUE);
        return top;
    }

    /**
     * The minimal unions of one set from each family (all premises needed) that the bound
     * admits, in canonical order; null when the meter runs out. A family's sets past the bound
     * are skipped: a set the bound admits only contains sets the bound admits.
     */
    static int[][] product(int[][][] families, Bound bound, WorkMeter meter) {
        int[][] acc = {EMPTY_SET};
        for (int[][] family : families) {
            List<int[]> candidates = new ArrayList<>();
            for (int[] y : family) {
                if (!bound.admits(y)) {
                    break;
                }
                if (!meter.spend(acc.length)) {
                    return null;
                }
                for (int[] x : acc) {
                    int[] u = union(x, y);
                    if (bound.admits(u)) {
                        candidates.add(u);
                    }
                }
            }
            acc = minimize(candidates, meter);
            if (acc == null || acc.length == 0) {
                return acc;
            }
        }
        return acc;
    }

    /** The minimal elements of the candidates, in canonical order; null when the meter runs out. */
    static int[][] minimize(List<int[]> candidates, WorkMeter meter) {
        if (candidates.size() <= 1) {
            return candidates.toArray(new int[0][]);
        }
        int[][] sorted = candidates.toArray(new int[0][]);
        if (!meter.spend(sorted.length)) {
            return null;
        }
        Arrays.sort(sorted, LeafSets::compare);
        List<int[]> kept = new ArrayList<>();
        long[] sigs = new long[sorted.length];
        int[] previous = null;
        // Kept sets are in canonical order: only the strictly smaller ones can be subsets.
        int smaller = 0;
        for (int[] candidate : sorted) {
            if (previous != null && Arrays.equals(previous, candidate)) {
                continue;
            }
            previous = candidate;
            while (smaller < kept.size() && kept.get(smaller).length < candidate.length) {
                smaller++;
            }
            if (!meter.spend(smaller)) {
                return null;
            }
            long sig = signature(candidate);
            boolean subsumed = false;
            for (int k = 0; k < smaller; k++) {
                if ((sigs[k] & ~sig) == 0 && isSubset(kept.get(k), candidate)) {
                    subsumed = true;
                    break;
                }
            }
            if (!subsumed) {
                sigs[kept.size()] = sig;
                kept.add(candidate);
            }
        }
        return kept.toArray(new int[0][]);
    }

    static int[] union(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                out[k++] = a[i++];
            } else if (a[i] > b[j]) {
                out[k++] = b[j++];
            } else {
                out[k++] = a[i++];
                j++;
            }
        }
        while (i < a.length) {
            out[k++] = a[i++];
        }
        while (j < b.length) {
            out[k++] = b[j++];
        }
        // Share an input when the union adds nothing to it.
        if (k == a.length) {
            return a;
        }
        if (k == b.length) {
            return b;
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /** The common elements; one of the inputs itself when it is the answer, so results share arrays. */
    static int[] intersect(int[] a, int[] b) {
        if (a == b) {
            return a;
        }
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[k++] = a[i++];
                j++;
            }
        }
        if (k == a.length) {
            return a;
        }
        if (k == b.length) {
            return b;
        }
        return k == 0 ? EMPTY_SET : Arrays.copyOf(out, k);
    }

    /** Whether the sorted sets have no element in common. */
    static boolean disjoint(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                return false;
            }
        }
        return true;
    }

    static boolean isSubset(int[] small, int[] big) {
        int j = 0;
        for (int x : small) {
            while (j < big.length && big[j] < x) {
                j++;
            }
            if (j == big.length || big[j] != x) {
                return false;
            }
            j++;
        }
        return true;
    }

    /** Canonical order: smaller sets first, then element by element. */
    static int compare(int[] a, int[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        return Arrays.compare(a, b);
    }

    private static long signature(int[] set) {
        long sig = 0;
        for (int x : set) {
            sig |= 1L << (x & 63);
        }
        return sig;
    }
}
