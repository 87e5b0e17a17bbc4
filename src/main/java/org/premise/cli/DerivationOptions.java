package org.premise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.premise.kb.SourceSpec;

import picocli.CommandLine.Option;

/**
 * How the derived graphs are computed: which rules run, and the analysis' cap on sets.
 * Shared by every verb that derives, so {@code --rules} and {@code --max-sets} mean the same
 * whether a command reads the knowledge base or loads it into a store.
 */
public final class DerivationOptions {
    @Option(names = "--rules", paramLabel = "FILE", description = "Add a Jena rule file. Repeatable.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-bundled-rules", description = "Derive without the bundled rules.")
    boolean noBundledRules;

    @Option(names = "--max-sets", paramLabel = "N", defaultValue = "" + SourceSpec.DEFAULT_SET_CAP,
            description = "Keep at most N support sets and N defeat sets per statement; answers cut at the cap "
                    + "are flagged truncated (default: ${DEFAULT-VALUE}).")
    int maxSets;

    /** The sources to derive from, with these rules and this cap. */
    SourceSpec spec(boolean bundledData, List<Path> data, Path store) {
        return new SourceSpec(bundledData, data, !noBundledRules, rules, maxSets, store);
    }
}
