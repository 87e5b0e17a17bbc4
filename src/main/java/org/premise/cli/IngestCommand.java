package org.premise.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.premise.BadInputException;
import org.premise.app.DigestIngest;
import org.premise.app.StoreLoader;
import org.premise.kb.SourceSpec;
import org.premise.rdf.FileFormat;
import org.premise.rdf.Vocab;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise ingest FILE.txt...}: reads research digests into named graphs with their provenance. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read research digests, many at once: one named graph per document, its statements tagged "
                + "with the concepts they mention (dcterms:subject), and a PROV record of its reading (file name, "
                + "SHA-256, time read).",
                "A statement text already known (from the bundled knowledge base, the store, or another digest of "
                        + "the same run) keeps its IRI, so the same text in two documents is one statement. "
                        + "A malformed document is refused with its file, line and column, and nothing is written.",
                "Without --store, writes only the ingested documents' graphs (TriG by default). With --store, loads "
                        + "them into the store, all or none, as premise load does.",
                "At the end one line on stderr says what was read and how long it took (none with --quiet).",
                "Example: premise ingest a.txt b.txt -o digests.trig"})
public final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin OutputTarget target;

    @Parameters(paramLabel = "FILE.txt", arity = "1..*",
            description = "A digest (with its .keys file beside it, if any), gzipped or not; '-' is standard input.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "trig, nq (nquads) or jsonld (json-ld); default: from the -o file's extension (.trig, .nq, "
                    + ".jsonld, each optionally followed by .gz), else trig; not with --store.")
    String format;

    @Option(names = "--store", paramLabel = "DIR",
            description = "The store holding the knowledge base, to load the documents into (a TDB2 folder, created if "
                    + "absent), as 'premise load' does, instead of writing them.")
    Path store;

    @Option(names = "--replace", description = "With --store: replace a source already in the store that has the same file name.")
    boolean replace;

    @Option(names = "--no-bundled", description = "Start without the bundled knowledge base: statement texts are not "
            + "matched against it, and with --store a new or empty store is not given it.")
    boolean noBundled;

    @Mixin DerivationOptions derivation;

    @Mixin VerboseOption verbose;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        org.premise.rdf.StandardInput.expect("digest", true);
        FileFormat fmt = FileFormat.choice(spec.name(), List.of(FileFormat.TRIG, FileFormat.NQ, FileFormat.JSONLD))
                .choose(format, target.output(), FileFormat.TRIG);
        DigestIngest.checkDigestNames(files);
        Instant readAt = Instant.now();
        OptionsInEffect.onlyWhen(spec, store != null, "with --store", OptionsInEffect.derivationAnd("--replace"));
        OptionsInEffect.onlyWhen(spec, store == null, "without --store", "--format");
        if (store != null) {
            if (target.output().isPresent()) throw new BadInputException("-o and --store do not go together: --store writes to the store");
            SourceSpec request = derivation.spec(!noBundled, files, store);
            StoreLoader.Summary summary = StoreLoader.load(request, replace, console.notes(), readAt, console.progress());
            console.summary(summary.describe());
            return ExitCodes.OK;
        }
        Map<Node, Graph> graphs = DigestIngest.read(files, !noBundled, readAt, console.progress());
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.prefixes().putAll(Vocab.PREFIXES);
        graphs.forEach(dsg::addGraph);
        target.write(spec.commandLine().getOut(), out -> RDFDataMgr.write(out, dsg, fmt.rdfFormat()));
        console.summary(Summaries.ingested(graphs));
        return ExitCodes.OK;
    }
}
