package org.premise.reason;

import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.premise.rdf.Vocab;
import org.premise.reason.analysis.Analysis;

/**
 * The analysis graph ({@code graph:analysis}) as a read-only view that computes and writes
 * the analysis the first time someone reads a triple it could hold (or, {@link #reading} a
 * store, copies the stored one then). A find whose predicate is
 * not one the analysis writes (or an {@code rdf:type} to a class other than the set classes)
 * is answered empty without computing anything, so a query about dependence or a command
 * that never reads the analysis graph never pays for it.
 */
final class AnalysisGraph extends GraphBase {
    private static final Set<Node> PREDICATES = Set.of(AnalysisWriter.supportSetOf, AnalysisWriter.defeatSetOf,
            AnalysisWriter.member, AnalysisWriter.size, AnalysisWriter.linchpin, AnalysisWriter.status,
            AnalysisWriter.supportSetsTruncated, AnalysisWriter.defeatSetsTruncated, Vocab.rdfType);
    private static final Set<Node> CLASSES = Set.of(AnalysisWriter.SupportSet, AnalysisWriter.DefeatSet);

    private final Supplier<Graph> source;
    private volatile Graph written;

    AnalysisGraph(Supplier<Analysis> analysis) {
        this.source = () -> {
            Graph g = GraphFactory.createDefaultGraph();
            AnalysisWriter.write(analysis.get(), g);
            return g;
        };
    }

    private AnalysisGraph(Supplier<Graph> written, boolean unused) {
        this.source = written;
    }

    /** The view over an analysis graph already written somewhere (a store), fetched when first read. */
    static AnalysisGraph reading(Supplier<Graph> written) {
        return new AnalysisGraph(written, true);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node p = pattern.getPredicate();
        if (p.isConcrete() && !PREDICATES.contains(p)) return NullIterator.instance();
        Node o = pattern.getObject();
        if (Vocab.rdfType.equals(p) && o.isConcrete() && !CLASSES.contains(o)) return NullIterator.instance();
        return written().find(pattern);
    }

    private Graph written() {
        Graph g = written;
        if (g == null) {
            synchronized (this) {
                g = written;
                if (g == null) {
                    g = source.get();
                    written = g;
                }
            }
        }
        return g;
    }
}
