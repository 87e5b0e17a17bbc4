package org.premise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.io.PrintWriter;

import org.premise.kb.SourceSpec;
import org.premise.reason.Workspace;
import org.premise.store.StoreReader;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What to load: the bundled knowledge base and rules, plus the user's files. Shared by every verb. */
public final class InputOptions {
    @Option(names = "--data", paramLabel = "FILE",
            description = "Add a source: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML, an AIF map (.json), or a digest .txt "
                    + "(with its .keys file beside it, if any), gzipped or not; '-' is standard input (see --input-format). Repeatable.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR",
            description = "Read the knowledge base from this store (a TDB2 folder made by 'premise load') instead of "
                    + "the bundled files. Its inferred and analysis graphs are used as stored when they were derived with "
                    + "the same rules, ontology, Premise version and --max-sets; otherwise (a note says so) they are derived "
                    + "again in memory. --data adds files on top, in memory only: the store never changes.")
    Path store;

    @Option(names = "--no-bundled", description = "Start without the bundled knowledge base (the ontology stays).")
    boolean noBundled;

    @Mixin DerivationOptions derivation;

    @Mixin VerboseOption verbose;

    /**
     * Loads the knowledge base these options describe and applies the rules, or, from a store
     * whose derived graphs are current, takes them as stored ({@link StoreReader}). Says so in
     * one line on {@code err} when a store's derivation is stale, and when the rules are
     * outside Premise's fast path: they then run on Jena's engine, which is much slower on
     * large graphs.
     */
    public Workspace open(PrintWriter err) {
        Workspace ws = StoreReader.open(toSpec(), line -> {
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
        return derivation.spec(!noBundled, data, store);
    }
}
