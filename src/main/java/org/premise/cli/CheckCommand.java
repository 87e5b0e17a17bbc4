package org.premise.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.premise.reason.Checks;
import org.premise.reason.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise check}: SHACL shapes and consistency checks; exit 3 when anything is violated. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate the knowledge base: SHACL shapes (ontology/shapes.ttl) and the checks in queries/checks/.",
                "Prints one line per violation (focus node: message [shape or check]) and exits with 3 if there is any."})
public final class CheckCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Workspace ws = input.open(spec.commandLine().getErr());
        List<Checks.Violation> violations = Checks.run(ws);
        PrintWriter out = spec.commandLine().getOut();
        for (Checks.Violation v : violations) {
            out.println(v.focus() + ": " + v.message() + " [" + v.check() + "]");
        }
        if (violations.isEmpty()) out.println("ok: no violations");
        out.flush();
        return violations.isEmpty() ? ExitCodes.OK : ExitCodes.VIOLATIONS;
    }
}
