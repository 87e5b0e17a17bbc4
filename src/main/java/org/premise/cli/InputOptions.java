package org.premise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.premise.kb.SourceSpec;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What to load: the bundled knowledge base and rules, plus the user's files. Shared by every verb. */
public final class InputOptions {
    @Option(names = "--data", paramLabel = "FILE",
            description = "Add a source: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML, an AIF map (.json), or a digest .txt "
                    + "(with its .keys file beside it, if any). Repeatable.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR",
            description = "Read the knowledge base from this store (a TDB2 folder made by 'premise load') instead of "
                    + "the bundled files; --data adds files on top, in memory only: the store never changes.")
    Path store;

    @Option(names = "--no-bundled", description = "Start without the bundled knowledge base (the ontology stays).")
    boolean noBundled;

    @Mixin DerivationOptions derivation;

    @Mixin VerboseOption verbose;

    /** The sources these options describe. */
    public SourceSpec toSpec() {
        return derivation.spec(!noBundled, data, store);
    }
}
