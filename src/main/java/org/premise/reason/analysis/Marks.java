package org.premise.reason.analysis;

import java.util.Arrays;

/**
 * An int per index (statement, argument or component), reused from one use to the next: each
 * entry carries the generation it was written in, and {@link #clear()} starts a new generation,
 * so clearing costs nothing and a lookup is two array reads. The engines keep their per-call
 * maps and visited sets in these instead of hash maps (see {@link Scratch}).
 */
final class Marks {
    private final int[] stamp;
    private final int[] value;
    private int generation = 1;

    Marks(int size) {
        stamp = new int[size];
        value = new int[size];
    }

    /** Forgets every entry. */
    void clear() {
        if (generation == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            generation = 0;
        }
        generation++;
    }

    /** The current generation: a reader that must not outlive a clear checks it has not moved. */
    int generation() {
        return generation;
    }

    boolean contains(int i) {
        return stamp[i] == generation;
    }

    /** The entry, or absent when there is none. */
    int get(int i, int absent) {
        return stamp[i] == generation ? value[i] : absent;
    }

    void put(int i, int v) {
        stamp[i] = generation;
        value[i] = v;
    }

    /** Marks the index; whether it was not marked yet. */
    boolean add(int i) {
        if (stamp[i] == generation) {
            return false;
        }
        stamp[i] = generation;
        return true;
    }
}
