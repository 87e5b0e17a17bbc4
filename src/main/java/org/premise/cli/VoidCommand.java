package org.premise.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.premise.kb.RdfExport;
import org.premise.links.VoidDescription;
import org.premise.rdf.FileFormat;
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

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ttl (turtle), nt (ntriples), trig, nq (nquads), jsonld (json-ld) or rdfxml (rdf, xml); "
                    + "default: from the -o file's extension, else ttl.")
    String format;

    @Override
    public Integer call() {
        FileFormat fmt = FileFormat.choice(spec.name(), List.of(FileFormat.values())).choose(format, target.output(), FileFormat.TTL);
        Workspace ws = input.open(spec.commandLine().getErr());
        var description = VoidDescription.describe(ws.kb());
        target.write(spec.commandLine().getOut(), out -> RdfExport.writeGraph(description, fmt, out));
        return ExitCodes.OK;
    }
}
