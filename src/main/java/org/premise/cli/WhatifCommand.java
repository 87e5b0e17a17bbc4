package org.premise.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.premise.BadInputException;
import org.premise.reason.Workspace;
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
                + "and which open questions matter more or less. The stored data never changes.",
                "Example: premise whatif --retract models-capable --format json"})
public final class WhatifCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Mixin OutputTarget target;
    @Spec CommandSpec spec;

    @Option(names = "--retract", paramLabel = "KEY", arity = "1..*",
            description = "Suppose these statements fail (key, prefixed name or IRI).")
    List<String> retract = new ArrayList<>();

    @Option(names = "--assume", paramLabel = "KEY", arity = "1..*",
            description = "Suppose these statements hold without support.")
    List<String> assume = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or ttl (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (!List.of("text", "json", "ttl").contains(format)) {
            throw new BadInputException("unknown format \"" + format + "\"; expected text, json or ttl");
        }
        if (retract.isEmpty() && assume.isEmpty()) {
            throw new BadInputException("nothing to compare: give --retract KEY or --assume KEY");
        }
        Workspace ws = input.open(spec.commandLine().getErr());
        WhatIfReport report = WhatIfReport.of(ws, retract, assume);
        target.write(spec.commandLine().getOut(), out -> report.write(format, out));
        return ExitCodes.OK;
    }
}
