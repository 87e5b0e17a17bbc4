package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.premise.ints.IntList;

/**
 * The minimal hitting sets of a family of leaf sets, one size at a time: applied to a
 * statement's support sets these are its defeat sets (the smallest retractions of leaves that
 * leave it without support).
 *
 * <p>For one size k a depth-first search picks the first set not yet hit and branches on its
 * elements; in the branch for the i-th element the earlier ones are excluded, so each hitting
 * set is reached once. A branch is cut as soon as some chosen element has no private set (one
 * that only it hits), since adding elements can never give it one. When the search for size k
 * never reached its depth limit, there is no minimal hitting set larger than k.
 */
final class HittingSets {
    /** Receives each minimal hitting set of the size searched; returns false to stop the search. */
    interface Visitor {
        boolean visit(int[] set);
    }

    /** How the search for one size ended. */
    enum Outcome {
        /** Every minimal hitting set of that size was visited. */
        COMPLETE,
        /** The visitor stopped it. */
        STOPPED,
        /** The meter ran out. */
        OUT_OF_WORK
    }

    private final int[] elements;
    /** local element -> the sets (indices into the family) that contain it. */
    private final int[][] setsWith;
    /** set -> its elements as local indices. */
    private final int[][] localSets;
    private final int[] hits;
    private final boolean[] excluded;
    private final int[] chosen;
    private boolean depthLimitReached;
    private boolean stopped;

    /** Prepares the search over a non-empty family. */
    HittingSets(int[][] family) {
        IntList all = new IntList();
        for (int[] set : family) {
            for (int x : set) {
                all.add(x);
            }
        }
        elements = sortedDistinct(all.toArray());
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
        chosen = new int[Math.max(1, elements.length)];
    }

    /**
     * The minimal hitting sets of a family known to be whole, as a prefix of their canonical
     * order: sizes are searched in turn and each size is sorted once complete, so a size the
     * meter cuts short is left out. An empty family is hit by the empty set.
     */
    static Listing enumerate(int[][] family, int cap, WorkMeter meter) {
        if (family.length == 0) {
            return new Listing(new int[][] {LeafSets.EMPTY_SET}, false, meter.spent(), false);
        }
        if (family.length == 1) {
            // One support set: each of its leaves alone defeats it, in index order.
            int[] only = family[0];
            int keep = Math.min(only.length, cap);
            if (!meter.spend(keep)) {
                return new Listing(LeafSets.NONE, true, meter.spent(), true);
            }
            int[][] singles = new int[keep][];
            for (int i = 0; i < keep; i++) {
                singles[i] = new int[] {only[i]};
            }
            return new Listing(singles, only.length > cap, meter.spent(), false);
        }
        HittingSets search = new HittingSets(family);
        List<int[]> found = new ArrayList<>();
        for (int k = 1; k <= search.maxSize(); k++) {
            List<int[]> level = new ArrayList<>();
            // Once the cap is reached one more set proves the list truncated; its size need not be complete.
            Outcome outcome = search.level(k, meter, set -> level.add(set) && found.size() < cap);
            if (outcome == Outcome.OUT_OF_WORK) {
                return new Listing(found.toArray(new int[0][]), true, meter.spent(), true);
            }
            level.sort(LeafSets::compare);
            found.addAll(level);
            if (found.size() > cap) {
                return new Listing(found.subList(0, cap).toArray(new int[0][]), true, meter.spent(), false);
            }
            if (!search.mayGoDeeper()) {
                break;
            }
        }
        return new Listing(found.toArray(new int[0][]), false, meter.spent(), false);
    }

    private static int[] sortedDistinct(int[] values) {
        Arrays.sort(values);
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (k == 0 || values[i] != values[k - 1]) {
                values[k++] = values[i];
            }
        }
        return k == values.length ? values : Arrays.copyOf(values, k);
    }

    /** The largest size a minimal hitting set can have. */
    int maxSize() {
        return Math.min(localSets.length, elements.length);
    }

    /** Visits every minimal hitting set of exactly k elements, each once, in no particular order. */
    Outcome level(int k, WorkMeter meter, Visitor visitor) {
        depthLimitReached = false;
        stopped = false;
        search(0, k, meter, visitor);
        if (meter.exhausted()) {
            return Outcome.OUT_OF_WORK;
        }
        return stopped ? Outcome.STOPPED : Outcome.COMPLETE;
    }

    /** Whether the last complete search cut branches at its depth limit, so larger ones may exist. */
    boolean mayGoDeeper() {
        return depthLimitReached;
    }

    private void search(int depth, int k, WorkMeter meter, Visitor visitor) {
        if (stopped || !meter.spend(1)) {
            return;
        }
        int unhit = -1;
        for (int j = 0; j < localSets.length; j++) {
            if (hits[j] == 0) {
                unhit = j;
                break;
            }
        }
        if (unhit < 0) {
            if (depth == k && !visitor.visit(chosenSet(depth))) {
                stopped = true;
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
                search(depth + 1, k, meter, visitor);
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

    private int[] chosenSet(int size) {
        int[] set = new int[size];
        for (int i = 0; i < size; i++) {
            set[i] = elements[chosen[i]];
        }
        Arrays.sort(set);
        return set;
    }
}
