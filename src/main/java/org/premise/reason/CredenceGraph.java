package org.premise.reason;

import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.premise.rdf.Vocab;
import org.premise.reason.credence.CredenceResult;

/**
 * The credence part of the analysis graph as a read-only view: the figures of every conclusion
 * under the credences of the data (defaults as documented), computed the first time someone
 * reads a triple it could hold. A find whose predicate is not one {@link CredenceWriter} writes
 * (or an {@code rdf:type} to another class) is answered empty without computing anything, so
 * nothing pays for it but a reader of probabilities, or of everything.
 */
final class CredenceGraph extends GraphBase {
    private final Supplier<CredenceResult> source;
    private volatile Graph written;

    CredenceGraph(Supplier<CredenceResult> source) {
        this.source = source;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node p = pattern.getPredicate();
        if (p.isConcrete() && !CredenceWriter.PREDICATES.contains(p)) return NullIterator.instance();
        Node o = pattern.getObject();
        if (Vocab.rdfType.equals(p) && o.isConcrete() && !CredenceWriter.CLASSES.contains(o)) return NullIterator.instance();
        return written().find(pattern);
    }

    private Graph written() {
        Graph g = written;
        if (g == null) {
            synchronized (this) {
                g = written;
                if (g == null) {
                    g = GraphFactory.createDefaultGraph();
                    CredenceWriter.write(source.get(), g);
                    written = g;
                }
            }
        }
        return g;
    }
}
