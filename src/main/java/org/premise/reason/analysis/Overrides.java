package org.premise.reason.analysis;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The values a hypothetical analysis recomputed, keyed by statement (or conclusion, or question)
 * index; every other index falls back to the baseline's dense arrays. A what-if only touches
 * the few statements downstream of its change, so it stores those and shares the rest, instead
 * of copying arrays the size of the graph.
 *
 * <p>Immutable. A what-if on top of a hypothetical copies that hypothetical's overrides (as
 * small as its region) and adds its own, so a lookup is always one hash probe, never a chain.
 */
final class Overrides<V> {
    private static final Overrides<?> NONE = new Overrides<>(Map.of());

    private final Map<Integer, V> values;
    /** Whether there are none: read on every lookup of a full analysis, so kept in a field, not asked of the map. */
    private final boolean empty;

    private Overrides(Map<Integer, V> values) {
        this.values = values;
        this.empty = values.isEmpty();
    }

    /** No overrides: a full analysis. */
    @SuppressWarnings("unchecked")
    static <V> Overrides<V> none() {
        return (Overrides<V>) NONE;
    }

    /** The overriding value, or null when the index keeps the baseline's value. */
    V get(int index) {
        // The empty case is every lookup of a full analysis: skip boxing and hashing.
        return empty ? null : values.get(index);
    }

    /** These overrides plus (and, where both have an index, replaced by) more. */
    Overrides<V> with(Map<Integer, V> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<Integer, V> all = new HashMap<>(values);
        all.putAll(more);
        return new Overrides<>(Collections.unmodifiableMap(all));
    }

    /** The overridden indices. */
    Set<Integer> indices() {
        return values.keySet();
    }
}
