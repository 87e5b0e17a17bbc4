package org.premise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.premise.kb.SourceSpec;

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

    @Option(names = "--rules", paramLabel = "FILE", description = "Add a Jena rule file. Repeatable.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-bundled", description = "Start without the bundled knowledge base (the ontology stays).")
    boolean noBundled;

    @Option(names = "--no-bundled-rules", description = "Start without the bundled rules.")
    boolean noBundledRules;

    @Option(names = "--max-sets", paramLabel = "N", defaultValue = "256",
            description = "Keep at most N support sets and N defeat sets per statement; answers cut at the cap "
                    + "are flagged truncated (default: ${DEFAULT-VALUE}).")
    int maxSets;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    /** The sources these options describe. */
    public SourceSpec toSpec() {
        return new SourceSpec(!noBundled, data, !noBundledRules, rules, maxSets, store);
    }
}
