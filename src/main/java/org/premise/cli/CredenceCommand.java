package org.premise.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.premise.BadInputException;
import org.premise.kb.StatementNames;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.Credences;
import org.premise.reason.Workspace;
import org.premise.reason.credence.CredenceResult;
import org.premise.report.CredenceReport;
import org.premise.report.ReportFormat;
import org.premise.report.WhatIfReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise credence}: how likely each conclusion is, given how much each leaf is believed. */
@Command(name = "credence", mixinStandardHelpOptions = true,
        description = {"How likely each conclusion (or each statement named) is, given a credence for each leaf: "
                + "P(in) and P(supported), exact from decision diagrams or sampled past --exact-limit (each figure "
                + "says which, a sampled one with its 95%% interval); the leaves that move it most (Birnbaum "
                + "importance); the open questions ranked by value of information. See docs/semantics.md, \"Credence\".",
                "Example: premise credence thesis --credence political-allocation=1 --format json"})
public final class CredenceCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Mixin OutputTarget target;
    @Mixin CredenceOptions credence;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "KEY", arity = "0..*",
            description = "Statements to compute (key, prefixed name or IRI); default: every conclusion.")
    List<String> keys = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", defaultValue = "5",
            description = "Sensitivities listed per statement (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (txt), json or ttl (turtle); default: from the -o file's extension (.txt, .json, .ttl), "
                    + "else text.")
    String format;

    @Override
    public Integer call() {
        ReportFormat chosen = ReportFormat.choice(spec.name(), ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.TTL)
                .choose(format, target.output(), ReportFormat.TEXT);
        CredenceReport report = report(input.open(spec.commandLine().getErr()), keys, credence, top, List.of(), List.of(),
                note -> spec.commandLine().getErr().println("note: " + note));
        target.write(spec.commandLine().getOut(), out -> report.write(chosen.word(), out));
        return ExitCodes.OK;
    }

    /**
     * The credence report of a workspace, as this command computes it; also the served
     * {@code /premise/credence} endpoint's, so both print the same bytes.
     *
     * @param keys the statements to compute (key, prefixed name or IRI); empty: every conclusion
     * @param retract statements retracted (failing in every world), by key
     * @param assume statements assumed (holding in every world), by key
     * @param notes told each credence in the data that was ignored
     */
    public static CredenceReport report(Workspace ws, List<String> keys, CredenceOptions credence, int top,
            List<String> retract, List<String> assume, Consumer<String> notes) {
        var options = credence.options(top);
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
        Credences credences = credence.read(ws, names);
        credences.notes().forEach(notes);
        CredenceResult result = credences.propagate(targets, retracted, assumed, options);
        return new CredenceReport(result, credences, knowledge);
    }
}
