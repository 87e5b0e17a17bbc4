package org.premise.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.premise.kb.DatasetLayout;
import org.premise.kb.DerivationGraph;
import org.premise.rdf.Vocab;

/**
 * The dataset the server shows, over a transactional {@code base} holding the named graphs
 * of a {@link DatasetLayout} (in memory or TDB2).
 * <ul>
 * <li>The default graph is the union of the named graphs, for queries and for Graph Store
 * reads alike; listing the dataset's quads gives the named graphs only, as
 * {@code premise infer --format trig} exports them.</li>
 * <li>The closure pairs the base does not store are shown in {@code graph:inferred} (and so
 * in the union) as if stored, from a {@link ClosureOverlay} made once per committed write;
 * the base's metadata graph {@code graph:derivation} is not shown.</li>
 * <li>Writes go to the asserted graphs: a write to the default graph lands in
 * {@link DatasetLayout#UPDATES_GRAPH}; a write to a derived graph or to the ontology is
 * refused ({@link AddDeniedException} / {@link DeleteDeniedException}, HTTP 403); a
 * read-only dataset refuses every write.</li>
 * <li>A write transaction that changed something brings the derived graphs in step just
 * before it commits, in the same transaction ({@link DerivedGraphs}), so no reader sees stale
 * derived graphs. A reader's transaction sees the closures of the data it sees: the base's
 * commit and the switch to the new overlay happen together, as one step for readers.</li>
 * </ul>
 * It is a {@link DatasetGraphWrapperView}, so ARQ evaluates queries on it, not on the base it
 * would otherwise unwrap. The context is the wrapper's own: limits set on it do not touch the base's context.
 */
