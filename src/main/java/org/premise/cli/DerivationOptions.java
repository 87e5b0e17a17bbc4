package org.premise.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.premise.BadInputException;
import org.premise.kb.RuleBudget;
import org.premise.kb.SourceSpec;

import picocli.CommandLine.Option;

/**
 * How the derived graphs are computed: which rules run, how much work they may do, and the
 * analysis' cap on sets.
 * Shared by every verb that derives, so {@code --rules} and {@code --max-sets} mean the same
 * whether a command reads the knowledge base or loads it into a store.
 */
public final class DerivationOptions {
    @Option(names = "--rules", paramLabel = "FILE", description = "Add a Jena rule file ('-' is standard input). Repeatable.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-bundled-rules", description = "Derive without the bundled rules.")
    boolean noBundledRules;

    @Option(names = "--max-sets", paramLabel = "N", defaultValue = "" + SourceSpec.DEFAULT_SET_CAP,
            description = "Keep at most N support sets and N defeat sets per statement; answers cut at the cap "
                    + "are flagged truncated (default: ${DEFAULT-VALUE}).")
    int maxSets;

    @Option(names = "--max-derived", paramLabel = "N",
            description = "Stop the rules, with exit code 2 and the rule that kept firing, once they have derived "
                    + "more than N triples; 0 for no limit (default: one per 512 bytes of the Java heap, "
                    + "at least a million).")
    Long maxDerived;

    @Option(names = "--rules-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Stop the rules, with exit code 2, when one run takes longer; 0 for no limit "
                    + "(default: ${DEFAULT-VALUE}).")
    long rulesTimeout;

    /** The sources to derive from, with these rules, this cap and this budget. */
    SourceSpec spec(boolean bundledData, List<Path> data, Path store) {
        if (rulesTimeout < 0) throw new BadInputException("--rules-timeout must be 0 (no limit) or more seconds, not " + rulesTimeout);
        return new SourceSpec(bundledData, data, !noBundledRules, rules, maxSets, store,
                new RuleBudget(maxDerived == null ? RuleBudget.heapDefault() : maxDerived, Duration.ofSeconds(rulesTimeout)));
    }
}
