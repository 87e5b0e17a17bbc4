package org.premise.reason.analysis;

import java.util.Arrays;

/** A growable list of ints: the builder and the engines keep statement indices in these, not in boxed lists. */
final class IntList {
    private int[] items;
    private int size;

    IntList() {
        this(8);
    }

    IntList(int capacity) {
        items = new int[Math.max(capacity, 1)];
    }

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    int get(int i) {
        return items[i];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int removeLast() {
        return items[--size];
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
