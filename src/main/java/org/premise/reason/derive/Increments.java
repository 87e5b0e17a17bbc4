package org.premise.reason.derive;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Triple;
import org.premise.ints.IntList;
import org.premise.rdf.GraphChanges;

/**
 * How a {@link Derivation} follows a change to its asserted facts without deriving everything
 * again, when no {@code noValue} test can see the change (see {@link #negationsCouldSee}):
 * insertions continue semi-naive evaluation from the new facts; removals go by delete and
 * re-derive. Stratum by stratum, in evaluation order; a rule reading a closure whose edges
 * changed is matched through the changed edges (its lost or gained pairs are not facts). One
 * instance per change.
 */
final class Increments {
    private final Derivation d;
    private final FactTable facts;
    private final BitSet asserted;

    Increments(Derivation d) {
        this.d = d;
        this.facts = d.facts();
        this.asserted = d.asserted();
    }

    /** Whether a noValue test may read a predicate of these, or one derived from them. */
    boolean negationsCouldSee(Set<Integer> predicates) {
        Set<Integer> touched = new HashSet<>(predicates);
        for (int c = 0; c < d.program().strata.length; c++) {
            boolean reached = false;
            for (int r : d.program().strata[c]) {
                CompiledRule rule = d.program().rules[r];
                for (CompiledRule.Atom a : rule.negations) {
                    if (a.p() < 0 || touched.contains(a.p())) {
                        return true;
                    }
                }
                for (CompiledRule.Atom a : rule.body) {
                    reached |= a.p() < 0 || touched.contains(a.p());
                }
            }
            if (reached) {
                for (int r : d.program().strata[c]) {
                    for (CompiledRule.Atom h : d.program().rules[r].head) {
                        touched.add(h.p());
                    }
                }
            }
        }
        return false;
    }

