package org.premise.ints;

import java.util.Arrays;

/** A growable list of ints without boxing: the rule evaluator and the analysis keep ids and statement indices in these. */
public final class IntList {
    private int[] items;
    private int size;

    public IntList() {
        this(8);
    }

    public IntList(int capacity) {
        items = new int[Math.max(capacity, 1)];
    }

    public void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    public void addAll(IntList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.items[i]);
        }
    }

    /** Whether the list holds x (a linear scan: for short lists). */
    public boolean contains(int x) {
        for (int i = 0; i < size; i++) {
            if (items[i] == x) {
                return true;
            }
        }
        return false;
    }

    public int get(int i) {
        return items[i];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int removeLast() {
        return items[--size];
    }

    public void clear() {
        size = 0;
    }

    public int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
