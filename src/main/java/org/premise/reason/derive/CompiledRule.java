package org.premise.reason.derive;

import java.util.ArrayList;
import java.util.List;

/**
 * A forward rule over dictionary ids: positive triple patterns, {@code noValue} tests and
 * {@code makeSkolem} bindings in the body, triple patterns in the head. A term is a constant
 * id (≥ 0) or a variable, encoded as {@code -(index + 1)}.
 */
final class CompiledRule {
    /** A term that matches anything (an absent {@code noValue} object). */
    static final int WILDCARD = Integer.MIN_VALUE;

    /** A triple pattern. */
    record Atom(int s, int p, int o) {
        int term(int position) {
            return position == 0 ? s : position == 1 ? p : o;
        }
    }

    /** {@code makeSkolem(?var, args...)}: the same arguments always give the same blank node. */
    record Skolem(int var, int[] args) {
    }

    final String name;
    /** Where the rule is written, as {@code file:line}, for messages. */
    final String where;
    /** Position of the rule in the program (file order), which fixes explanation order. */
    final int order;
    final int variables;
    final Atom[] body;
    final Atom[] negations;
    final Skolem[] skolems;
    final Atom[] head;

    CompiledRule(String name, String where, int order, int variables, List<Atom> body, List<Atom> negations, List<Skolem> skolems,
            List<Atom> head) {
        this.name = name;
        this.where = where;
        this.order = order;
        this.variables = variables;
        this.body = body.toArray(new Atom[0]);
        this.negations = negations.toArray(new Atom[0]);
        this.skolems = skolems.toArray(new Skolem[0]);
        this.head = head.toArray(new Atom[0]);
    }

    static boolean isVar(int term) {
        return term < 0 && term != WILDCARD;
    }

    static int varIndex(int term) {
        return -term - 1;
    }

    static int var(int index) {
        return -(index + 1);
    }

    /**
     * The order in which to visit the body when {@code first} (an atom index, or -1) is matched
     * first: then repeatedly the atom with most terms bound (ties in written order). Skolems are
     * placed as soon as their arguments are bound, by the evaluator.
     */
    int[] plan(int first, boolean[] initiallyBound) {
        boolean[] bound = initiallyBound.clone();
        boolean[] used = new boolean[body.length];
        List<Integer> order = new ArrayList<>();
        if (first >= 0) {
            order.add(first);
            used[first] = true;
            bind(body[first], bound);
        }
        while (order.size() < body.length) {
            int best = -1;
            int bestScore = -1;
            for (int i = 0; i < body.length; i++) {
                if (used[i]) {
                    continue;
                }
                int score = boundCount(body[i], bound);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            order.add(best);
            used[best] = true;
            bind(body[best], bound);
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int boundCount(Atom a, boolean[] bound) {
        int n = 0;
        for (int k = 0; k < 3; k++) {
            int t = a.term(k);
            if (!isVar(t) || bound[varIndex(t)]) {
                n += k == 1 ? 1 : 2;
            }
        }
        return n;
    }

    private static void bind(Atom a, boolean[] bound) {
        for (int k = 0; k < 3; k++) {
            int t = a.term(k);
            if (isVar(t)) {
                bound[varIndex(t)] = true;
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** Binds the head atom's variables to the fact (s, p, o) in b; false if a constant or a bound variable disagrees. */
    static boolean unify(Atom h, int s, int p, int o, int[] b) {
        int[] fact = {s, p, o};
        for (int k = 0; k < 3; k++) {
            int t = h.term(k);
            if (!isVar(t)) {
                if (t != fact[k]) {
                    return false;
                }
            } else {
                int v = varIndex(t);
                // A skolem variable is bound only after the body matched: check it then.
                if (b[v] >= 0 && b[v] != fact[k]) {
                    return false;
                }
                b[v] = fact[k];
            }
        }
        return true;
    }

    /** Whether the head atom, under binding b, is the fact (s, p, o). */
    static boolean headMatches(Atom h, int[] b, int s, int p, int o) {
        return Derivation.bound(h.s(), b) == s && Derivation.bound(h.p(), b) == p && Derivation.bound(h.o(), b) == o;
    }
}
