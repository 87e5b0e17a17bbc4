package org.premise.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.premise.kb.RdfExport;
import org.premise.rdf.FileFormat;
import org.premise.reason.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise infer}: the asserted and inferred triples, in a standard RDF syntax. */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = {"Apply the rules and write the asserted and inferred triples.",
                "In TriG, N-Quads and JSON-LD each source, the ontology, the inferred triples and the analysis are one named graph each."})
public final class InferCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Mixin OutputTarget target;
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ttl (turtle), nt (ntriples), trig, nq (nquads), jsonld (json-ld) or rdfxml (rdf, xml); "
                    + "default: from the -o file's extension (.ttl, .nt, .trig, .nq, .jsonld, .rdf, .owl, .xml, each optionally "
                    + "followed by .gz), else ttl.")
    String format;

    @Option(names = "--inferred-only", description = "Only the triples the rules derived (not the asserted ones, not the analysis).")
    boolean inferredOnly;

    @Override
    public Integer call() {
        FileFormat fmt = FileFormat.choice(spec.name(), List.of(FileFormat.values())).choose(format, target.output(), FileFormat.TTL);
        Workspace ws = input.open(spec.commandLine().getErr());
        target.write(spec.commandLine().getOut(), out -> RdfExport.write(ws.kb(), fmt, inferredOnly, out));
        return ExitCodes.OK;
    }
}
