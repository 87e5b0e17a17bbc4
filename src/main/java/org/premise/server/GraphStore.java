package org.premise.server;

import java.util.Iterator;
import java.util.Locale;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.GraphTarget;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fuseki's Graph Store Protocol operations, with two differences on reads (GET and HEAD):
 * <ul>
 * <li>a read of the whole dataset (no {@code ?graph=} or {@code ?default}) writes the named
 * graphs only, as {@code premise infer --format trig} does: the union default graph would
 * repeat every triple once more;</li>
 * <li>a read answers at most {@code --max-rows} triples (quads for the whole dataset), as a
 * SPARQL query answers at most that many rows ({@link CappedQuery}), and says so in the same
 * headers: {@value CappedQuery#CAP_HEADER}{@code : N} and
 * {@value CappedQuery#TRUNCATED_HEADER}{@code : true} when triples were left out. The first
 * N + 1 are copied (one more tells a cut graph from one that fits exactly) and the copy is
 * written, so no read walks or sends more than the cap, however large the graph.</li>
 * </ul>
 */
final class GraphStore {
    private GraphStore() {}

    /** Where a capped read of the union graph is put in its copy (the copy's union is then that graph). */
    private static final Node UNION_COPY = NodeFactory.createURI("urn:x-premise:graph-store-read");

    /** Graph Store reads. */
    static GSP_R read(LiveDataset dataset, int cap) {
        return new GSP_R() {
            @Override
            protected DatasetGraph decideDataset(HttpAction action) {
                return choose(action, super.decideDataset(action), dataset, cap);
            }
        };
    }

    /** Graph Store reads and writes. */
    static GSP_RW readWrite(LiveDataset dataset, int cap) {
        return new GSP_RW() {
            @Override
            protected DatasetGraph decideDataset(HttpAction action) {
                return choose(action, super.decideDataset(action), dataset, cap);
            }
        };
    }

    private static DatasetGraph choose(HttpAction action, DatasetGraph served, LiveDataset dataset, int cap) {
        String method = action.getRequestMethod().toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("HEAD")) return served;
        action.setResponseHeader(CappedQuery.CAP_HEADER, Integer.toString(cap));
        if (action.getRequestQueryString() == null) {
            DatasetGraph whole = served == dataset ? dataset.namedGraphsOnly() : served;
            DatasetGraph copy = DatasetGraphFactory.create();
            boolean truncated = copyAtMost(whole.find(), cap, copy::add);
            action.setResponseHeader(CappedQuery.TRUNCATED_HEADER, Boolean.toString(truncated));
            return copy;
        }
        GraphTarget target = GraphTarget.determineTargetGSP(served, action);
        if (!target.exists()) return served;   // Fuseki answers 404, as it did
        Graph graph = GraphFactory.createDefaultGraph();
        boolean truncated = copyAtMost(target.graph().find(), cap, graph::add);
        action.setResponseHeader(CappedQuery.TRUNCATED_HEADER, Boolean.toString(truncated));
        if (target.isDefault()) return DatasetGraphFactory.create(graph);
        DatasetGraph copy = DatasetGraphFactory.create();
        copy.addGraph(target.isUnion() ? UNION_COPY : target.graphName(), graph);
        return copy;
    }

    /** Hands on the first {@code cap} items; true if there were more. */
    private static <T> boolean copyAtMost(Iterator<T> items, int cap, java.util.function.Consumer<T> into) {
        try {
            for (int n = 0; items.hasNext(); n++) {
                T item = items.next();
                if (n == cap) return true;
                into.accept(item);
            }
            return false;
        } finally {
            if (items instanceof org.apache.jena.util.iterator.ClosableIterator<?> closable) closable.close();
            else if (items instanceof org.apache.jena.atlas.iterator.IteratorCloseable<?> closable) closable.close();
        }
    }
}
