package org.premise.app;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.DatasetGraph;
import org.premise.BadInputException;
import org.premise.kb.SourceSpec;
import org.premise.reason.DerivationService;
import org.premise.reason.Workspace;
import org.premise.server.DerivedGraphs;
import org.premise.server.PremiseServer;
import org.premise.server.ServerOptions;
import org.premise.store.Store;

/**
 * What {@code premise serve} runs: decides what is served, a store as it is or the sources
 * derived in memory, starts the server on it, and stops it, releasing the store. With a store,
 * {@code --update} writes to it and the server's writes derive with the spec's rules and limits;
 * in memory, the workspace derived at start is what the server holds until its first write.
 */
public final class Serving {
    private final PremiseServer server;
    private final DatasetGraph base;
    private final boolean stored;

    private Serving(PremiseServer server, DatasetGraph base, boolean stored) {
        this.server = server;
        this.base = base;
        this.stored = stored;
    }

    /**
     * Checks the options (before anything is loaded: a refused configuration should not cost a
     * load), opens or derives what the spec names, and starts listening.
     *
     * @param requestLog where to write one line per request, or null for none
     * @param note told, in one line, when a store in a read-only folder is served from a copy
     */
    public static Serving start(SourceSpec sources, ServerOptions options, PrintStream requestLog, Consumer<String> note) {
        PremiseServer.checkAccess(options);
        DerivedGraphs derivation;
        DatasetGraph base;
        boolean stored = sources.store() != null;
        if (stored) {
            // A store is served as it is, and --update writes to it: files go in with 'premise load'.
            if (!sources.data().isEmpty()) {
                throw new BadInputException("serve --store serves the store as it is; add files to it with "
                        + "'premise load --store " + sources.store() + " FILE...'");
            }
            derivation = new DerivedGraphs(DerivationService.of(sources));
            // Read-only, a store in a read-only folder is served from a copy (Store.openForReading).
            base = options.update() ? Store.openExisting(sources.store()) : Store.openForReading(sources.store(), note);
        } else {
            Workspace ws = Workspaces.inMemory(sources);
            derivation = DerivedGraphs.of(ws);
            base = DerivationService.inMemory(ws);
        }
        try {
            return new Serving(PremiseServer.serve(base, derivation, options, requestLog), base, stored);
        } catch (RuntimeException e) {
            if (stored) Store.release(base);
            throw e;
        }
    }

    /** The endpoints served, by what they do, for printing. */
    public Map<String, String> endpoints() { return server.endpoints(); }

    /** The address the server listens on. */
    public InetSocketAddress boundAddress() { return server.boundAddress(); }

    /** The port the server listens on. */
    public int port() { return server.port(); }

    /** Waits until the server stops. */
    public void join() { server.join(); }

    /** Stops listening, waits for requests in progress, and releases the store served. */
    public void stop() {
        server.stop();
        if (stored) Store.release(base);
    }
}
