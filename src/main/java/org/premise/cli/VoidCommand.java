package org.premise.cli;

import java.util.concurrent.Callable;

import org.premise.kb.RdfExport;
import org.premise.links.VoidDescription;
import org.premise.reason.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise void}: a VoID description of the loaded knowledge base and its link sets. */
@Command(name = "void", mixinStandardHelpOptions = true,
        description = {"Describe the loaded knowledge base in VoID: the dataset and one subset per named graph "
                + "(triples, distinct subjects and objects, properties, classes), and one void:Linkset per link set "
                + "(link predicates, link triples, the target dataset and its URI space).",
                "Every figure is computed from the loaded data."})
public final class VoidCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Mixin OutputTarget target;
    @Spec CommandSpec spec;

    @Option(names = "--format", defaultValue = "ttl", paramLabel = "FORMAT",
            description = "ttl, nt or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        RdfExport.Format fmt = RdfExport.Format.parse(format);
        Workspace ws = input.open(spec.commandLine().getErr());
        var description = VoidDescription.describe(ws.kb());
        target.write(spec.commandLine().getOut(), out -> RdfExport.writeGraph(description, fmt, out));
        return ExitCodes.OK;
    }
}
