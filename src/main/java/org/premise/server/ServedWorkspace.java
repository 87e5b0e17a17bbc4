package org.premise.server;

import java.util.function.Supplier;

import org.apache.jena.system.Txn;
import org.premise.reason.Workspace;

/**
 * The workspace of what a server serves, for the endpoints that answer with more than SPARQL
 * (a what-if, one statement's analysis, the argument map), so they give what the command line
 * gives for the same data. Until the first write it is the workspace the served base was laid
 * out from, when there is one ({@link DerivedGraphs#of}); otherwise, and after each write, it
 * is derived in memory from the committed source graphs with the server's rules and limits,
 * once, when first asked. The workspace returned is complete ({@link Workspace#complete}), so
 * threads may read it together; it is never changed afterwards.
 */
public final class ServedWorkspace implements Supplier<Workspace> {
    private final LiveDataset live;
    private final DerivedGraphs derivation;
    private final Object initialVersion;

    // The committed data the workspace was made from, and the workspace.
    private Object version;
    private Workspace workspace;

    ServedWorkspace(LiveDataset live, DerivedGraphs derivation) {
        this.live = live;
        this.derivation = derivation;
        this.initialVersion = Txn.calculateRead(live, live::committedVersion);
    }

    @Override
    public synchronized Workspace get() {
        return Txn.calculateRead(live, () -> {
            Object now = live.committedVersion();
            if (workspace == null || now != version) {
                Workspace laidOut = derivation.laidOutFrom();
                workspace = (now == initialVersion && laidOut != null ? laidOut
                        : derivation.derive(AssertedGraphs.read(live.getWrapped()).knowledgeBase())).complete();
                version = now;
            }
            return workspace;
        });
    }
}
