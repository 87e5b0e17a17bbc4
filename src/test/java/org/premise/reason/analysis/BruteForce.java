package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reference answers by exhaustive enumeration over subsets of the leaves, written as plainly
 * as possible: a subset supports S iff S is in the least fixpoint closure from that subset.
 */
final class BruteForce {
    private final ArgumentGraph g;
    private final Set<String> retracted;
    private final List<String> leaves = new ArrayList<>();
    /** subset of leaves (bit mask) -> the statements its closure derives. */
    private final List<Set<String>> closure = new ArrayList<>();

    BruteForce(ArgumentGraph g, Collection<String> retract, Collection<String> assume) {
        this.g = g;
        this.retracted = new HashSet<>(retract);
        for (String s : g.statements()) {
            if ((g.isLeaf(s) || assume.contains(s)) && !retracted.contains(s)) {
                leaves.add(s);
            }
        }
        if (leaves.size() > 14) {
            throw new IllegalStateException("too many leaves for brute force: " + leaves.size());
        }
        for (int mask = 0; mask < (1 << leaves.size()); mask++) {
            closure.add(close(subset(mask)));
        }
    }

    private Set<String> subset(int mask) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < leaves.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(leaves.get(i));
            }
        }
        return out;
    }

    private Set<String> close(Set<String> start) {
        Set<String> derived = new HashSet<>(start);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String c : g.statements()) {
                if (derived.contains(c) || retracted.contains(c)) {
                    continue;
                }
                for (ArgumentGraph.Argument a : g.argumentsFor(c)) {
                    if (derived.containsAll(a.premises())) {
                        derived.add(c);
                        changed = true;
                        break;
                    }
                }
            }
        }
        return derived;
    }

    /** Whether this set of statements, used as the only leaves, supports the statement. */
    boolean supports(Set<String> leafSet, String statement) {
        Set<String> usable = new HashSet<>(leafSet);
        usable.retainAll(leaves);
        return usable.size() == leafSet.size() && close(leafSet).contains(statement);
    }

    /** Minimal supporting subsets. */
    Set<Set<String>> supportSets(String s) {
        Set<Set<String>> out = new HashSet<>();
        int full = 1 << leaves.size();
        for (int mask = 0; mask < full; mask++) {
            if (!closure.get(mask).contains(s)) {
                continue;
            }
            boolean minimal = true;
            for (int i = 0; i < leaves.size() && minimal; i++) {
                int bit = 1 << i;
                minimal = (mask & bit) == 0 || !closure.get(mask ^ bit).contains(s);
            }
            if (minimal) {
                out.add(subset(mask));
            }
        }
        return out;
    }

    /** Minimal subsets whose removal from all the leaves leaves S unsupported. */
    Set<Set<String>> defeatSets(String s) {
        Set<Set<String>> out = new HashSet<>();
        int full = (1 << leaves.size()) - 1;
        for (int removed = 0; removed <= full; removed++) {
            if (closure.get(full & ~removed).contains(s)) {
                continue;
            }
            boolean minimal = true;
            for (int i = 0; i < leaves.size() && minimal; i++) {
                int bit = 1 << i;
                minimal = (removed & bit) == 0 || closure.get(full & ~(removed ^ bit)).contains(s);
            }
            if (minimal) {
                out.add(subset(removed));
            }
        }
        return out;
    }

    /** The sets in canonical order: by size, then element by element in statement order. */
    static List<Set<String>> canonical(ArgumentGraph g, Set<Set<String>> sets) {
        List<Set<String>> out = new ArrayList<>(sets);
        out.sort((x, y) -> LeafSets.compare(indices(g, x), indices(g, y)));
        return out;
    }

    private static int[] indices(ArgumentGraph g, Set<String> set) {
        return set.stream().mapToInt(g::indexOf).sorted().toArray();
    }

    /** The leaves in every support set (empty if there is none). */
    Set<String> linchpins(String s) {
        Set<Set<String>> sets = supportSets(s);
        if (sets.isEmpty()) {
            return Set.of();
        }
        Set<String> common = new TreeSet<>(leaves);
        for (Set<String> set : sets) {
            common.retainAll(set);
        }
        return common;
    }
}
