package org.premise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.premise.app.StoreLoader;
import org.premise.kb.SourceSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise load --store DIR FILE...}: adds sources to a store, all of them or none. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load sources into a store (a TDB2 folder given by --store), all of them or none.",
                "Every file is parsed and checked first; then one transaction adds them, rewrites the ontology and "
                + "recomputes the inferred and analysis graphs. An error, or a killed process, leaves the store as it was. "
                + "The folder is created if absent.",
                "The first load into an empty store also loads the bundled knowledge base, unless --no-bundled. "
                        + "A file whose name is already a source of the store is refused, unless --replace.",
                "Writes its sources through Jena's TDB2 sequential bulk loader; on a terminal, progress bars show how far "
                        + "reading, deriving and writing have got. At the end one line on stderr says what was added and how long it took.",
                "Example: premise load --store kb.tdb my-digest.txt notes.ttl"})
public final class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", required = true,
            description = "The store holding the knowledge base, to load into: a TDB2 folder, created if absent or empty.")
    Path store;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "A source, as --data takes elsewhere: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML, an AIF map (.json), "
                    + "or a digest .txt (with its .keys file beside it, if any).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--replace", description = "Replace a source already in the store that has the same file name.")
    boolean replace;

    @Option(names = "--no-bundled", description = "Start without the bundled knowledge base: a new or empty store is not "
            + "given it (the ontology stays).")
    boolean noBundled;

    @Mixin DerivationOptions derivation;

    @Mixin VerboseOption verbose;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        SourceSpec request = derivation.spec(!noBundled, files, store);
        StoreLoader.Summary summary = StoreLoader.load(request, replace, console.notes(), null, console.progress());
        console.summary(summary.describe());
        return ExitCodes.OK;
    }
}
