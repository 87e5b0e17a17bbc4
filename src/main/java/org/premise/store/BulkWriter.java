package org.premise.store;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.sequential.LoaderSequential;
import org.premise.Progress;

/**
 * Writes graphs into a TDB2 store through Jena's sequential bulk loader
 * ({@code org.apache.jena.tdb2.loader}), inside the write transaction the caller holds, so that
 * the load stays all or nothing: the caller commits or aborts. Into an empty store the loader
 * fills the primary quad index first and builds the others from it afterwards, instead of
 * updating six indexes a quad at a time. It is the one TDB2 bulk loader that is fully
 * transactional: the phased and parallel loaders write the indexes in transactions of their
 * own, which a killed process can leave half done.
 */
public final class BulkWriter {
    private static final int STEP = 10_000;

    private BulkWriter() {}

    /**
     * Adds every triple of each graph to the named graph of the store. The store must be in a
     * write transaction and must have no other writes after this one before it commits.
     */
    public static void write(DatasetGraph store, Map<Node, Graph> graphs, Progress.Step progress) {
        DataLoader loader = new InCallersTransaction(store);
        loader.startBulk();
        StreamRDF stream = loader.stream();
        long[] sinceStep = {0};
        graphs.forEach((name, graph) -> graph.find().forEachRemaining(t -> {
            stream.quad(Quad.create(name, t));
            if (++sinceStep[0] == STEP) {
                progress.advance(STEP);
                sinceStep[0] = 0;
            }
        }));
        progress.advance(sinceStep[0]);
        // On an exception the secondary indexes stay detached; the caller aborts and expels the store.
        loader.finishBulk();
    }

    /** The sequential loader, joining the caller's transaction instead of beginning and committing its own. */
    private static final class InCallersTransaction extends LoaderSequential {
        private static final MonitorOutput SILENT = (fmt, args) -> {};

        InCallersTransaction(DatasetGraph store) {
            super(store, null, SILENT);
        }

        @Override
        public boolean bulkUseTransaction() {
            return false;
        }
    }
}
