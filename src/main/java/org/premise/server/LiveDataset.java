package org.premise.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * The dataset the server shows, over a transactional {@code base} holding the named graphs
 * of a {@link DatasetLayout} (in memory or TDB2).
 * <ul>
 * <li>The default graph is the union of the named graphs, for queries and for Graph Store
 * reads alike; listing the dataset's quads gives the named graphs only, as
 * {@code premise infer --format trig} exports them.</li>
 * <li>Writes go to the asserted graphs: a write to the default graph lands in
 * {@link DatasetLayout#UPDATES_GRAPH}; a write to a derived graph or to the ontology is
 * refused ({@link AddDeniedException} / {@link DeleteDeniedException}, HTTP 403); a
 * read-only dataset refuses every write.</li>
 * <li>A write transaction that changed something recomputes the derived graphs just
 * before it commits, in the same transaction, so no reader sees stale derived graphs.</li>
 * </ul>
 * It is a {@link DatasetGraphWrapperView}, so ARQ evaluates queries on it, not on the base it
 * would otherwise unwrap. The context is the wrapper's own: limits set on it do not touch the base's context.
 */
public final class LiveDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private final DerivedGraphs derivation;
    private final boolean writable;
    // Only the single writer of the base sets or clears this.
    private volatile boolean wrote;
    // Fuseki's update operation reports any exception as a 500; the refusal is kept so the
    // request's thread can answer 403 with it (see WriteGuard).
    private final ThreadLocal<String> refusal = new ThreadLocal<>();

    /**
     * @param base a transactional dataset in the {@link DatasetLayout}
     * @param derivation how to recompute the derived graphs after a write
     * @param writable whether clients may write at all
     */
    public LiveDataset(DatasetGraph base, DerivedGraphs derivation, boolean writable) {
        super(base, ownContext(base));
        if (!base.supportsTransactionAbort()) {
            throw new IllegalArgumentException("the served dataset must be transactional (in-memory TxnMem or TDB2)");
        }
        this.derivation = derivation;
        this.writable = writable;
    }

    private static Context ownContext(DatasetGraph base) {
        Context context = Context.create();
        context.putAll(base.getContext());
        return context;
    }

    // ---- reading: the default graph is the union of the named graphs

    private static boolean isDefault(Node g) {
        return g == null || Quad.isDefaultGraph(g);
    }

    private Iterator<Quad> unionAsDefault(Node s, Node p, Node o) {
        return Iter.map(get().getUnionGraph().find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t));
    }

    @Override
    public Graph getDefaultGraph() { return GraphView.createDefaultGraph(this); }

    @Override
    public Graph getUnionGraph() { return GraphView.createUnionGraph(this); }

    @Override
    public Graph getGraph(Node graphNode) {
        if (isDefault(graphNode)) return getDefaultGraph();
        if (Quad.isUnionGraph(graphNode)) return getUnionGraph();
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (isDefault(g) || Quad.isUnionGraph(g)) return unionAsDefault(s, p, o);
        if (g == Node.ANY || g.equals(Node.ANY)) return get().findNG(Node.ANY, s, p, o);
        return get().find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad quad) { return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()); }

    @Override
    public Iterator<Quad> find() { return get().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY); }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        if (isDefault(g) || Quad.isUnionGraph(g)) return get().getUnionGraph().contains(s, p, o);
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean contains(Quad quad) { return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()); }

    // ---- writing: to asserted graphs only

    /** The graph a write aimed at {@code g} goes to; throws if it is refused. */
    private Node writeTarget(Node g, boolean adding) {
        String refusal = !writable ? "this server is read-only (start it with --update to allow writes)"
                : isDefault(g) ? null
                : Quad.isUnionGraph(g) ? "the union graph cannot be written"
                : DatasetLayout.refusalFor(g);
        if (refusal != null) {
            this.refusal.set(refusal);
            throw adding ? new AddDeniedException(refusal) : new DeleteDeniedException(refusal);
        }
        return isDefault(g) ? DatasetLayout.UPDATES_GRAPH : g;
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        Node target = writeTarget(g, true);
        wrote = true;
        get().add(target, s, p, o);
    }

    @Override
    public void add(Quad quad) { add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()); }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        Node target = writeTarget(g, false);
        wrote = true;
        get().delete(target, s, p, o);
    }

    @Override
    public void delete(Quad quad) { delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()); }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g == null || !Node.ANY.equals(g)) {
            Node target = writeTarget(g, false);
            wrote = true;
            get().deleteAny(target, s, p, o);
            return;
        }
        // Any graph: the source graphs only; the ontology stays and the derived graphs follow.
        writeTarget(Quad.defaultGraphIRI, false);
        wrote = true;
        for (Node name : sourceGraphs()) get().deleteAny(name, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        Node target = writeTarget(graphName, true);
        wrote = true;
        graph.find().forEachRemaining(t -> get().add(target, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void removeGraph(Node graphName) {
        Node target = writeTarget(graphName, false);
        wrote = true;
        get().deleteAny(target, Node.ANY, Node.ANY, Node.ANY);
    }

    /** Clears every source graph; the ontology stays and the derived graphs are recomputed. */
    @Override
    public void clear() { deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY); }

    private List<Node> sourceGraphs() {
        List<Node> names = new ArrayList<>();
        get().listGraphNodes().forEachRemaining(n -> {
            if (DatasetLayout.isSource(n)) names.add(n);
        });
        return names;
    }

    /** The last write this thread had refused since the last call, if any; clears it. */
    String takeRefusal() {
        String r = refusal.get();
        refusal.remove();
        return r;
    }

    // ---- transactions: re-derive before a write commits

    @Override
    public void commit() {
        if (wrote && get().transactionMode() == ReadWrite.WRITE) {
            derivation.recompute(get());
        }
        wrote = false;
        get().commit();
    }

    @Override
    public void abort() {
        if (get().transactionMode() == ReadWrite.WRITE) wrote = false;
        get().abort();
    }

    @Override
    public void end() {
        if (get().isInTransaction() && get().transactionMode() == ReadWrite.WRITE) wrote = false;
        get().end();
    }

    /** Recomputes the derived graphs now, in a write transaction of its own (for a base whose derived graphs are missing or stale). */
    public void recompute() {
        get().begin(ReadWrite.WRITE);
        try {
            derivation.recompute(get());
            get().commit();
        } finally {
            get().end();
        }
    }
}
