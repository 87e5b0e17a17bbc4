package org.premise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.premise.kb.SourceSpec;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which knowledge base a verb works on: the bundled knowledge base or a store, plus the user's
 * files. Shared by every verb that reads a knowledge base ({@link InputOptions} adds how it is
 * derived, for the verbs that derive), so {@code --data}, {@code --store} and
 * {@code --no-bundled} mean the same in each: {@code --store} names the TDB2 store that holds
 * the knowledge base (the store {@code premise load} adds to), and {@code --no-bundled} starts the
 * knowledge base without the bundled one (a store's knowledge is what was loaded into it).
 */
public final class SourceOptions {
    @Option(names = "--data", paramLabel = "FILE",
            description = "Add a source: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML, an AIF map (.json), or a digest .txt "
                    + "(with its .keys file beside it, if any), gzipped or not; '-' is standard input (see --input-format). Repeatable.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR",
            description = "The store holding the knowledge base (a TDB2 folder made by 'premise load'): read it instead of "
                    + "the bundled files. A verb that derives uses its inferred and analysis graphs as stored when they "
                    + "were derived with the same rules, ontology, Premise version and limits; otherwise (a note says so) "
                    + "it derives them again in memory. --data adds files on top, in memory only: the store never changes.")
    Path store;

    @Option(names = "--no-bundled", description = "Start without the bundled knowledge base (the ontology stays). A store "
            + "starts as it was loaded ('premise load --no-bundled' keeps the bundled one out of it).")
    boolean noBundled;

    @Mixin VerboseOption verbose;

    /** The sources these options describe, derived with the bundled rules and default limits. */
    SourceSpec toSpec() {
        return new SourceSpec(!noBundled, data, true, List.of(), SourceSpec.DEFAULT_SET_CAP, store);
    }
}
