package org.premise.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.premise.report.CredenceReport;
import org.premise.report.ReportFormat;

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
        CredenceReport report = credence.settings().report(input.open(spec.commandLine().getErr()), keys, top, List.of(),
                List.of(), note -> spec.commandLine().getErr().println("note: " + note));
        target.write(spec.commandLine().getOut(), out -> report.write(chosen.word(), out));
        return ExitCodes.OK;
    }
}
