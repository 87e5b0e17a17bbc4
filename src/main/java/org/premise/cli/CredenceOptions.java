package org.premise.cli;

import java.util.ArrayList;
import java.util.List;

import org.premise.kb.StatementNames;
import org.premise.reason.Credences;
import org.premise.reason.Workspace;
import org.premise.reason.credence.CredencePropagation;
import org.premise.report.CredenceSettings;

import picocli.CommandLine.Option;

/**
 * Credences and the limits of their propagation (docs/semantics.md, "Credence"), bound from the
 * command line into {@link CredenceSettings}. Shared by {@code credence}, {@code report} and
 * {@code whatif}, so {@code --credence} means the same in each.
 */
public final class CredenceOptions {
    @Option(names = "--credence", paramLabel = "KEY=P",
            description = "The credence of a leaf, a number from 0 to 1; before premise:credence in the data and the "
                    + "digest's confidence word. Repeatable.")
    List<String> credence = new ArrayList<>();

    @Option(names = "--confidence", paramLabel = "WORD=P",
            description = "Map a digest confidence word to a credence (default: Low=0.25, Medium=0.5, High=0.75). "
                    + "Repeatable.")
    List<String> confidence = new ArrayList<>();

    @Option(names = "--exact-limit", paramLabel = "N", defaultValue = "100000",
            description = "The most nodes a statement's decision diagram may have for an exact answer; past it the "
                    + "statement is sampled (default: ${DEFAULT-VALUE}).")
    long exactLimit;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000",
            description = "Worlds sampled for what is not exact (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the sampling: the same seed gives the same figures (default: ${DEFAULT-VALUE}).")
    long seed;

    /** These options as settings the report computes with. */
    CredenceSettings settings() {
        return new CredenceSettings(credence, confidence, exactLimit, samples, seed);
    }

    /** Whether a credence or a confidence mapping was given on the command line. */
    boolean given() {
        return settings().given();
    }

    /** The limits, with {@code top} sensitivities per statement. */
    CredencePropagation.Options options(int top) {
        return settings().options(top);
    }

    /** The credences of the workspace's leaves: these options', then the data's. */
    Credences read(Workspace ws, StatementNames names) {
        return settings().read(ws, names);
    }
}
