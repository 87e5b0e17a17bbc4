package org.premise.cli;

import picocli.CommandLine.Option;

/** {@code -v}: show the stack trace of an error (read by {@link PremiseCommand}'s error handler). */
public final class VerboseOption {
    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;
}
