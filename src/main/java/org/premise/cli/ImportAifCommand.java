package org.premise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.premise.BadInputException;
import org.premise.aif.AifImport;
import org.premise.app.StoreLoader;
import org.premise.kb.SourceSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code premise import-aif FILE.json...}: AIF argument maps as Premise RDF, or into a store. */
@Command(name = "import-aif", mixinStandardHelpOptions = true,
        description = {"Import AIF argument maps (AIFdb JSON) into Premise's ontology: I nodes become statements, RA nodes "
                + "arguments (premises and conclusion, scheme kept), CA nodes undercuts (rebuts when two CA nodes run in "
                + "opposite directions), MA rephrases, PA preferences; every node and edge, dialogue nodes (L, YA, TA) "
                + "included, is kept with its AIF id so that export-aif restores the map.",
                "Each map is its own named graph, graph:source/<file name>. Every file is read and checked before "
                + "anything is written: one bad file and nothing is written.",
                "Every command also reads AIF directly: premise report --no-bundled --data nodeset59.json",
                "At the end one line on stderr says what was imported and how long it took (none with --quiet).",
                "Example: premise import-aif nodeset59.json nodeset66.json -o maps.trig"})
public final class ImportAifCommand implements Callable<Integer> {
    @Mixin OutputTarget target;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "An AIF JSON file (an object with nodes and edges), gzipped or not; '-' is standard input.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "trig, ttl (turtle), nq (nquads) or jsonld (json-ld); default: from the -o file's extension, "
                    + "else trig. ttl merges the maps into one graph. Not with --store.")
    String format;

    @Option(names = "--store", paramLabel = "DIR",
            description = "The store holding the knowledge base, to load the maps into (a TDB2 folder, as 'premise load' "
                    + "does), all of them or none, instead of writing RDF.")
    Path store;

    @Option(names = "--no-bundled", description = "With --store: start without the bundled knowledge base (a new or empty "
            + "store is not given it).")
    boolean noBundled;

    @Mixin DerivationOptions derivation;

    @Mixin VerboseOption verbose;

    @Override
    public Integer call() {
        RDFFormat rdfFormat = org.premise.rdf.FileFormat.choice(spec.name(), List.of(org.premise.rdf.FileFormat.TRIG,
                org.premise.rdf.FileFormat.TTL, org.premise.rdf.FileFormat.NQ, org.premise.rdf.FileFormat.JSONLD))
                .choose(format, target.output(), org.premise.rdf.FileFormat.TRIG).rdfFormat();
        // Read and check every map first, so a bad one stops the import before anything is written.
        Console console = Console.of(spec);
        OptionsInEffect.onlyWhen(spec, store != null, "with --store", OptionsInEffect.derivationAnd("--no-bundled"));
        OptionsInEffect.onlyWhen(spec, store == null, "without --store", "--format");
        org.premise.rdf.StandardInput.expect("aif", true);
        if (store != null && files.stream().anyMatch(org.premise.rdf.StandardInput::is)) {
            // The maps are read twice with --store (checked as AIF, then loaded): a file can be, standard input cannot.
            throw new BadInputException("import-aif --store reads each map twice and standard input ('-') only once: "
                    + "save it to a file first, or import it with -o and load that");
        }
        Map<Node, Graph> graphs = AifImport.read(files, console.progress());
        if (store != null) {
            if (target.output().isPresent()) throw new BadInputException("give either --store or -o, not both");
            SourceSpec request = derivation.spec(!noBundled, files, store);
            StoreLoader.Summary summary = StoreLoader.load(request, false, console.notes(), null, console.progress());
            console.summary(summary.describe());
            return ExitCodes.OK;
        }
        target.write(spec.commandLine().getOut(), out -> AifImport.write(graphs, rdfFormat, out));
        console.summary(Summaries.imported(graphs));
        return ExitCodes.OK;
    }
}