public final class LiveDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private final DerivedGraphs derivation;
    private final boolean writable;
    // The writes of the write transaction in progress, in order; only the base's single writer touches it.
    private List<AssertedGraphs.Change> log = new ArrayList<>();
    // Fuseki's update operation reports any exception as a 500; the refusal is kept so the
    // request's thread can answer 403 with it (see WriteGuard).
    private final ThreadLocal<String> refusal = new ThreadLocal<>();

    // The closures of the last committed data, and the ones each transaction saw when it began.
    private volatile ClosureOverlay overlay;
    private final ThreadLocal<ClosureOverlay> seen = new ThreadLocal<>();
    // Held to switch overlays at a commit, and to begin a transaction and read the overlay together.
    private final ReentrantReadWriteLock publication = new ReentrantReadWriteLock();

    /**
     * @param base a transactional dataset in the {@link DatasetLayout}
     * @param derivation how to keep the derived graphs in step after a write (one per base)
     * @param writable whether clients may write at all; if so, the derivation is attached to
     *        the base now (see {@link DerivedGraphs#attach})
     */
    public LiveDataset(DatasetGraph base, DerivedGraphs derivation, boolean writable) {
        super(base, ownContext(base));
        if (!base.supportsTransactionAbort()) {
            throw new IllegalArgumentException("the served dataset must be transactional (in-memory TxnMem or TDB2)");
        }
        this.derivation = derivation;
        this.writable = writable;
        this.overlay = writable ? derivation.attach(base) : Txn.calculateRead(base, () -> ClosureOverlay.read(base));
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

    /** Whether a graph to find in is "any named graph" (null, as in Jena's find, or ANY). */
    private static boolean isAny(Node g) {
        return g == null || g == Node.ANY || Node.ANY.equals(g);
    }

    /** The overlay of this thread's transaction (the latest outside one). */
    private ClosureOverlay overlay() {
        ClosureOverlay mine = seen.get();
        return mine != null ? mine : overlay;
    }

    private Iterator<Quad> unionAsDefault(Node s, Node p, Node o) {
        Iterator<Triple> stored = Iter.filter(get().getUnionGraph().find(s, p, o), this::shownInUnion);
        return Iter.map(Iter.concat(stored, overlay().find(s, p, o)), t -> Quad.create(Quad.defaultGraphIRI, t));
    }

    /** Whether a triple of the base's union is shown: not when only the hidden metadata graph has it. */
    private boolean shownInUnion(Triple t) {
        if (!DerivationGraph.SUBJECTS.contains(t.getSubject())) return true;
        return Iter.anyMatch(get().find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()),
                q -> !Vocab.DERIVATION_GRAPH.equals(q.getGraph()));
    }

    private Iterator<Quad> closurePairs(Node s, Node p, Node o) {
        return Iter.map(overlay().find(s, p, o), t -> Quad.create(Vocab.INFERRED_GRAPH, t));
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
        if (!isAny(g) && (Quad.isDefaultGraph(g) || Quad.isUnionGraph(g))) return unionAsDefault(s, p, o);
        return findNG(g, s, p, o);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        if (isAny(g) || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)) {
            Iterator<Quad> stored = Iter.filter(get().findNG(Node.ANY, s, p, o), q -> !Vocab.DERIVATION_GRAPH.equals(q.getGraph()));
            return Iter.concat(stored, closurePairs(s, p, o));
        }
        if (Vocab.DERIVATION_GRAPH.equals(g)) return Iter.nullIterator();
        if (Vocab.INFERRED_GRAPH.equals(g)) return Iter.concat(get().find(g, s, p, o), closurePairs(s, p, o));
        return get().find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad quad) { return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()); }

    @Override
    public Iterator<Quad> find() { return findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY); }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        Iterator<Quad> found = find(g, s, p, o);
        try {
            return found.hasNext();
        } finally {
            Iter.close(found);
        }
    }

    @Override
    public boolean contains(Quad quad) { return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()); }

    @Override
    public Iterator<Node> listGraphNodes() {
        List<Node> names = new ArrayList<>();
        get().listGraphNodes().forEachRemaining(n -> {
            if (!Vocab.DERIVATION_GRAPH.equals(n)) names.add(n);
        });
        if (!names.contains(Vocab.INFERRED_GRAPH) && overlay().hasPairs()) names.add(Vocab.INFERRED_GRAPH);
        return names.iterator();
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        if (isDefault(graphNode) || Quad.isUnionGraph(graphNode)) return true;
        if (Vocab.DERIVATION_GRAPH.equals(graphNode)) return false;
        if (Vocab.INFERRED_GRAPH.equals(graphNode) && overlay().hasPairs()) return true;
        return get().containsGraph(graphNode);
    }

    @Override
    public boolean isEmpty() { return !contains(Node.ANY, Node.ANY, Node.ANY, Node.ANY); }

    @Override
    public long size() { return Iter.count(listGraphNodes()); }

    /** The named graphs as served, with an empty default graph: what a Graph Store GET of the whole dataset writes. */
    DatasetGraph namedGraphsOnly() { return new NamedGraphsOnly(this); }

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

    private void logged(AssertedGraphs.Change.Kind kind, Node g, Node s, Node p, Node o) {
        log.add(new AssertedGraphs.Change(kind, g, s, p, o));
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        Node target = writeTarget(g, true);
        get().add(target, s, p, o);
        logged(AssertedGraphs.Change.Kind.ADD, target, s, p, o);
    }

    @Override
    public void add(Quad quad) { add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()); }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        Node target = writeTarget(g, false);
        get().delete(target, s, p, o);
        logged(AssertedGraphs.Change.Kind.DELETE, target, s, p, o);
    }

    @Override
    public void delete(Quad quad) { delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()); }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g == null || !Node.ANY.equals(g)) {
            Node target = writeTarget(g, false);
            get().deleteAny(target, s, p, o);
            logged(AssertedGraphs.Change.Kind.DELETE_MATCHING, target, s, p, o);
            return;
        }
        // Any graph: the source graphs only; the ontology stays and the derived graphs follow.
        writeTarget(Quad.defaultGraphIRI, false);
        for (Node name : sourceGraphs()) {
            get().deleteAny(name, s, p, o);
            logged(AssertedGraphs.Change.Kind.DELETE_MATCHING, name, s, p, o);
        }
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        Node target = writeTarget(graphName, true);
        graph.find().forEachRemaining(t -> {
            get().add(target, t.getSubject(), t.getPredicate(), t.getObject());
            logged(AssertedGraphs.Change.Kind.ADD, target, t.getSubject(), t.getPredicate(), t.getObject());
        });
    }

    @Override
    public void removeGraph(Node graphName) {
        Node target = writeTarget(graphName, false);
        get().deleteAny(target, Node.ANY, Node.ANY, Node.ANY);
        logged(AssertedGraphs.Change.Kind.DELETE_MATCHING, target, Node.ANY, Node.ANY, Node.ANY);
    }

    /** Clears every source graph; the ontology stays and the derived graphs are recomputed. */
    @Override
    public void clear() { deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY); }

    private List<Node> sourceGraphs() {
        return DatasetLayout.sourceGraphs(get());
    }

    /** The last write this thread had refused since the last call, if any; clears it. */
    String takeRefusal() {
        String r = refusal.get();
        refusal.remove();
        return r;
    }

    /**
     * What identifies the committed data this thread's transaction sees: a new object after
     * every commit that wrote something (the closures' overlay, replaced by each such commit).
     */
    Object committedVersion() {
        return overlay();
    }

    // ---- transactions: re-derive before a write commits; readers see one overlay per transaction

    @Override
    public void begin() { begin(TxnType.READ_PROMOTE); }

    @Override
    public void begin(ReadWrite mode) { begin(TxnType.convert(mode)); }

    @Override
    public void begin(TxnType type) {
        if (type == TxnType.WRITE) {
            // A writer waits here for the writer before it; it reads the overlay once that one published its own.
            get().begin(type);
            log = new ArrayList<>();
            seeLatestOverlay();
            return;
        }
        // Readers do not wait for writers: beginning and reading the overlay together keeps them consistent.
        publication.readLock().lock();
        try {
            get().begin(type);
            seen.set(overlay);
        } finally {
            publication.readLock().unlock();
        }
    }

    @Override
    public boolean promote(Promote mode) {
        boolean promoted = get().promote(mode);
        if (promoted) {
            log = new ArrayList<>();
            seeLatestOverlay();
        }
        return promoted;
    }

    private void seeLatestOverlay() {
        publication.readLock().lock();
        try {
            seen.set(overlay);
        } finally {
            publication.readLock().unlock();
        }
    }

    @Override
    public void commit() {
        if (get().transactionMode() != ReadWrite.WRITE || log.isEmpty()) {
            get().commit();
            return;
        }
        DerivedGraphs.Revision revision;
        try {
            revision = derivation.revise(get(), log);
        } catch (RuntimeException e) {
            derivation.forget();
            throw e;
        }
        publication.writeLock().lock();
        try {
            get().commit();
            derivation.accept(revision);
            overlay = revision.overlay();
        } catch (RuntimeException e) {
            derivation.forget();
            throw e;
        } finally {
            publication.writeLock().unlock();
            log = new ArrayList<>();
        }
    }

    @Override
    public void abort() {
        // Only the writer touches the log; a reader's abort leaves it alone.
        if (get().transactionMode() == ReadWrite.WRITE) log = new ArrayList<>();
        get().abort();
    }

    @Override
    public void end() {
        // Ending a write transaction without a commit discards its writes.
        if (get().isInTransaction() && get().transactionMode() == ReadWrite.WRITE) log = new ArrayList<>();
        seen.remove();
        get().end();
    }
}
