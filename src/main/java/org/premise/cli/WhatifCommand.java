package org.premise.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.premise.BadInputException;
import org.premise.kb.StatementNames;
import org.premise.reason.Credences;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.WhatIf;
import org.premise.reason.credence.CredenceResult;
import org.premise.report.ReportFormat;
import org.premise.report.WhatIfReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise whatif}: what falls and what survives if statements are retracted or assumed. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"Compare a hypothetical change with the knowledge base as it stands: which statements lose all "
                + "support, which keep support only through alternatives (and with which sets), whose status changes, "
                + "and which open questions matter more or less. The stored data never changes. When a credence is given "
                + "(--credence, --confidence, or premise:credence in the data), each conclusion's probability before and after.",
                "Example: premise whatif --retract models-capable --format json"})
public final class WhatifCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Mixin OutputTarget target;
    @Mixin CredenceOptions credence;
    @Spec CommandSpec spec;

    @Option(names = "--retract", paramLabel = "KEY", arity = "1..*",
            description = "Suppose these statements fail (key, prefixed name or IRI).")
    List<String> retract = new ArrayList<>();

    @Option(names = "--assume", paramLabel = "KEY", arity = "1..*",
            description = "Suppose these statements hold without support.")
    List<String> assume = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (txt), json or ttl (turtle); default: from the -o file's extension (.txt, .json, .ttl), "
                    + "else text.")
    String format;

    @Override
    public Integer call() {
        ReportFormat chosen = ReportFormat.choice(spec.name(), ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.TTL)
                .choose(format, target.output(), ReportFormat.TEXT);
        if (retract.isEmpty() && assume.isEmpty()) {
            throw new BadInputException("nothing to compare: give --retract KEY or --assume KEY");
        }
        var options = credence.options(0);
        Workspace ws = input.open(spec.commandLine().getErr());
        var graph = ws.kb().union();
        StatementNames names = new StatementNames(graph);
        List<String> retracted = WhatIfReport.resolve(names, ws, retract);
        List<String> assumed = WhatIfReport.resolve(names, ws, assume);
        Credences credences = credence.read(ws, names);
        WhatIf whatIf = ws.analysis().whatIf(retracted, assumed);
        CredenceResult before = null;
        CredenceResult after = null;
        if (credence.given() || credences.anyStated()) {
            // Each conclusion's probability before and after: the change fixes the retracted
            // statements false and the assumed ones true in every world.
            credences.notes().forEach(note -> spec.commandLine().getErr().println("note: " + note));
            List<String> conclusions = ws.analysis().graph().conclusions();
            before = credences.propagate(conclusions, List.of(), List.of(), options);
            after = credences.propagate(conclusions, retracted, assumed, options);
        }
        WhatIfReport report = new WhatIfReport(whatIf, graph, before, after);
        target.write(spec.commandLine().getOut(), out -> report.write(chosen.word(), out));
        return ExitCodes.OK;
    }
}
