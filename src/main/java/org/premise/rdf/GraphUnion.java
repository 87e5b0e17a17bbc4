package org.premise.rdf;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;

/**
 * A read-only union of graphs that streams: a triple found in one graph is passed on unless
 * an earlier graph contains it. Jena's {@code MultiUnion} instead remembers every triple it
 * has returned in a hash set, so listing a large union (say the 1.6 × 10^7 dependsOn pairs of
 * a deep argument chain, served from a closure index) costs memory and time per triple; here
 * the cost is one indexed look-up per earlier graph, and nothing is kept. A graph known to share
 * no triple with the graphs before it (a derivation's inferred triples, which exclude the
 * asserted ones by construction) skips even that: see {@link #withDisjoint}.
 */
public final class GraphUnion extends GraphBase {
    private final List<Graph> graphs;
    /** The one graph whose triples are not checked against the graphs before it, or null. */
    private final Graph disjoint;

    /** The union of the graphs, in this order (earlier graphs answer duplicates). */
    public GraphUnion(List<Graph> graphs) {
        this(graphs, null);
    }

    private GraphUnion(List<Graph> graphs, Graph disjoint) {
        this.graphs = List.copyOf(graphs);
        this.disjoint = disjoint;
    }

    /**
     * The union of the graphs, where {@code disjoint} (one of them) holds no triple of the
     * graphs before it, so its triples are passed on unchecked; the graphs after it are still
     * checked against it. The caller vouches for the disjointness: a duplicate it lets through
     * would be listed twice.
     */
    public static GraphUnion withDisjoint(List<Graph> graphs, Graph disjoint) {
        if (graphs.stream().noneMatch(g -> g == disjoint)) throw new IllegalArgumentException("not one of the graphs");
        return new GraphUnion(graphs, disjoint);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        ExtendedIterator<Triple> all = NullIterator.instance();
        for (int i = 0; i < graphs.size(); i++) {
            List<Graph> earlier = graphs.subList(0, i);
            ExtendedIterator<Triple> found = graphs.get(i).find(pattern);
            boolean unchecked = earlier.isEmpty() || graphs.get(i) == disjoint;
            all = all.andThen(unchecked ? found : found.filterDrop(t -> containedIn(earlier, t)));
        }
        return all;
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return containedIn(graphs, t);
    }

    private static boolean containedIn(List<Graph> graphs, Triple t) {
        for (Graph g : graphs) {
            if (g.contains(t)) return true;
        }
        return false;
    }
}
