package org.premise.reason.derive;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.premise.ints.IntList;

/**
 * Every fact the evaluator knows, as dictionary ids: asserted facts first, then derived
 * ones in the order they were derived, so a fact's id is also its rank (everything it was
 * derived from has a smaller id; explanations rely on this). Facts are deduplicated by a
 * hash table over (subject, predicate, object) and indexed per predicate by subject and by
 * object. About 40 bytes per fact. A fact can be deleted in place (for a derivation changed in
 * place): it keeps its id and index entries, readers skip it, and adding it again revives it.
 */
final class FactTable {
    private int[] subject;
    private int[] predicate;
    private int[] object;
    private int size;
    /** Open addressing over fact ids + 1 (0 is empty). */
    private int[] table;
    private final Map<Integer, PredicateIndex> byPredicate = new HashMap<>();
    /** Facts deleted in place: they keep their id (and their place in the indexes) but match nothing. */
    private final java.util.BitSet dead = new java.util.BitSet();
    private int deadCount;

    FactTable() {
        this(1024);
    }

    /** A table with room for this many facts before it grows. */
    FactTable(int capacity) {
        int n = Math.max(1024, capacity);
        subject = new int[n];
        predicate = new int[n];
        object = new int[n];
        table = new int[Integer.highestOneBit(n - 1) << 2];
    }

    /** One predicate's facts, by subject and by object. */
    static final class PredicateIndex {
        final IntList facts = new IntList();
        final IntMultiMap bySubject = new IntMultiMap();
        final IntMultiMap byObject = new IntMultiMap();
    }

    int size() {
        return size;
    }

    int subject(int fact) {
        return subject[fact];
    }

    int predicate(int fact) {
        return predicate[fact];
    }

    int object(int fact) {
        return object[fact];
    }

    /**
     * Adds a fact; returns its new id, or -1 if it was already known. A deleted fact comes
     * back to life under its old id, which is returned: to the caller it is new again.
     */
    int add(int s, int p, int o) {
        int slot = slot(s, p, o);
        if (table[slot] != 0) {
            int f = table[slot] - 1;
            if (!dead.get(f)) {
                return -1;
            }
            dead.clear(f);
            deadCount--;
            return f;
        }
        if (size == subject.length) {
            subject = Arrays.copyOf(subject, size * 2);
            predicate = Arrays.copyOf(predicate, size * 2);
            object = Arrays.copyOf(object, size * 2);
        }
        int id = size++;
        subject[id] = s;
        predicate[id] = p;
        object[id] = o;
        table[slot] = id + 1;
        PredicateIndex index = byPredicate.computeIfAbsent(p, k -> new PredicateIndex());
        index.facts.add(id);
        index.bySubject.add(s, id);
        index.byObject.add(o, id);
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    /** The fact's id, or -1; a deleted fact keeps its id (see {@link #isLive}). */
    int find(int s, int p, int o) {
        return table[slot(s, p, o)] - 1;
    }

    /** The fact's id if it is known and not deleted, else -1. */
    int findLive(int s, int p, int o) {
        int f = find(s, p, o);
        return f >= 0 && !dead.get(f) ? f : -1;
    }

    /** Whether the fact is not deleted. */
    boolean isLive(int f) {
        return !dead.get(f);
    }

    /** Deletes a fact in place: it matches nothing until added again. */
    void kill(int f) {
        if (!dead.get(f)) {
            dead.set(f);
            deadCount++;
        }
    }

    /** How many facts are deleted in place. */
    int deadCount() {
        return deadCount;
    }

    /** The predicate's index, or null when no fact has it. */
    PredicateIndex index(int p) {
        return byPredicate.get(p);
    }

    /** Every predicate that has facts. */
    Iterable<Integer> predicates() {
        return byPredicate.keySet();
    }

    private int slot(int s, int p, int o) {
        int mask = table.length - 1;
        int i = hash(s, p, o) & mask;
        while (true) {
            int f = table[i] - 1;
            if (f < 0 || (subject[f] == s && predicate[f] == p && object[f] == o)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int f = 0; f < size; f++) {
            int i = hash(subject[f], predicate[f], object[f]) & mask;
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = f + 1;
        }
    }

    private static int hash(int s, int p, int o) {
        int h = s * 0x9E3779B1 + p * 0x85EBCA77 + o * 0xC2B2AE3D;
        return h ^ (h >>> 15);
    }
}
