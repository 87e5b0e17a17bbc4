package org.premise.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.premise.BadInputException;
import org.premise.kb.StatementNames;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.Credences;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.credence.CredencePropagation;
import org.premise.reason.credence.CredenceResult;

/**
 * Credences and the limits of their propagation (docs/semantics.md, "Credence"), as the command
 * line's {@code --credence}, {@code --confidence}, {@code --exact-limit}, {@code --samples} and
 * {@code --seed} give them and the served {@code /premise/credence} endpoint's parameters do, so
 * that both compute the same report ({@link #report}).
 *
 * @param credence {@code KEY=P} items: the credence of a leaf
 * @param confidence {@code WORD=P} items: a digest confidence word's credence
 */
public record CredenceSettings(List<String> credence, List<String> confidence, long exactLimit, int samples, long seed) {
    public CredenceSettings {
        credence = List.copyOf(credence);
        confidence = List.copyOf(confidence);
    }

    /** Whether a credence or a confidence mapping was given. */
    public boolean given() {
        return !credence.isEmpty() || !confidence.isEmpty();
    }

    /** The limits, with {@code top} sensitivities per statement. */
    public CredencePropagation.Options options(int top) {
        if (exactLimit < 0) throw new BadInputException("--exact-limit must be 0 or more nodes, not " + exactLimit);
        if (samples < 1) throw new BadInputException("--samples must be 1 or more, not " + samples);
        if (top < 0) throw new BadInputException("--top must be 0 or more, not " + top);
        return new CredencePropagation.Options(exactLimit, samples, seed, top);
    }

    /** The credences of the workspace's leaves: these settings', then the data's. */
    public Credences read(Workspace ws, StatementNames names) {
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

    /**
     * The credence report of a workspace: what {@code premise credence} prints and the served
     * {@code /premise/credence} endpoint answers, so both give the same bytes.
     *
     * @param keys the statements to compute (key, prefixed name or IRI); empty: every conclusion
     * @param retract statements retracted (failing in every world), by key
     * @param assume statements assumed (holding in every world), by key
     * @param notes told each credence in the data that was ignored
     */
    public CredenceReport report(Workspace ws, List<String> keys, int top, List<String> retract, List<String> assume,
            Consumer<String> notes) {
        var options = options(top);
        var knowledge = ws.kb().union();
        StatementNames names = new StatementNames(knowledge);
        var graph = ws.analysis().graph();
        List<String> targets = new ArrayList<>();
        for (String key : keys) {
            String id = ArgumentGraphReader.id(names.statement(key));
            if (!graph.contains(id)) {
                throw new BadInputException("\"" + key + "\" is not a statement of the argument graph (an open question?)");
            }
            if (!targets.contains(id)) targets.add(id);
        }
        if (targets.isEmpty()) targets.addAll(graph.conclusions());
        List<String> retracted = WhatIfReport.resolve(names, ws, retract);
        List<String> assumed = WhatIfReport.resolve(names, ws, assume);
        for (int i = 0; i < retracted.size(); i++) {
            if (assumed.contains(retracted.get(i))) {
                throw new BadInputException("\"" + retract.get(i) + "\" is both retracted and assumed; give it once");
            }
        }
        Credences credences = read(ws, names);
        credences.notes().forEach(notes);
        CredenceResult result = credences.propagate(targets, retracted, assumed, options);
        return new CredenceReport(result, credences, knowledge);
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
