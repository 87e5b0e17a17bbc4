package org.premise.server;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A served dataset's named graphs as served (closure pairs included, the metadata graph
 * hidden) with an empty default graph: what a Graph Store GET of the whole dataset writes, as
 * {@code premise infer --format trig} does. The served default graph, the union, would repeat
 * every triple once more. Transactions are the served dataset's.
 */
final class NamedGraphsOnly extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    NamedGraphsOnly(LiveDataset served) {
        super(served);
    }

    @Override
    public Graph getDefaultGraph() { return Graph.emptyGraph; }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return g != null && Quad.isDefaultGraph(g) ? Iter.nullIterator() : super.find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad quad) { return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()); }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return (g == null || !Quad.isDefaultGraph(g)) && super.contains(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) { return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()); }
}
