package org.premise.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;

/** Runs {@code premise} in-process as a user would, capturing what it prints and its exit code. */
public final class Cli {
    private Cli() {}

    /** What one run printed and returned. */
    public record Run(int exit, String out, String err) {
        /** The non-empty output lines. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (String l : out.split("\r?\n")) if (!l.isBlank()) lines.add(l);
            return lines;
        }

        /** The rows of CSV/TSV output after the header, as a set of tab- or comma-joined strings. */
        public Set<String> rowsAfterHeader() {
            List<String> lines = lines();
            return new LinkedHashSet<>(lines.subList(Math.min(1, lines.size()), lines.size()));
        }
    }

    public static Run run(String... args) {
        return runWithInput(null, args);
    }

    /**
     * Runs with {@code input} as standard input (as {@code premise ... < file} would), or with
     * the process's own standard input when it is null.
     */
    public static Run runWithInput(byte[] input, String... args) {
        CommandLine cli = PremiseCommand.commandLine();
        if (input != null) org.premise.rdf.StandardInput.reset(new java.io.ByteArrayInputStream(input));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    public static Run run(List<String> args) {
        return run(args.toArray(String[]::new));
    }

    static List<String> words(String line) {
        return Arrays.asList(line.trim().split("\\s+"));
    }
}
