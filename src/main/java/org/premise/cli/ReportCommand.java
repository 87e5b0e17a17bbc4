package org.premise.cli;

import java.util.concurrent.Callable;

import java.util.List;

import org.premise.kb.StatementNames;
import org.premise.reason.Credences;
import org.premise.reason.Workspace;
import org.premise.reason.credence.CredenceResult;
import org.premise.report.AnalysisReport;
import org.premise.report.ReportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise report}: the assumption analysis of the loaded knowledge base, for a person or a program. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Report the analysis of the knowledge base: each conclusion with its status, support sets, "
                + "linchpins and smallest defeat sets; what breaks each loop; the open questions ranked with the reason. "
                + "When a credence is given (--credence, --confidence, or premise:credence in the data), each conclusion's "
                + "probability too (see 'premise credence')."})
public final class ReportCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Mixin OutputTarget target;
    @Mixin CredenceOptions credence;
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (txt: aligned plain columns), md (markdown) or json; default: from the -o file's extension "
                    + "(.txt, .md, .json), else text on a terminal and md into a pipe or file.")
    String format;

    @Override
    public Integer call() {
        // Scripts that pipe the report keep getting Markdown; a person at a terminal gets plain columns.
        ReportFormat fallback = target.output().isEmpty() && Terminal.stdout() ? ReportFormat.TEXT : ReportFormat.MD;
        ReportFormat chosen = ReportFormat.choice(spec.name(), ReportFormat.TEXT, ReportFormat.MD, ReportFormat.JSON)
                .choose(format, target.output(), fallback);
        var options = credence.options(5);
        Workspace ws = input.open(spec.commandLine().getErr());
        // A probability column only when some credence was given, here or in the data.
        Credences credences = credence.read(ws, new StatementNames(ws.kb().union()));
        credences.notes().forEach(note -> spec.commandLine().getErr().println("note: " + note));
        CredenceResult probabilities = credence.given() || credences.anyStated()
                ? credences.propagate(ws.analysis().graph().conclusions(), List.of(), List.of(), options) : null;
        AnalysisReport report = new AnalysisReport(ws, probabilities);
        target.write(spec.commandLine().getOut(), out -> report.write(chosen.word(), out));
        return ExitCodes.OK;
    }
}
