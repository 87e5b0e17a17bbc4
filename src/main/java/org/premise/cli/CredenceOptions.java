package org.premise.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.premise.BadInputException;
import org.premise.kb.StatementNames;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.Credences;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.credence.CredencePropagation;

import picocli.CommandLine.Option;

/**
 * Credences and the limits of their propagation (docs/semantics.md, "Credence"). Shared by
 * {@code credence}, {@code report} and {@code whatif}, so {@code --credence} means the same in each.
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

    /**
     * Options as the command line would have them, for a caller that is not the command line
     * (the served {@code /premise/credence} endpoint).
     *
     * @param credence {@code KEY=P} items, as {@code --credence}
     */
    public static CredenceOptions of(List<String> credence, long exactLimit, int samples, long seed) {
        CredenceOptions options = new CredenceOptions();
        options.credence.addAll(credence);
        options.exactLimit = exactLimit;
        options.samples = samples;
        options.seed = seed;
        return options;
    }

    /** Whether a credence or a confidence mapping was given on the command line. */
    boolean given() {
        return !credence.isEmpty() || !confidence.isEmpty();
    }

    /** The limits, with {@code top} sensitivities per statement. */
    CredencePropagation.Options options(int top) {
        if (exactLimit < 0) throw new BadInputException("--exact-limit must be 0 or more nodes, not " + exactLimit);
        if (samples < 1) throw new BadInputException("--samples must be 1 or more, not " + samples);
        if (top < 0) throw new BadInputException("--top must be 0 or more, not " + top);
        return new CredencePropagation.Options(exactLimit, samples, seed, top);
    }

    /** The credences of the workspace's leaves: these options', then the data's. */
    Credences read(Workspace ws, StatementNames names) {
        ArgumentGraph graph = ws.analysis().graph();
        Map<String, Double> given = new LinkedHashMap<>();
        for (String item : credence) {
            int eq = item.lastIndexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--credence \"" + item + "\": expected KEY=P, a leaf's key and a number from 0 to 1");
            }
            String key = item.substring(0, eq).strip();
            double p = number("--credence", item, item.substring(eq + 1));
            String id;
            try {
                id = ArgumentGraphReader.id(names.statement(key));
            } catch (BadInputException e) {
                throw new BadInputException("--credence " + item + ": " + e.getMessage());
            }
            if (!graph.contains(id)) {
                throw new BadInputException("--credence " + item + ": \"" + key
                        + "\" is not a statement of the argument graph (an open question?)");
            }
            if (!graph.isLeaf(id)) {
                throw new BadInputException("--credence " + item + ": \"" + key
                        + "\" is not a leaf (arguments conclude it); a credence is for an assumption, evidence, "
                        + "or a statement no argument concludes");
            }
            given.put(id, p);
        }
        Map<String, Double> table = new HashMap<>(Credences.CONFIDENCE_TABLE);
        for (String item : confidence) {
            int eq = item.lastIndexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--confidence \"" + item + "\": expected WORD=P, a confidence word and a number from 0 to 1");
            }
            table.put(item.substring(0, eq).strip().toLowerCase(Locale.ROOT), number("--confidence", item, item.substring(eq + 1)));
        }
        return Credences.read(ws.kb().union(), graph, given, table);
    }

    private static double number(String option, String item, String text) {
        double p;
        try {
            p = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(option + " " + item + ": \"" + text + "\" is not a number; expected a number from 0 to 1");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new BadInputException(option + " " + item + ": " + text + " is outside [0, 1]; a credence is a number from 0 to 1");
        }
        return p;
    }
}
