package org.premise.reason.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Per-statement answers kept once computed: a dense table for a full analysis, a map for the
 * region of a hypothetical. Reads are safe from any thread and see fully built values (the
 * table and the map publish safely); values are immutable and computed deterministically, so
 * when two threads race to compute the same entry either result may be kept.
 */
final class Memo<V> {
    private final AtomicReferenceArray<V> dense;
    private final ConcurrentHashMap<Integer, V> sparse;

    private Memo(AtomicReferenceArray<V> dense, ConcurrentHashMap<Integer, V> sparse) {
        this.dense = dense;
        this.sparse = sparse;
    }

    /** An empty table for statements 0..size-1. */
    static <V> Memo<V> dense(int size) {
        return new Memo<>(new AtomicReferenceArray<>(size), null);
    }

    /** A map starting with the given entries. */
    static <V> Memo<V> sparse(Map<Integer, V> entries) {
        return new Memo<>(null, new ConcurrentHashMap<>(entries));
    }

    /** The statement's answer, or null when not computed yet. */
    V get(int s) {
        return dense != null ? dense.get(s) : sparse.get(s);
    }

    /** Keeps the answer unless one is there already; returns the one kept. */
    V putIfAbsent(int s, V value) {
        if (dense != null) {
            return dense.compareAndSet(s, null, value) ? value : dense.get(s);
        }
        V before = sparse.putIfAbsent(s, value);
        return before != null ? before : value;
    }

    /** The computed entries a hypothetical built on this one can keep: those not in the changed region. */
    Map<Integer, V> entriesOutside(Region changed) {
        Map<Integer, V> out = new HashMap<>();
        if (sparse != null) {
            sparse.forEach((s, v) -> {
                if (!changed.contains(s)) {
                    out.put(s, v);
                }
            });
        }
        return out;
    }
}
