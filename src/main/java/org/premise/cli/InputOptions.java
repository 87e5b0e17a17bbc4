package org.premise.cli;

import java.io.PrintWriter;

import org.premise.app.Workspaces;
import org.premise.kb.SourceSpec;
import org.premise.reason.Workspace;

import picocli.CommandLine.Mixin;

/**
 * What to load and how to derive it: the knowledge base ({@link SourceOptions}) and the rules
 * and limits ({@link DerivationOptions}). Shared by every verb that derives.
 */
public final class InputOptions {
    @Mixin SourceOptions sources;

    @Mixin DerivationOptions derivation;

    /**
     * Loads the knowledge base these options describe and applies the rules, or, from a store
     * whose derived graphs are current, takes them as stored ({@link Workspaces}). Says so in
     * one line on {@code err} when a store's derivation is stale, and when the rules are
     * outside Premise's fast path: they then run on Jena's engine, which is much slower on
     * large graphs.
     */
    public Workspace open(PrintWriter err) {
        Workspace ws = Workspaces.open(toSpec(), line -> {
            err.println("note: " + line);
            err.flush();
        });
        String why = ws.inference().fallbackReason();
        if (why != null) {
            err.println("note: " + why + "; all rules run on Jena's forward engine (slower on large graphs)");
            err.flush();
        }
        return ws;
    }

    /** The sources these options describe. */
    public SourceSpec toSpec() {
        return derivation.spec(!sources.noBundled, sources.data, sources.store);
    }
}
