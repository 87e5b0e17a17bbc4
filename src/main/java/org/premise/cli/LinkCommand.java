package org.premise.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.premise.app.KnowledgeBaseLoader;
import org.premise.kb.RdfExport;
import org.premise.links.Enrichment;
import org.premise.rdf.FileFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise link --endpoint URL}: what a Wikidata-shaped endpoint says about the linked items. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Enrich the concepts linked to Wikidata from a remote SPARQL endpoint: fetch, through one SERVICE "
                + "query, the linked items' English labels (rdfs:label, schema:name), descriptions (schema:description) "
                + "and classes (wdt:P31), and write them as RDF.",
                "The only command that calls another endpoint without being asked per query; nothing is sent unless "
                        + "you name the endpoint.",
                "Example: premise link --endpoint https://query.wikidata.org/sparql -o enrichment.ttl"})
public final class LinkCommand implements Callable<Integer> {
    @Mixin SourceOptions input;
    @Mixin OutputTarget target;
    @Spec CommandSpec spec;

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "The SPARQL endpoint to ask (Wikidata's, or one serving data in Wikidata's shape).")
    String endpoint;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ttl (turtle), nt (ntriples), trig, nq (nquads), jsonld (json-ld) or rdfxml (rdf, xml); "
                    + "default: from the -o file's extension, else ttl.")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on the endpoint after this long (default: ${DEFAULT-VALUE} s; 0 for no limit).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        FileFormat fmt = FileFormat.choice(spec.name(), List.of(FileFormat.values())).choose(format, target.output(), FileFormat.TTL);
        var enrichment = Enrichment.fetch(KnowledgeBaseLoader.load(input.toSpec()), endpoint, Duration.ofSeconds(timeoutSeconds));
        target.write(spec.commandLine().getOut(), out -> RdfExport.writeGraph(enrichment, fmt, out));
        return ExitCodes.OK;
    }
}
