package org.premise.server.web;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.premise.reason.Workspace;

/**
 * The served knowledge base's workspace, for the endpoints that answer with Premise's own
 * analysis rather than SPARQL (what-if, statement, map). Readings run one at a time: a
 * what-if shares the baseline analysis, whose parts are computed lazily, with every other
 * reading.
 */
public final class ServedAnalysis {
    private final Supplier<Workspace> workspace;

    /** @param workspace the workspace of the data as served now, asked for at each reading */
    public ServedAnalysis(Supplier<Workspace> workspace) {
        this.workspace = Objects.requireNonNull(workspace);
    }

    /** Runs {@code reading} on the current workspace. */
    public synchronized <T> T read(Function<Workspace, T> reading) {
        return reading.apply(workspace.get());
    }
}
