package org.premise.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.premise.BadInputException;
import org.premise.query.NamedQuery;
import org.premise.query.ParameterArguments;
import org.premise.query.QueryCatalog;
import org.premise.query.QueryRunner;
import org.premise.query.ResultFormat;
import org.premise.reason.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise query NAME|FILE.rq}: runs a named query (or a query file) on the knowledge base. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a named query (see 'premise queries') or a SPARQL file on the knowledge base.",
                "Parameters are bound as RDF terms, never pasted into the query text. "
                        + "A statement can be given by key (models-capable), prefixed name or <IRI>.",
                "Example: premise query assumptions-of --param statement=thesis",
                "Inline: premise query -e 'SELECT ?s WHERE { ?s a premise:Statement } LIMIT 3'"})
public final class QueryCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Mixin OutputTarget target;
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE.rq", description = "A query name or a .rq file; '-' reads the query from standard input.")
    String query;

    @Option(names = {"-e", "--query"}, paramLabel = "SPARQL",
            description = "Run this query text instead of a named query or file (any ?variable may be bound with --param).")
    String inline;

    @Option(names = {"-p", "--param"}, paramLabel = "VAR=VALUE", description = "Bind a query parameter. Repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (text), csv, tsv, json (srj) or xml (srx) for SELECT and ASK; ttl (turtle), nt (ntriples), "
                    + "jsonld (json-ld) or rdfxml (rdf, xml) for CONSTRUCT and DESCRIBE. Default: from the -o file's extension "
                    + "(.txt for table, .csv, .tsv, .json or .srj, .xml or .srx; .ttl, .nt, .jsonld, .rdf or .owl for rdfxml; "
                    + "a final .gz is ignored), else table or ttl. "
                    + "xml, as a name or an extension, means SPARQL XML results for SELECT and ASK, RDF/XML for CONSTRUCT "
                    + "and DESCRIBE.")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop a query that runs longer (default: ${DEFAULT-VALUE} s; 0 for none).")
    int timeoutSeconds;

    @Option(names = "--allow-service",
            description = "Let this query call other SPARQL endpoints with SERVICE (refused otherwise).")
    boolean allowService;

    /** The query text piped in ({@code premise query - < q.rq}), named {@code <stdin>} in messages. */
    private static NamedQuery fromStandardInput() {
        try (org.premise.rdf.InputFile in = org.premise.rdf.InputFile.open(java.nio.file.Path.of("-"))) {
            String text = org.premise.Utf8Text.decode(in.name(), in.readAllBytes());
            return NamedQuery.userQuery("stdin.rq", in.name(), text);
        }
    }

    @Override
    public Integer call() {
        if ((query == null) == (inline == null)) {
            throw new BadInputException("give a query name or .rq file, or the query text with --query (-e), not "
                    + (query == null ? "neither" : "both"));
        }
        NamedQuery named = inline != null ? NamedQuery.userQuery("query", "--query", inline)
                : org.premise.rdf.StandardInput.is(java.nio.file.Path.of(query)) ? fromStandardInput()
                : QueryCatalog.bundled().resolve(query);
        // The format is chosen among those that fit the query's form, so the query is read first.
        org.apache.jena.query.Query parsed = QueryRunner.parse(named);
        ResultFormat chosen = ResultFormat.choice(parsed).choose(format, target.output(), ResultFormat.defaultFor(parsed));
        var parameters = ParameterArguments.parse(params);
        Workspace ws = input.open(spec.commandLine().getErr());
        var runner = QuerySupport.runner(ws, timeoutSeconds, allowService);
        target.write(spec.commandLine().getOut(), out -> runner.run(named, parameters, chosen, out));
        return ExitCodes.OK;
    }
}
