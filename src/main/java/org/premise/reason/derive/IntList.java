package org.premise.reason.derive;

import java.util.Arrays;

/** A growable list of ints without boxing. */
final class IntList {
    private int[] items;
    private int size;

    IntList() {
        this(8);
    }

    IntList(int capacity) {
        items = new int[Math.max(1, capacity)];
    }

    void add(int x) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = x;
    }

    void addAll(IntList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.items[i]);
        }
    }

    /** Whether the list holds x (a linear scan: for short lists). */
    boolean contains(int x) {
        for (int i = 0; i < size; i++) {
            if (items[i] == x) {
                return true;
            }
        }
        return false;
    }

    int get(int i) {
        return items[i];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
