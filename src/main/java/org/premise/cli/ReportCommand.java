package org.premise.cli;

import java.util.concurrent.Callable;

import org.premise.BadInputException;
import org.premise.reason.Workspace;
import org.premise.report.AnalysisReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise report}: the assumption analysis of the loaded knowledge base, for a person or a program. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Report the analysis of the knowledge base: each conclusion with its status, support sets, "
                + "linchpins and smallest defeat sets; what breaks each loop; the open questions ranked with the reason."})
public final class ReportCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Mixin OutputTarget target;
    @Spec CommandSpec spec;

    @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT", description = "md or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("md") && !format.equals("json")) {
            throw new BadInputException("unknown format \"" + format + "\"; expected md or json");
        }
        AnalysisReport report = new AnalysisReport(input.open(spec.commandLine().getErr()));
        target.write(spec.commandLine().getOut(), out -> report.write(format, out));
        return ExitCodes.OK;
    }
}
