package org.premise.reason.derive;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains a fact of a {@link Derivation} by re-deriving it: a rule instance whose premises
 * all rank below the fact (were derived earlier), each explained in turn down to asserted
 * facts; a closure pair along a shortest chain of base edges. Nothing is logged during
 * evaluation; this runs only for the triple asked.
 */
final class Explanations {
    private final Derivation derivation;

    Explanations(Derivation derivation) {
        this.derivation = derivation;
    }

    Derivation.Step explain(int s, int p, int o) {
        int f = derivation.facts().findLive(s, p, o);
        if (f >= 0 && derivation.isAsserted(f)) {
            return new Derivation.Step(derivation.triple(s, p, o), null, List.of());
        }
        if (f >= 0) {
            return rederive(f);
        }
        TransitiveClosure closure = derivation.closure(p);
        if (closure == null) {
            return null;
        }
        int[] path = closure.path(s, o);
        if (path == null) {
            return null;
        }
        return chain(closure, path, 0);
    }

    /** (path[i] P path[end]) as the transitive rule applied to the first edge and the rest of the chain. */
    private Derivation.Step chain(TransitiveClosure closure, int[] path, int i) {
        int p = closure.predicate;
        int last = path[path.length - 1];
        Derivation.Step edge = explain(path[i], p, path[i + 1]);
        if (i + 2 == path.length) {
            return edge;
        }
        String rule = transitiveRuleName(p);
        return new Derivation.Step(derivation.triple(path[i], p, last), rule, List.of(edge, chain(closure, path, i + 1)));
    }

    private String transitiveRuleName(int p) {
        RuleProgram program = derivation.program();
        for (int c = 0; c < program.strata.length; c++) {
            if (program.closes[c] == p) {
                return program.rules[program.strata[c][0]].name;
            }
        }
        throw new IllegalStateException("no transitive rule for " + derivation.terms().term(p));
    }

    /** Finds a rule instance deriving fact f from facts ranked before it (one always exists). */
    private Derivation.Step rederive(int f) {
        FactTable facts = derivation.facts();
        int s = facts.subject(f);
        int p = facts.predicate(f);
        int o = facts.object(f);
        for (CompiledRule rule : derivation.program().rules) {
            for (CompiledRule.Atom h : rule.head) {
                int[] b = Derivation.unbound(rule);
                if (!CompiledRule.unify(h, s, p, o, b)) {
                    continue;
                }
                List<int[][]> found = new ArrayList<>(1);
                derivation.evaluator().matches(rule, b, -1, null, f, (r, binding, matched) -> {
                    if (CompiledRule.headMatches(h, binding, s, p, o)) {
                        found.add(matched.clone());
                        return false;
                    }
                    return true;
                });
                if (!found.isEmpty()) {
                    List<Derivation.Step> from = new ArrayList<>();
                    for (int[] m : found.get(0)) {
                        from.add(explain(m[0], m[1], m[2]));
                    }
                    return new Derivation.Step(derivation.triple(s, p, o), rule.name, List.copyOf(from));
                }
            }
        }
        throw new IllegalStateException("no derivation found for a derived fact: " + derivation.triple(s, p, o));
    }
}
