package org.premise.reason.derive;

import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.WrappedIterator;

import org.premise.ints.IntList;

/**
 * The triples a {@link Derivation} derived and the data did not assert, as a read-only Jena
 * graph: what SPARQL, exports and the store see as {@code graph:inferred}. A find with a
 * concrete predicate runs only the strata that can derive it; a closure predicate is answered
 * by searching its index ({@code find(s, P, ?)} forwards, {@code find(?, P, o)} backwards,
 * {@code find(?, P, ?)} one source at a time), never by listing stored pairs.
 */
final class InferredGraph extends GraphBase {
    private final Derivation derivation;
    /** Whether closure predicates answer with every closure pair (else with their stored base edges only). */
    private final boolean closed;

    InferredGraph(Derivation derivation, boolean closed) {
        this.derivation = derivation;
        this.closed = closed;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        TermDictionary terms = derivation.terms();
        int s = id(pattern.getSubject(), terms);
        int p = id(pattern.getPredicate(), terms);
        int o = id(pattern.getObject(), terms);
        if (s == MISSING || p == MISSING || o == MISSING) {
            return NullIterator.instance();
        }
        derivation.ensure(p);
        if (p >= 0) {
            return predicate(s, p, o);
        }
        ExtendedIterator<Triple> all = NullIterator.instance();
        java.util.Set<Integer> predicates = new java.util.TreeSet<>();
        derivation.facts().predicates().forEach(predicates::add);
        predicates.addAll(derivation.closures().keySet());
        for (int predicate : predicates) {
            int q = predicate;
            all = all.andThen(predicate(s, q, o));
        }
        return all;
    }

    private static final int MISSING = -2;

    /** -1 for a wildcard, MISSING for a term no fact mentions, else the id. */
    private static int id(Node n, TermDictionary terms) {
        if (n == null || !n.isConcrete()) {
            return -1;
        }
        int id = terms.lookup(n);
        return id < 0 ? MISSING : id;
    }

    private ExtendedIterator<Triple> predicate(int s, int p, int o) {
        TransitiveClosure closure = closed ? derivation.closure(p) : null;
        return closure != null ? closurePairs(closure, s, o) : derivedFacts(s, p, o);
    }

    /** Derived (not asserted) facts with predicate p matching s and o. */
    private ExtendedIterator<Triple> derivedFacts(int s, int p, int o) {
        FactTable facts = derivation.facts();
        FactTable.PredicateIndex index = facts.index(p);
        if (index == null) {
            return NullIterator.instance();
        }
        if (s >= 0 && o >= 0) {
            int f = facts.findLive(s, p, o);
            return f >= 0 && !derivation.isAsserted(f) ? single(derivation.triple(s, p, o)) : NullIterator.instance();
        }
        IntList out = new IntList();
        if (s >= 0 || o >= 0) {
            IntMultiMap map = s >= 0 ? index.bySubject : index.byObject;
            for (int e = map.first(s >= 0 ? s : o); e >= 0; e = map.next(e)) {
                if (facts.isLive(map.value(e)) && !derivation.isAsserted(map.value(e))) {
                    out.add(map.value(e));
                }
            }
        } else {
            for (int i = 0; i < index.facts.size(); i++) {
                if (facts.isLive(index.facts.get(i)) && !derivation.isAsserted(index.facts.get(i))) {
                    out.add(index.facts.get(i));
                }
            }
        }
        int[] found = out.toArray();
        java.util.Arrays.sort(found);
        return WrappedIterator.create(new Iterator<Triple>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < found.length;
            }

            @Override
            public Triple next() {
                if (i >= found.length) {
                    throw new NoSuchElementException();
                }
                int f = found[i++];
                return derivation.triple(facts.subject(f), facts.predicate(f), facts.object(f));
            }
        });
    }

    /** Closure pairs matching s and o, minus the asserted ones. */
    private ExtendedIterator<Triple> closurePairs(TransitiveClosure closure, int s, int o) {
        int p = closure.predicate;
        if (s >= 0 && o >= 0) {
            return closure.holds(s, o) && !asserted(s, p, o) ? single(derivation.triple(s, p, o)) : NullIterator.instance();
        }
        if (s >= 0) {
            return pairs(s, closure.reachableFrom(s), p, true);
        }
        if (o >= 0) {
            return pairs(o, closure.reaching(o), p, false);
        }
        int[] sources = closure.sources();
        return WrappedIterator.createIteratorIterator(new Iterator<Iterator<Triple>>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < sources.length;
            }

            @Override
            public Iterator<Triple> next() {
                int from = sources[i++];
                return pairs(from, closure.reachableFrom(from), p, true);
            }
        });
    }

    private ExtendedIterator<Triple> pairs(int fixed, int[] others, int p, boolean fixedIsSubject) {
        return WrappedIterator.create(new Iterator<Triple>() {
            int i;
            Triple next = advance();

            private Triple advance() {
                while (i < others.length) {
                    int x = others[i++];
                    int s = fixedIsSubject ? fixed : x;
                    int o = fixedIsSubject ? x : fixed;
                    if (!asserted(s, p, o)) {
                        return derivation.triple(s, p, o);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Triple next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Triple t = next;
                next = advance();
                return t;
            }
        });
    }

    private boolean asserted(int s, int p, int o) {
        int f = derivation.facts().findLive(s, p, o);
        return f >= 0 && derivation.isAsserted(f);
    }

    private static ExtendedIterator<Triple> single(Triple t) {
        return WrappedIterator.create(java.util.List.of(t).iterator());
    }
}
