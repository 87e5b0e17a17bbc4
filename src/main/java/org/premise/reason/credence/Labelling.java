package org.premise.reason.credence;

/**
 * The analysis of one world, stated once over a {@link Logic}: for every statement of a
 * {@link Cone}, the event that it is <em>supported</em> (some argument has all its premises
 * supported, or it stands alone; a least fixpoint, so a cycle never supports itself) and the
 * events that it is IN and OUT under the grounded semantics of docs/semantics.md.
 *
 * <p>Components are solved in dependency order. A statement alone in its component is decided
 * in one step from its final dependencies; a larger component applies the rules of the
 * grounded labelling (IN when every attacker is OUT and it stands alone or some argument has
 * all premises IN; OUT when some attacker is IN or it is not supportable from statements that
 * are not OUT) until nothing changes. Labels only grow, so this is the same fixpoint as any
 * other order of application, in every world at once.
 */
final class Labelling {
    private final Cone cone;
    private final Logic logic;
    final long[] supported;
    final long[] in;
    final long[] out;
    /** Scratch for the "supportable from statements not OUT" fixpoint of a component. */
    private final long[] supportable;

    Labelling(Cone cone, Logic logic) {
        this.cone = cone;
        this.logic = logic;
        supported = new long[cone.size];
        in = new long[cone.size];
        out = new long[cone.size];
        supportable = new long[cone.size];
    }

    /**
     * Evaluates every statement. When the logic runs out of budget, the statements not yet
     * decided are left {@link Logic#unknown()}; returns whether all were decided.
     */
    boolean run() {
        for (int k = 0; k < cone.components(); k++) {
            int from = cone.componentStart[k];
            int to = cone.componentStart[k + 1];
            try {
                if (to - from == 1 && !cone.selfDependent[from]) {
                    single(from);
                } else {
                    component(from, to);
                }
            } catch (Logic.Exhausted | StackOverflowError e) {
                long u = logic.unknown();
                for (int s = from; s < cone.size; s++) {
                    supported[s] = u;
                    in[s] = u;
                    out[s] = u;
                }
                return false;
            }
        }
        return true;
    }

    private long stands(int s) {
        return switch (cone.kind[s]) {
            case Cone.LEAF -> logic.variable(cone.variable[s]);
            case Cone.STANDS -> logic.yes();
            default -> logic.no();
        };
    }

    private void single(int s) {
        if (cone.kind[s] == Cone.RETRACTED) {
            retracted(s);
            return;
        }
        long stands = stands(s);
        long sup = stands;
        long supportableFromNotOut = stands;
        long argumentAllIn = logic.no();
        for (int a = cone.argumentsStart[s]; a < cone.argumentsStart[s + 1]; a++) {
            long allSup = logic.yes();
            long allNotOut = logic.yes();
            long allIn = logic.yes();
            for (int i = cone.argumentStart[a]; i < cone.argumentStart[a + 1]; i++) {
                int p = cone.premises[i];
                allSup = logic.and(allSup, supported[p]);
                allNotOut = logic.and(allNotOut, logic.not(out[p]));
                allIn = logic.and(allIn, in[p]);
            }
            sup = logic.or(sup, allSup);
            supportableFromNotOut = logic.or(supportableFromNotOut, allNotOut);
            argumentAllIn = logic.or(argumentAllIn, allIn);
        }
        long attackerIn = logic.no();
        long attackersOut = logic.yes();
        for (int i = cone.attackersStart[s]; i < cone.attackersStart[s + 1]; i++) {
            int a = cone.attackers[i];
            attackerIn = logic.or(attackerIn, in[a]);
            attackersOut = logic.and(attackersOut, out[a]);
        }
        supported[s] = sup;
        in[s] = logic.and(attackersOut, logic.or(stands, argumentAllIn));
        out[s] = logic.or(attackerIn, logic.not(supportableFromNotOut));
    }

    private void retracted(int s) {
        supported[s] = logic.no();
        in[s] = logic.no();
        out[s] = logic.yes();
    }

    private void component(int from, int to) {
        // Supported: least fixpoint from "nothing supported".
        for (int s = from; s < to; s++) {
            supported[s] = logic.no();
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int s = from; s < to; s++) {
                if (cone.kind[s] == Cone.RETRACTED) {
                    continue;
                }
                long v = stands(s);
                for (int a = cone.argumentsStart[s]; a < cone.argumentsStart[s + 1]; a++) {
                    long all = logic.yes();
                    for (int i = cone.argumentStart[a]; i < cone.argumentStart[a + 1]; i++) {
                        all = logic.and(all, supported[cone.premises[i]]);
                    }
                    v = logic.or(v, all);
                }
                if (v != supported[s]) {
                    supported[s] = v;
                    changed = true;
                }
            }
        }
        // Grounded labels: from "unlabelled", apply the rules until nothing changes.
        for (int s = from; s < to; s++) {
            if (cone.kind[s] == Cone.RETRACTED) {
                retracted(s);
            } else {
                in[s] = logic.no();
                out[s] = logic.no();
            }
        }
        changed = true;
        while (changed) {
            changed = false;
            supportableFromNotOut(from, to);
            for (int s = from; s < to; s++) {
                if (cone.kind[s] == Cone.RETRACTED) {
                    continue;
                }
                long stands = stands(s);
                long argumentAllIn = logic.no();
                for (int a = cone.argumentsStart[s]; a < cone.argumentsStart[s + 1]; a++) {
                    long allIn = logic.yes();
                    for (int i = cone.argumentStart[a]; i < cone.argumentStart[a + 1]; i++) {
                        allIn = logic.and(allIn, in[cone.premises[i]]);
                    }
                    argumentAllIn = logic.or(argumentAllIn, allIn);
                }
                long attackerIn = logic.no();
                long attackersOut = logic.yes();
                for (int i = cone.attackersStart[s]; i < cone.attackersStart[s + 1]; i++) {
                    int a = cone.attackers[i];
                    attackerIn = logic.or(attackerIn, in[a]);
                    attackersOut = logic.and(attackersOut, out[a]);
                }
                long newIn = logic.or(in[s],
                        logic.and(logic.not(out[s]), logic.and(attackersOut, logic.or(stands, argumentAllIn))));
                long newOut = logic.or(out[s],
                        logic.and(logic.not(newIn), logic.or(attackerIn, logic.not(supportable[s]))));
                if (newIn != in[s] || newOut != out[s]) {
                    in[s] = newIn;
                    out[s] = newOut;
                    changed = true;
                }
            }
        }
    }

    /**
     * The least fixpoint "supportable from statements that are not OUT" over a component, under
     * the current OUT events; a statement outside the component is final, and supportable
     * exactly when it is not OUT.
     */
    private void supportableFromNotOut(int from, int to) {
        for (int s = from; s < to; s++) {
            supportable[s] = logic.no();
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int s = from; s < to; s++) {
                if (cone.kind[s] == Cone.RETRACTED) {
                    continue;
                }
                long v = stands(s);
                for (int a = cone.argumentsStart[s]; a < cone.argumentsStart[s + 1]; a++) {
                    long all = logic.yes();
                    for (int i = cone.argumentStart[a]; i < cone.argumentStart[a + 1]; i++) {
                        int p = cone.premises[i];
                        all = logic.and(all, p >= from && p < to ? supportable[p] : logic.not(out[p]));
                    }
                    v = logic.or(v, all);
                }
                v = logic.and(logic.not(out[s]), v);
                if (v != supportable[s]) {
                    supportable[s] = v;
                    changed = true;
                }
            }
        }
    }
}
