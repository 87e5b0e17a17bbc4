package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The defeat sets of a statement whose support sets are known only in part (a prefix cut by
 * the cap or the budget), found with an exact oracle instead of from the partial list.
 *
 * <p>Let K be any support sets of S that are known (a subset of the full family M). Every
 * defeat set of S hits all of K, so it contains a minimal hitting set of K; and a minimal
 * hitting set H of K without which S is unsupported (the {@link SupportOracle} says so) is a
 * defeat set of S, since each smaller set misses some member of K, which still supports S.
 * Sizes are searched in turn. A hitting set without which S is still supported yields a proof
 * of S that avoids it, whose leaves are added to K, and that size is searched again; until
 * then, a hitting set that misses a proof learned in the same pass is no defeat set and needs
 * no oracle (it is not a hitting set of the grown K, which the next pass searches). A size
 * searched without learning anything is exactly that size of the defeat sets: smaller hitting
 * sets of K were all defeat sets, so a defeat set of this size cannot strictly contain one.
 * When a size is complete and the search never reached its depth limit, the list is whole (and
 * then K held all of M's members).
 *
 * <p>Size 1 needs no oracle: the defeat sets of one leaf are the linchpins, known exactly. So
 * they are listed even when the budget runs out while the search learns enough support sets
 * for size 2 (on a ladder of n two-way choices, about n proofs).
 */
final class DefeatSearch {
    private final int statement;
    private final int[] linchpins;
    private final SupportOracle oracle;
    private final int cap;
    private final WorkMeter meter;
    private final Scratch scratch;
    private int[][] known;
    private final List<int[]> learned = new ArrayList<>();
    private final Set<List<Integer>> confirmed = new HashSet<>();

    private DefeatSearch(int statement, int[] linchpins, int[][] known, SupportOracle oracle, int cap,
            WorkMeter meter, Scratch scratch) {
        this.statement = statement;
        this.linchpins = linchpins;
        this.known = known;
        this.oracle = oracle;
        this.cap = cap;
        this.meter = meter;
        this.scratch = scratch;
    }

    /**
     * The defeat sets of a supportable statement as a prefix of their canonical order, from its
     * linchpins, some of its support sets (possibly none) and the oracle, which works in the scratch.
     */
    static Listing of(int statement, int[] linchpins, int[][] known, SupportOracle oracle, int cap,
            WorkMeter meter, Scratch scratch) {
        return new DefeatSearch(statement, linchpins, known, oracle, cap, meter, scratch).run();
    }

    private Listing run() {
        List<int[]> found = new ArrayList<>();
        for (int x : linchpins) {
            found.add(new int[] {x});
            confirmed.add(List.of(x));
        }
        if (found.size() > cap) {
            return new Listing(found.subList(0, cap).toArray(new int[0][]), true, meter.spent(), false);
        }
        if (known.length == 0) {
            int[] proof = proof(LeafSets.EMPTY_SET);
            if (proof == null) {
                return cut(found);
            }
            known = new int[][] {proof};
        }
        for (int k = 1;; k++) {
            HittingSets search;
            List<int[]> level = new ArrayList<>();
            do {
                if (!learned.isEmpty()) {
                    List<int[]> all = new ArrayList<>(Arrays.asList(known));
                    all.addAll(learned);
                    learned.clear();
                    known = LeafSets.minimize(all, meter);
                    if (known == null) {
                        return cut(found);
                    }
                }
                level.clear();
                search = new HittingSets(known);
                if (k > search.maxSize()) {
                    return new Listing(found.toArray(new int[0][]), false, meter.spent(), false);
                }
                // Size 1 is listed already: searching it only learns the support sets size 2 needs.
                boolean full = k > 1 && found.size() >= cap;
                HittingSets.Outcome outcome = search.level(k, meter, set -> visit(set, level, full));
                if (meter.exhausted()) {
                    return cut(found);
                }
                if (outcome == HittingSets.Outcome.STOPPED) {
                    // A defeat set past a full list: the list is truncated.
                    return new Listing(found.subList(0, cap).toArray(new int[0][]), true, meter.spent(), false);
                }
            } while (!learned.isEmpty());
            if (k > 1) {
                level.sort(LeafSets::compare);
                found.addAll(level);
            }
            if (found.size() > cap) {
                return new Listing(found.subList(0, cap).toArray(new int[0][]), true, meter.spent(), false);
            }
            if (!search.mayGoDeeper()) {
                return new Listing(found.toArray(new int[0][]), false, meter.spent(), false);
            }
        }
    }

    /**
     * Asks the oracle about one minimal hitting set of the known sets: a defeat set joins the
     * level, anything else teaches a new support set. False stops the search.
     */
    private boolean visit(int[] set, List<int[]> level, boolean full) {
        List<Integer> key = Arrays.stream(set).boxed().toList();
        if (!learned.isEmpty() && !confirmed.contains(key)) {
            // A support set learned in this pass that avoids it proves it no defeat set, without
            // the oracle; the pass is searched again with the learned sets anyway.
            if (!meter.spend(learned.size())) {
                return false;
            }
            for (int[] proof : learned) {
                if (LeafSets.disjoint(proof, set)) {
                    return true;
                }
            }
        }
        if (set.length == 1 && !confirmed.contains(key)) {
            // Not a linchpin: some support set avoids it.
            int[] proof = proof(set);
            if (proof == null) {
                return false;
            }
            learned.add(proof);
            return true;
        }
        if (!confirmed.contains(key)) {
            SupportOracle.Remaining r = oracle.without(statement, set, meter, scratch);
            if (r == null) {
                return false;
            }
            if (r.supported()) {
                int[] proof = r.proofLeaves(meter);
                if (proof == null) {
                    return false;
                }
                learned.add(proof);
                return true;
            }
            confirmed.add(key);
        }
        level.add(set);
        return !full;
    }

    /** The leaves of a proof of the statement that avoids the given ones; null when the meter runs out. */
    private int[] proof(int[] avoided) {
        SupportOracle.Remaining r = oracle.without(statement, avoided, meter, scratch);
        return r == null ? null : r.proofLeaves(meter);
    }

    /** The sizes completed so far, flagged truncated: the meter ran out. */
    private Listing cut(List<int[]> found) {
        int keep = Math.min(found.size(), cap);
        return new Listing(found.subList(0, keep).toArray(new int[0][]), true, meter.spent(), true);
    }
}
