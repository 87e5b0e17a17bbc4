package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Families of leaf sets, each set a sorted int array of statement indices. A family is kept
 * minimal (no set contains another) and in canonical order (by size, then element by
 * element), so two families are equal exactly when their arrays are.
 */
final class LeafSets {
    static final int[][] NONE = new int[0][];
    static final int[] EMPTY_SET = new int[0];

    private LeafSets() {
    }

    /** A family plus whether the cap cut it short. */
    record Family(int[][] sets, boolean truncated) {
    }

    /** Minimal elements of the candidates, at most cap of them, smallest first. */
    static Family minimize(List<int[]> candidates, int cap) {
        if (candidates.isEmpty()) {
            return new Family(NONE, false);
        }
        if (candidates.size() == 1) {
            return new Family(new int[][] {candidates.get(0)}, false);
        }
        int[][] sorted = candidates.toArray(new int[0][]);
        Arrays.sort(sorted, LeafSets::compare);
        List<int[]> kept = new ArrayList<>();
        long[] sigs = new long[Math.min(sorted.length, cap + 1)];
        boolean truncated = false;
        int[] previous = null;
        for (int[] candidate : sorted) {
            if (previous != null && Arrays.equals(previous, candidate)) {
                continue;
            }
            previous = candidate;
            long sig = signature(candidate);
            boolean subsumed = false;
            for (int k = 0; k < kept.size(); k++) {
                int[] smaller = kept.get(k);
                if (smaller.length < candidate.length && (sigs[k] & ~sig) == 0 && isSubset(smaller, candidate)) {
                    subsumed = true;
                    break;
                }
            }
            if (subsumed) {
                continue;
            }
            if (kept.size() == cap) {
                truncated = true;
                break;
            }
            sigs[kept.size()] = sig;
            kept.add(candidate);
        }
        return new Family(kept.toArray(new int[0][]), truncated);
    }

    /** The unions of one set from each family (all premises needed), minimized and capped. */
    static Family product(int[][][] families, int cap) {
        int[][] acc = {EMPTY_SET};
        boolean truncated = false;
        for (int[][] family : families) {
            if (family.length == 0) {
                return new Family(NONE, false);
            }
            List<int[]> candidates = new ArrayList<>(acc.length * family.length);
            for (int[] x : acc) {
                for (int[] y : family) {
                    candidates.add(union(x, y));
                }
            }
            Family f = minimize(candidates, cap);
            acc = f.sets();
            truncated |= f.truncated();
        }
        return new Family(acc, truncated);
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
        if (k == a.length) {
            return a;
        }
        if (k == b.length) {
            return b;
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
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

    static boolean contains(int[] set, int x) {
        return Arrays.binarySearch(set, x) >= 0;
    }

    /** Canonical order: smaller sets first, then element by element. */
    static int compare(int[] a, int[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        return Arrays.compare(a, b);
    }

    static boolean sameFamily(int[][] a, int[][] b) {
        return Arrays.deepEquals(a, b);
    }

    private static long signature(int[] set) {
        long sig = 0;
        for (int x : set) {
            sig |= 1L << (x & 63);
        }
        return sig;
    }
}
