package org.premise.server;

import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.SystemARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Refuses SPARQL Update {@code LOAD <iri>} on datasets whose context says so: Jena's LOAD reads
 * any {@code file:} IRI on the server's disk and fetches any {@code http:} one, so a client could
 * make the server read its files or call other hosts. Installed as an update engine in Jena's
 * registry, it applies to every way an update runs (parsed whole or streamed), and only where
 * {@link #LOAD_REFUSED} is set: other datasets in the JVM keep Jena's behaviour.
 */
final class LoadGuard {
    /** Set to true in a dataset's context to refuse LOAD on it. */
    static final Symbol LOAD_REFUSED = SystemARQ.allocSymbol("https://w3id.org/premise/server#", "loadRefused");

    private static final UpdateEngineFactory FACTORY = new UpdateEngineFactory() {
        @Override
        public boolean accept(DatasetGraph dataset, Context context) {
            return context != null && context.isTrue(LOAD_REFUSED);
        }

        @Override
        public UpdateEngine create(DatasetGraph dataset, Binding inputBinding, Context context) {
            return new UpdateEngineMain(dataset, inputBinding, context) {
                @Override
                protected UpdateVisitor prepareWorker() {
                    return new UpdateEngineWorker(datasetGraph, inputBinding, context) {
                        @Override
                        public void visit(UpdateLoad load) {
                            // Refused before anything is opened, LOAD SILENT included: silence is for failures.
                            String refusal = "LOAD <" + load.getSource() + "> refused: this server does not read files "
                                    + "or fetch URLs named in an update (start it with 'premise serve --update "
                                    + "--allow-load' to allow LOAD)";
                            REFUSAL.set(refusal);
                            throw new OperationDeniedException(refusal);
                        }
                    };
                }
            };
        }
    };

    /** The refusal of this thread's last update; Fuseki reports the exception as a 500 with its message only. */
    private static final ThreadLocal<String> REFUSAL = new ThreadLocal<>();

    private LoadGuard() {}

    /** Why this thread's update was refused (once), or null. */
    static String takeRefusal() {
        String refusal = REFUSAL.get();
        REFUSAL.remove();
        return refusal;
    }

    /** Sets the dataset's context to refuse LOAD, or to allow it, and installs the engine once. */
    static synchronized void apply(Context context, boolean allowLoad) {
        if (!UpdateEngineRegistry.containsFactory(FACTORY)) UpdateEngineRegistry.addFactory(FACTORY);
        context.set(LOAD_REFUSED, !allowLoad);
    }
}
