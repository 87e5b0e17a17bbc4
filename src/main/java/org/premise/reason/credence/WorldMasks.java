package org.premise.reason.credence;

/**
 * 64 worlds at once: bit i of a handle is the event in world i. The leaf variables' words are
 * set before each evaluation (sampled, or a block of an enumeration).
 */
final class WorldMasks implements Logic {
    final long[] variables;

    WorldMasks(int variables) {
        this.variables = new long[variables];
    }

    @Override
    public long yes() {
        return -1L;
    }

    @Override
    public long no() {
        return 0L;
    }

    @Override
    public long unknown() {
        throw new IllegalStateException("every world is decided");
    }

    @Override
    public long variable(int v) {
        return variables[v];
    }

    @Override
    public long and(long a, long b) {
        return a & b;
    }

    @Override
    public long or(long a, long b) {
        return a | b;
    }

    @Override
    public long not(long a) {
        return ~a;
    }
}
