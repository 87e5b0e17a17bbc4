package org.premise.reason.analysis;

import java.util.Arrays;

/**
 * An int per index (statement, argument or component), reused from one use to the next: each
 * entry carries the generation it was written in, and {@link #clear()} starts a new generation,
 * so clearing costs nothing and a lookup is two array reads. The engines keep their per-call
 * maps and visited sets in these instead of hash maps (see {@link Scratch}).
 */
final class Marks {
    /** Index i's generation at 2i and its value at 2i + 1: one cache line holds both. */
    private final int[] entries;
    private int generation = 1;

    Marks(int size) {
        entries = new int[2 * size];
    }

    /** Forgets every entry. */
    void clear() {
        if (generation == Integer.MAX_VALUE) {
            Arrays.fill(entries, 0);
            generation = 0;
        }
        generation++;
    }

    /** The current generation: a reader that must not outlive a clear checks it has not moved. */
    int generation() {
        return generation;
    }

    boolean contains(int i) {
        return entries[2 * i] == generation;
    }

    /** The entry, or absent when there is none. */
    int get(int i, int absent) {
        return entries[2 * i] == generation ? entries[2 * i + 1] : absent;
    }

    void put(int i, int v) {
        entries[2 * i] = generation;
        entries[2 * i + 1] = v;
    }

    /** Marks the index; whether it was not marked yet. */
    boolean add(int i) {
        if (entries[2 * i] == generation) {
            return false;
        }
        entries[2 * i] = generation;
        return true;
    }
}