    /** Adds the new asserted facts and evaluates, stratum by stratum, only what they lead to. */
    GraphChanges insert(List<Triple> in) {
        IntList changed = new IntList();
        List<Triple> nowAsserted = new ArrayList<>();
        for (Triple t : in) {
            int f = Derivation.load(t, d.terms(), facts);
            if (f < 0) {
                f = facts.find(d.terms().lookup(t.getSubject()), d.terms().lookup(t.getPredicate()), d.terms().lookup(t.getObject()));
                nowAsserted.add(t);
            } else {
                changed.add(f);
            }
            asserted.set(f);
        }
        Set<Integer> changedClosures = new HashSet<>();
        for (int c = 0; c < d.program().strata.length; c++) {
            int closed = d.program().closes[c];
            if (closed < 0) {
                int[] seed = changed.toArray();
                d.collect();
                for (int r : d.program().strata[c]) {
                    CompiledRule rule = d.program().rules[r];
                    for (int i = 0; i < rule.body.length; i++) {
                        int p = rule.body[i].p();
                        if (p < 0 && !changedClosures.isEmpty()) {
                            // A pattern with a variable predicate reads every closure: match the whole rule again.
                            d.evaluator().matches(rule, Derivation.unbound(rule), -1, null, Integer.MAX_VALUE, d.fire());
                            break;
                        }
                        if (changedClosures.contains(p)) {
                            // New closure pairs are not facts: match through the new edges, in the closure as it is now.
                            matchThroughPairs(rule, i, changed, d.fire());
                        } else if (d.hasPredicate(seed, p)) {
                            d.evaluator().matches(rule, Derivation.unbound(rule), i, seed, Integer.MAX_VALUE, d.fire());
                        }
                    }
                }
                changed.addAll(d.rounds(d.program().strata[c], d.collected()));
            } else if (d.hasPredicate(changed.toArray(), closed)) {
                d.rebuildClosure(closed);
                changedClosures.add(closed);
            }
        }
        List<Triple> gained = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            int f = changed.get(i);
            if (!asserted.get(f)) {
                gained.add(d.triple(facts.subject(f), facts.predicate(f), facts.object(f)));
            }
        }
        return new GraphChanges(gained, nowAsserted);
    }

    /**
     * Removes asserted facts by delete and re-derive: first every fact derivable from a removed
     * one is marked (over the facts as they were), then deleted, then, stratum by stratum,
     * those still derivable from what is left come back, with what they lead to.
     */
    GraphChanges remove(IntList out) {
        BitSet marked = new BitSet();
        IntList deleted = new IntList();
        for (int i = 0; i < out.size(); i++) {
            asserted.clear(out.get(i));
            marked.set(out.get(i));
            deleted.add(out.get(i));
        }
        Set<Integer> changedClosures = new HashSet<>();
        for (int c = 0; c < d.program().strata.length; c++) {
            int closed = d.program().closes[c];
            if (closed < 0) {
                markDerivable(d.program().strata[c], deleted, marked, changedClosures);
            } else if (d.hasPredicate(deleted.toArray(), closed)) {
                changedClosures.add(closed);
            }
        }
        for (int i = 0; i < deleted.size(); i++) {
            facts.kill(deleted.get(i));
        }
        for (int c = 0; c < d.program().strata.length; c++) {
            int closed = d.program().closes[c];
            if (closed < 0) {
                bringBack(d.program().strata[c], deleted);
            } else if (changedClosures.contains(closed)) {
                d.rebuildClosure(closed);
            }
        }
        List<Triple> gained = new ArrayList<>();
        List<Triple> lost = new ArrayList<>();
        BitSet wasAsserted = new BitSet();
        for (int i = 0; i < out.size(); i++) {
            wasAsserted.set(out.get(i));
        }
        for (int i = 0; i < deleted.size(); i++) {
            int f = deleted.get(i);
            boolean storedNow = facts.isLive(f) && !asserted.get(f);
            if (storedNow && wasAsserted.get(f)) {
                gained.add(d.triple(facts.subject(f), facts.predicate(f), facts.object(f)));
            } else if (!storedNow && !wasAsserted.get(f)) {
                lost.add(d.triple(facts.subject(f), facts.predicate(f), facts.object(f)));
            }
        }
        return new GraphChanges(gained, lost);
    }

    /** Marks, in one stratum, every derived fact with a derivation using a marked fact (or a changed closure), to a fixpoint. */
    private void markDerivable(int[] stratum, IntList deleted, BitSet marked, Set<Integer> changedClosures) {
        IntList found = new IntList();
        Evaluator.Match mark = (rule, binding, matched) -> {
            for (CompiledRule.Atom h : rule.head) {
                int f = facts.findLive(Derivation.bound(h.s(), binding), Derivation.bound(h.p(), binding), Derivation.bound(h.o(), binding));
                if (f >= 0 && !asserted.get(f) && !marked.get(f)) {
                    marked.set(f);
                    found.add(f);
                }
            }
            return true;
        };
        int[] seed = deleted.toArray();
        for (int r : stratum) {
            CompiledRule rule = d.program().rules[r];
            for (int i = 0; i < rule.body.length; i++) {
                int p = rule.body[i].p();
                if (p < 0 && !changedClosures.isEmpty()) {
                    // A pattern with a variable predicate reads every closure: all this rule derived is suspect.
                    for (CompiledRule.Atom h : rule.head) {
                        markAll(h.p(), marked, found);
                    }
                    break;
                }
                if (changedClosures.contains(p)) {
                    // Lost closure pairs are not facts: match through the deleted edges, in the closure as it was.
                    matchThroughPairs(rule, i, deleted, mark);
                } else if (d.hasPredicate(seed, p)) {
                    d.evaluator().matches(rule, Derivation.unbound(rule), i, seed, Integer.MAX_VALUE, mark);
                }
            }
        }
        Set<Integer> derivedHere = d.heads(stratum);
        while (found.size() > 0) {
            int[] delta = found.toArray();
            deleted.addAll(found);
            found.clear();
            for (int r : stratum) {
                CompiledRule rule = d.program().rules[r];
                for (int i = 0; i < rule.body.length; i++) {
                    int p = rule.body[i].p();
                    if ((p < 0 || derivedHere.contains(p)) && d.hasPredicate(delta, p)) {
                        d.evaluator().matches(rule, Derivation.unbound(rule), i, delta, Integer.MAX_VALUE, mark);
                    }
                }
            }
        }
    }

    /**
     * Every match of the rule whose closure pattern i may use a pair through one of the
     * {@code edges} (u, v) given (facts of the pattern's predicate): such a pair runs from u or
     * something reaching u, to v or something v reaches, in the closure index now in use (the
     * new one after an insertion, the old one while a removal marks). The pattern's subject is
     * bound to each possible start, or its object to each possible end, whichever are fewer: more
     * matches than needed, never fewer.
     */
    private void matchThroughPairs(CompiledRule rule, int i, IntList edges, Evaluator.Match out) {
        CompiledRule.Atom atom = rule.body[i];
        TransitiveClosure closure = d.closure(atom.p());
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        for (int k = 0; k < edges.size(); k++) {
            int f = edges.get(k);
            if (facts.predicate(f) == atom.p()) {
                starts.add(facts.subject(f));
                for (int x : closure.reaching(facts.subject(f))) {
                    starts.add(x);
                }
                ends.add(facts.object(f));
                for (int x : closure.reachableFrom(facts.object(f))) {
                    ends.add(x);
                }
            }
        }
        boolean bySubject = starts.size() <= ends.size();
        int term = bySubject ? atom.s() : atom.o();
        Set<Integer> nodes = bySubject ? starts : ends;
        if (!CompiledRule.isVar(term)) {
            if (nodes.contains(term)) {
                d.evaluator().matches(rule, Derivation.unbound(rule), -1, null, Integer.MAX_VALUE, out);
            }
            return;
        }
        for (int x : nodes) {
            int[] b = Derivation.unbound(rule);
            b[CompiledRule.varIndex(term)] = x;
            d.evaluator().matches(rule, b, -1, null, Integer.MAX_VALUE, out);
        }
    }

    private void markAll(int p, BitSet marked, IntList found) {
        FactTable.PredicateIndex index = facts.index(p);
        for (int i = 0; index != null && i < index.facts.size(); i++) {
            int f = index.facts.get(i);
            if (facts.isLive(f) && !asserted.get(f) && !marked.get(f)) {
                marked.set(f);
                found.add(f);
            }
        }
    }

    /** Brings back the deleted facts one stratum can still derive from live facts, and what they lead to. */
    private void bringBack(int[] stratum, IntList deleted) {
        d.collect();
        for (int i = 0; i < deleted.size(); i++) {
            int f = deleted.get(i);
            if (facts.isLive(f)) {
                continue;
            }
            int s = facts.subject(f);
            int p = facts.predicate(f);
            int o = facts.object(f);
            derivable:
            for (int r : stratum) {
                CompiledRule rule = d.program().rules[r];
                for (CompiledRule.Atom h : rule.head) {
                    int[] b = Derivation.unbound(rule);
                    if (CompiledRule.unify(h, s, p, o, b)) {
                        boolean[] back = {false};
                        d.evaluator().matches(rule, b, -1, null, Integer.MAX_VALUE, (x, binding, matched) -> {
                            if (!CompiledRule.headMatches(h, binding, s, p, o)) {
                                return true;
                            }
                            d.fire().accept(x, binding, matched);
                            back[0] = true;
                            return false;
                        });
                        if (back[0]) {
                            break derivable;
                        }
                    }
                }
            }
        }
        d.rounds(stratum, d.collected());
    }


}
