package org.premise.cli;

/** Entry point of the {@code premise} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(PremiseCommand.commandLine().execute(args));
    }
}
