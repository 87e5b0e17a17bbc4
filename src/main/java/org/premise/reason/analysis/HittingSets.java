package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Minimal hitting sets of a family of support sets, by increasing size: these are a
 * statement's defeat sets (the smallest retractions of leaves that leave it without support).
 *
 * <p>Iterative deepening on the size k. At each level a depth-first search picks the first
 * support set not yet hit and branches on its elements; in the branch for the i-th element
 * the earlier elements are excluded, so each set of size k is reached once. A branch is cut
 * as soon as some chosen element has no private support set (one that only it hits), since
 * adding elements can never give it one. The search stops when a level finishes without
 * reaching its depth limit (every minimal hitting set has been seen), or when the cap or the
 * step budget is reached (then the result is flagged truncated).
 */
final class HittingSets {
    private final int[][] family;
    private final int[] elements;
    /** local element -> the sets (indices into family) that contain it. */
    private final int[][] setsWith;
    /** set -> its elements as local indices. */
    private final int[][] localSets;
    private final int[] hits;
    private final boolean[] excluded;
    private final int[] chosen;
    private final int cap;
    private long steps;
    private boolean depthLimitReached;
    private boolean outOfSteps;
    private final List<int[]> found = new ArrayList<>();
    private final java.util.Set<List<Integer>> seen = new java.util.HashSet<>();

    private HittingSets(int[][] family, int cap, long steps) {
        this.family = family;
        this.cap = cap;
        this.steps = steps;
        TreeSet<Integer> all = new TreeSet<>();
        for (int[] set : family) {
            for (int x : set) {
                all.add(x);
            }
        }
        elements = all.stream().mapToInt(Integer::intValue).toArray();
        localSets = new int[family.length][];
        int[] count = new int[elements.length];
        for (int j = 0; j < family.length; j++) {
            localSets[j] = new int[family[j].length];
            for (int i = 0; i < family[j].length; i++) {
                int e = Arrays.binarySearch(elements, family[j][i]);
                localSets[j][i] = e;
                count[e]++;
            }
        }
        setsWith = new int[elements.length][];
        for (int e = 0; e < elements.length; e++) {
            setsWith[e] = new int[count[e]];
            count[e] = 0;
        }
        for (int j = 0; j < family.length; j++) {
            for (int e : localSets[j]) {
                setsWith[e][count[e]++] = j;
            }
        }
        hits = new int[family.length];
        excluded = new boolean[elements.length];
        chosen = new int[Math.max(1, Math.min(family.length, elements.length))];
    }

    /** The minimal hitting sets of the family, smallest first, at most cap of them. */
    static LeafSets.Family of(int[][] family, int cap, long steps) {
        if (family.length == 0) {
            // Nothing supports the statement: retracting nothing already leaves it unsupported.
            return new LeafSets.Family(new int[][] {LeafSets.EMPTY_SET}, false);
        }
        return new HittingSets(family, cap, steps).enumerate();
    }

    private LeafSets.Family enumerate() {
        int maxSize = Math.min(family.length, elements.length);
        boolean truncated = false;
        for (int k = 1; k <= maxSize; k++) {
            depthLimitReached = false;
            int before = found.size();
            search(0, k);
            List<int[]> level = new ArrayList<>(found.subList(before, found.size()));
            level.sort(LeafSets::compare);
            for (int i = 0; i < level.size(); i++) {
                found.set(before + i, level.get(i));
            }
            if (outOfSteps || found.size() > cap) {
                truncated = true;
                break;
            }
            if (!depthLimitReached) {
                break;
            }
        }
        int keep = Math.min(found.size(), cap);
        return new LeafSets.Family(found.subList(0, keep).toArray(new int[0][]), truncated);
    }

    private void search(int depth, int k) {
        if (outOfSteps || found.size() > cap) {
            return;
        }
        if (--steps < 0) {
            outOfSteps = true;
            return;
        }
        int unhit = -1;
        for (int j = 0; j < family.length; j++) {
            if (hits[j] == 0) {
                unhit = j;
                break;
            }
        }
        if (unhit < 0) {
            if (depth == k) {
                record(depth);
            }
            return;
        }
        if (depth == k) {
            depthLimitReached = true;
            return;
        }
        int[] branch = localSets[unhit];
        IntList excludedHere = new IntList(branch.length);
        for (int e : branch) {
            if (excluded[e]) {
                continue;
            }
            chosen[depth] = e;
            for (int j : setsWith[e]) {
                hits[j]++;
            }
            if (everyChosenHasPrivateSet(depth + 1)) {
                search(depth + 1, k);
            }
            for (int j : setsWith[e]) {
                hits[j]--;
            }
            // Later branches need not contain e: any hitting set with e was found in this one.
            excluded[e] = true;
            excludedHere.add(e);
        }
        for (int i = 0; i < excludedHere.size(); i++) {
            excluded[excludedHere.get(i)] = false;
        }
    }

    private boolean everyChosenHasPrivateSet(int size) {
        for (int i = 0; i < size; i++) {
            boolean own = false;
            for (int j : setsWith[chosen[i]]) {
                if (hits[j] == 1) {
                    own = true;
                    break;
                }
            }
            if (!own) {
                return false;
            }
        }
        return true;
    }

    private void record(int size) {
        int[] set = new int[size];
        for (int i = 0; i < size; i++) {
            set[i] = elements[chosen[i]];
        }
        Arrays.sort(set);
        List<Integer> key = new ArrayList<>(size);
        for (int x : set) {
            key.add(x);
        }
        if (seen.add(key)) {
            found.add(set);
        }
    }
}
