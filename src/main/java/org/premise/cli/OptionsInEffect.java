package org.premise.cli;

import org.premise.BadInputException;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Refuses options given where they would do nothing, so that every option a verb lists has an
 * effect when it is given (for example {@code import-aif --rules FILE} without {@code --store}:
 * nothing is derived when the maps are only written out).
 */
final class OptionsInEffect {
    private OptionsInEffect() {}

    /**
     * Refuses each of {@code options} given on the command line when {@code condition} does
     * not hold; {@code when} says when they have one ({@code "with --store"}).
     */
    static void onlyWhen(CommandSpec spec, boolean condition, String when, String... options) {
        if (condition) return;
        for (String option : options) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new BadInputException(option + " has an effect only " + when);
            }
        }
    }

    /** The options of {@link DerivationOptions}: how a store's derived graphs are computed. */
    static final String[] DERIVATION = {"--rules", "--no-bundled-rules", "--max-sets", "--max-derived", "--rules-timeout"};

    /** {@link #DERIVATION} and more. */
    static String[] derivationAnd(String... more) {
        String[] all = java.util.Arrays.copyOf(DERIVATION, DERIVATION.length + more.length);
        System.arraycopy(more, 0, all, DERIVATION.length, more.length);
        return all;
    }
}
