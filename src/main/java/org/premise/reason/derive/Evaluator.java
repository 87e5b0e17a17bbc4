package org.premise.reason.derive;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;

/**
 * Matches rule bodies against the fact table and the transitive-closure indexes: the join at
 * the heart of semi-naive evaluation and of re-derivation for explanations. A body is visited
 * in a plan order (most-bound pattern next), each pattern answered from the narrowest index;
 * {@code makeSkolem} and {@code noValue} are applied once every pattern has matched.
 */
final class Evaluator {
    /** Receives each complete match of a body; returns false to stop the search. */
    interface Match {
        boolean accept(CompiledRule rule, int[] binding, int[][] matched);
    }

    private final TermDictionary terms;
    private final FactTable facts;
    private final Map<Integer, TransitiveClosure> closures;
    private final Map<SkolemKey, Integer> skolems;

    private record SkolemKey(int[] args) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SkolemKey k && Arrays.equals(args, k.args);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(args);
        }
    }

    Evaluator(TermDictionary terms, FactTable facts, Map<Integer, TransitiveClosure> closures) {
        this(terms, facts, closures, new HashMap<>());
    }

    private Evaluator(TermDictionary terms, FactTable facts, Map<Integer, TransitiveClosure> closures,
            Map<SkolemKey, Integer> skolems) {
        this.terms = terms;
        this.facts = facts;
        this.closures = closures;
        this.skolems = skolems;
    }

    /**
     * An evaluator over other facts, with the same terms, that shares this one's skolem blank
     * nodes: {@code makeSkolem} with the same arguments keeps giving the same blank node.
     */
    Evaluator over(FactTable facts, Map<Integer, TransitiveClosure> closures) {
        return new Evaluator(terms, facts, closures, skolems);
    }

    /**
     * Every match of the rule's body where pattern {@code deltaAtom} (or none, when -1) matches a
     * fact with id in [delta) and every other pattern matches any fact with id below
     * {@code limit} (or a closure pair). {@code binding} holds pre-bound variables (-1 unbound).
     */
    boolean matches(CompiledRule rule, int[] binding, int deltaAtom, int[] delta, int limit, Match out) {
        boolean[] bound = new boolean[rule.variables];
        for (int v = 0; v < bound.length; v++) {
            bound[v] = binding[v] >= 0;
        }
        int[] plan = rule.plan(deltaAtom, bound);
        int[][] matched = new int[rule.body.length][];
        return step(rule, plan, 0, binding, matched, deltaAtom, delta, limit, out);
    }

    private boolean step(CompiledRule rule, int[] plan, int depth, int[] b, int[][] matched, int deltaAtom, int[] delta, int limit, Match out) {
        if (depth == plan.length) {
            return finish(rule, b, matched, limit, out);
        }
        int atomIndex = plan[depth];
        CompiledRule.Atom atom = rule.body[atomIndex];
        int s = value(atom.s(), b);
        int p = value(atom.p(), b);
        int o = value(atom.o(), b);
        if (atomIndex == deltaAtom) {
            for (int f : delta) {
                if (!tryFact(rule, plan, depth, b, matched, atom, facts.subject(f), facts.predicate(f), facts.object(f),
                        deltaAtom, delta, limit, out)) {
                    return false;
                }
            }
            return true;
        }
        if (p >= 0) {
            return scanPredicate(rule, plan, depth, b, matched, atom, s, p, o, deltaAtom, delta, limit, out);
        }
        for (int predicate : predicatesSnapshot()) {
            if (!scanPredicate(rule, plan, depth, b, matched, atom, s, predicate, o, deltaAtom, delta, limit,
                    out)) {
                return false;
            }
        }
        return true;
    }

    private int[] predicatesSnapshot() {
        java.util.Set<Integer> all = new java.util.TreeSet<>();
        facts.predicates().forEach(all::add);
        all.addAll(closures.keySet());
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean scanPredicate(CompiledRule rule, int[] plan, int depth, int[] b, int[][] matched, CompiledRule.Atom atom,
            int s, int p, int o, int deltaAtom, int[] delta, int limit, Match out) {
        TransitiveClosure closure = usableClosure(p, limit);
        if (closure != null) {
            if (s >= 0 && o >= 0) {
                return !closure.holds(s, o)
                        || tryFact(rule, plan, depth, b, matched, atom, s, p, o, deltaAtom, delta, limit, out);
            }
            if (s >= 0) {
                for (int x : closure.reachableFrom(s)) {
                    if (!tryFact(rule, plan, depth, b, matched, atom, s, p, x, deltaAtom, delta, limit, out)) {
                        return false;
                    }
                }
                return true;
            }
            if (o >= 0) {
                for (int x : closure.reaching(o)) {
                    if (!tryFact(rule, plan, depth, b, matched, atom, x, p, o, deltaAtom, delta, limit, out)) {
                        return false;
                    }
                }
                return true;
            }
            for (int from : closure.sources()) {
                for (int x : closure.reachableFrom(from)) {
                    if (!tryFact(rule, plan, depth, b, matched, atom, from, p, x, deltaAtom, delta, limit,
                            out)) {
                        return false;
                    }
                }
            }
            return true;
        }
        FactTable.PredicateIndex index = facts.index(p);
        if (index == null) {
            return true;
        }
        if (s >= 0 && o >= 0) {
            int f = facts.find(s, p, o);
            return f < 0 || !visible(f, limit)
                    || tryFact(rule, plan, depth, b, matched, atom, s, p, o, deltaAtom, delta, limit, out);
        }
        if (s >= 0 || o >= 0) {
            IntMultiMap map = s >= 0 ? index.bySubject : index.byObject;
            for (int e = map.first(s >= 0 ? s : o); e >= 0; e = map.next(e)) {
                int f = map.value(e);
                if (visible(f, limit) && !tryFact(rule, plan, depth, b, matched, atom, facts.subject(f), p, facts.object(f),
                        deltaAtom, delta, limit, out)) {
                    return false;
                }
            }
            return true;
        }
        int n = index.facts.size();
        for (int i = 0; i < n; i++) {
            int f = index.facts.get(i);
            if (visible(f, limit) && !tryFact(rule, plan, depth, b, matched, atom, facts.subject(f), p, facts.object(f), deltaAtom, delta, limit, out)) {
                return false;
            }
        }
        return true;
    }

    /** Unifies the atom with the fact (s, p, o); on success goes one step deeper, then undoes its bindings. */
    private boolean tryFact(CompiledRule rule, int[] plan, int depth, int[] b, int[][] matched, CompiledRule.Atom atom, int s,
            int p, int o, int deltaAtom, int[] delta, int limit, Match out) {
        int[] newly = new int[3];
        int count = 0;
        int[] fact = {s, p, o};
        for (int k = 0; k < 3; k++) {
            int t = atom.term(k);
            if (!CompiledRule.isVar(t)) {
                if (t != fact[k]) {
                    undo(b, newly, count);
                    return true;
                }
                continue;
            }
            int v = CompiledRule.varIndex(t);
            if (b[v] < 0) {
                b[v] = fact[k];
                newly[count++] = v;
            } else if (b[v] != fact[k]) {
                undo(b, newly, count);
                return true;
            }
        }
        matched[plan[depth]] = fact;
        boolean go = step(rule, plan, depth + 1, b, matched, deltaAtom, delta, limit, out);
        undo(b, newly, count);
        return go;
    }

    private static void undo(int[] b, int[] newly, int count) {
        for (int i = 0; i < count; i++) {
            b[newly[i]] = -1;
        }
    }

    private boolean finish(CompiledRule rule, int[] b, int[][] matched, int limit, Match out) {
        int[] skolemVars = new int[rule.skolems.length];
        for (int i = 0; i < rule.skolems.length; i++) {
            CompiledRule.Skolem sk = rule.skolems[i];
            int[] args = new int[sk.args().length];
            for (int k = 0; k < args.length; k++) {
                args[k] = value(sk.args()[k], b);
            }
            b[sk.var()] = skolem(args);
            skolemVars[i] = sk.var();
        }
        boolean go = true;
        if (negationsHold(rule, b, limit)) {
            go = out.accept(rule, b, matched);
        }
        for (int v : skolemVars) {
            b[v] = -1;
        }
        return go;
    }

    private boolean negationsHold(CompiledRule rule, int[] b, int limit) {
        for (CompiledRule.Atom n : rule.negations) {
            if (exists(value(n.s(), b), value(n.p(), b), value(n.o(), b), limit)) {
                return false;
            }
        }
        return true;
    }

    /** Whether some fact (below limit) or closure pair matches; negative ids match anything. */
    private boolean exists(int s, int p, int o, int limit) {
        if (p < 0) {
            for (int predicate : predicatesSnapshot()) {
                if (exists(s, predicate, o, limit)) {
                    return true;
                }
            }
            return false;
        }
        TransitiveClosure closure = usableClosure(p, limit);
        if (closure != null) {
            if (s >= 0 && o >= 0) {
                return closure.holds(s, o);
            }
            if (s >= 0) {
                return closure.reachableFrom(s).length > 0;
            }
            if (o >= 0) {
                return closure.reaching(o).length > 0;
            }
            return closure.edges() > 0;
        }
        FactTable.PredicateIndex index = facts.index(p);
        if (index == null) {
            return false;
        }
        if (s >= 0 && o >= 0) {
            int f = facts.find(s, p, o);
            return f >= 0 && visible(f, limit);
        }
        if (s >= 0 || o >= 0) {
            IntMultiMap map = s >= 0 ? index.bySubject : index.byObject;
            for (int e = map.first(s >= 0 ? s : o); e >= 0; e = map.next(e)) {
                if (visible(map.value(e), limit)) {
                    return true;
                }
            }
            return false;
        }
        for (int i = 0; i < index.facts.size(); i++) {
            if (visible(index.facts.get(i), limit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The closure of p if facts ranked below limit may have used it: a fact derived before the
     * index was built (a base edge of p itself, say) is re-derived from stored facts only.
     */
    private TransitiveClosure usableClosure(int p, int limit) {
        TransitiveClosure closure = closures.get(p);
        return closure != null && limit >= closure.builtAt ? closure : null;
    }

    /** Whether a fact may be matched: ranked below the limit and not deleted. */
    private boolean visible(int f, int limit) {
        return f < limit && facts.isLive(f);
    }

    /** The id bound to a term: its constant, its variable's value, or -1 (unbound or wildcard). */
    private static int value(int term, int[] b) {
        if (term == CompiledRule.WILDCARD) {
            return -1;
        }
        return CompiledRule.isVar(term) ? b[CompiledRule.varIndex(term)] : term;
    }

    /** The blank node for these makeSkolem arguments: the same arguments, the same node. */
    private int skolem(int[] args) {
        return skolems.computeIfAbsent(new SkolemKey(args), k -> terms.intern(NodeFactory.createBlankNode()));
    }
}
