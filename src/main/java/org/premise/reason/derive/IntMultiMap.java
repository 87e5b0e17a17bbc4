package org.premise.reason.derive;

import java.util.Arrays;

/**
 * A map from int keys to lists of int values, without boxing: an open-addressing table of
 * keys, each pointing at the newest of its entries, which are chained through a parallel
 * {@code next} array. About 12 bytes per entry plus the table; values of a key are visited
 * newest first.
 */
final class IntMultiMap {
    private static final int EMPTY = Integer.MIN_VALUE;

    private int[] keys;
    private int[] heads;
    private int keyCount;
    private int[] values = new int[16];
    private int[] next = new int[16];
    private int entries;

    IntMultiMap() {
        keys = new int[16];
        heads = new int[16];
        Arrays.fill(keys, EMPTY);
    }

    /** Adds a value to the key's list. */
    void add(int key, int value) {
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            heads[slot] = -1;
            if (++keyCount * 2 > keys.length) {
                grow();
                slot = slot(key);
            }
        }
        if (entries == values.length) {
            values = Arrays.copyOf(values, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        values[entries] = value;
        next[entries] = heads[slot];
        heads[slot] = entries++;
    }

    /** The newest entry of the key, or -1; walk on with {@link #next(int)}. */
    int first(int key) {
        int slot = slot(key);
        return keys[slot] == EMPTY ? -1 : heads[slot];
    }

    /** The entry after this one in its key's list, or -1. */
    int next(int entry) {
        return next[entry];
    }

    /** The value of an entry. */
    int value(int entry) {
        return values[entry];
    }

    /** How many values the key has (walks its list). */
    int count(int key) {
        int n = 0;
        for (int e = first(key); e >= 0; e = next[e]) {
            n++;
        }
        return n;
    }

    /** The keys, in table order. */
    int[] keys() {
        int[] out = new int[keyCount];
        int i = 0;
        for (int k : keys) {
            if (k != EMPTY) {
                out[i++] = k;
            }
        }
        return out;
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new int[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                heads[s] = oldHeads[i];
            }
        }
    }

    static int mix(int x) {
        x *= 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
