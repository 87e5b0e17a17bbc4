package org.premise.reason.derive;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The transitive closure of one predicate over the triples of a graph, as a read-only graph
 * holding the closure pairs that graph does not already hold. A store persists only the base
 * edges of a closure predicate (see {@link Derivation#materialised()}); reading it through
 * {@code union(stored, ClosureView.over(stored, P))} gives back every pair, with no per-pair
 * storage. The index is built once, from the graph as it is when {@link #over} is called:
 * build a new view after the graph changes. A view never changes, and may be read from
 * several threads.
 */
public final class ClosureView extends GraphBase {
    private final TermDictionary terms;
    private final TransitiveClosure closure;
    private final int predicate;

    private ClosureView(TermDictionary terms, TransitiveClosure closure, int predicate) {
        this.terms = terms;
        this.closure = closure;
        this.predicate = predicate;
    }

    /** The closure of {@code predicate} over the graph's triples with that predicate. */
    public static ClosureView over(Graph graph, Node predicate) {
        TermDictionary terms = new TermDictionary();
        FactTable edges = new FactTable();
        int p = terms.intern(predicate);
        graph.find(Node.ANY, predicate, Node.ANY).forEachRemaining(t ->
                edges.add(terms.intern(t.getSubject()), p, terms.intern(t.getObject())));
        return new ClosureView(terms, new TransitiveClosure(p, terms.size(), edges), p);
    }

    /**
     * The closure of {@code predicate} as a derivation serves it now, minus its base edges
     * (the predicate's facts, asserted or derived by another rule: what a store keeps). It
     * shares the derivation's index, so it costs nothing to build (every rule is run first);
     * it keeps showing this closure when the derivation is later {@link Derivation#apply
     * changed}. Null when the predicate is not one of the derivation's
     * {@link Derivation#closurePredicates()}.
     */
    public static ClosureView of(Derivation derivation, Node predicate) {
        derivation.complete();
        int p = derivation.terms().lookup(predicate);
        TransitiveClosure closure = p < 0 ? null : derivation.closure(p);
        return closure == null ? null : new ClosureView(derivation.terms(), closure, p);
    }

    /** Number of base edges the index holds. */
    public int edges() {
        return closure.edges();
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node p = pattern.getPredicate();
        if (p.isConcrete() && !p.equals(terms.term(predicate))) return NullIterator.instance();
        int s = id(pattern.getSubject());
        int o = id(pattern.getObject());
        if (s == MISSING || o == MISSING) return NullIterator.instance();
        if (s >= 0 && o >= 0) {
            return closure.holds(s, o) && !stored(s, o) ? one(s, o) : NullIterator.instance();
        }
        if (s >= 0) return pairs(s, closure.reachableFrom(s), true);
        if (o >= 0) return pairs(o, closure.reaching(o), false);
        int[] sources = closure.sources();
        // One source at a time: the whole closure is never held in memory.
        return WrappedIterator.createIteratorIterator(new java.util.Iterator<java.util.Iterator<Triple>>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < sources.length;
            }

            @Override
            public java.util.Iterator<Triple> next() {
                int from = sources[i++];
                return pairs(from, closure.reachableFrom(from), true);
            }
        });
    }

    private static final int MISSING = -2;

    private int id(Node n) {
        if (n == null || !n.isConcrete()) return -1;
        int id = terms.lookup(n);
        return id < 0 ? MISSING : id;
    }

    private boolean stored(int s, int o) {
        return closure.isEdge(s, o);
    }

    private ExtendedIterator<Triple> one(int s, int o) {
        return WrappedIterator.create(java.util.List.of(Triple.create(terms.term(s), terms.term(predicate), terms.term(o))).iterator());
    }

    private ExtendedIterator<Triple> pairs(int fixed, int[] others, boolean fixedIsSubject) {
        java.util.List<Triple> out = new java.util.ArrayList<>();
        for (int x : others) {
            int s = fixedIsSubject ? fixed : x;
            int o = fixedIsSubject ? x : fixed;
            if (!stored(s, o)) out.add(Triple.create(terms.term(s), terms.term(predicate), terms.term(o)));
        }
        return WrappedIterator.create(out.iterator());
    }
}
