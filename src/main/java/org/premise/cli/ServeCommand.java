package org.premise.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.premise.BadInputException;
import org.premise.kb.SourceSpec;
import org.premise.reason.Workspace;
import org.premise.server.DatasetLayout;
import org.premise.server.DerivedGraphs;
import org.premise.server.PremiseServer;
import org.premise.server.ServerOptions;
import org.premise.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise serve}: the knowledge base as a SPARQL endpoint (embedded Fuseki). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the knowledge base over HTTP: SPARQL query at /premise/sparql, Graph Store reads at /premise/data.",
                "The default graph is the union of everything (asserted, inferred, analysis); each source, the ontology, "
                        + "the inferred triples and the analysis are also named graphs.",
                "Safe by default: loopback only, read-only, SERVICE refused, a query timeout and a cap on result rows "
                        + "(responses carry Premise-Result-Cap and, for SELECT, Premise-Result-Truncated).",
                "With --update, writes to the default graph land in the source graph graph:source/updates; writes to "
                        + "graph:inferred, graph:analysis, graph:derivation or graph:ontology are refused (403); the derived "
                        + "graphs are brought up to date within each write's transaction, writing only what changed.",
                "Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--update", description = "Allow SPARQL Update (/premise/update) and Graph Store writes (/premise/data).")
    boolean update;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Stop a query that runs longer, answering 503 (default: ${DEFAULT-VALUE}; 0 for none).")
    int timeoutSeconds;

    @Option(names = "--allow-service", description = "Let SPARQL SERVICE call other endpoints (refused by default with 422).")
    boolean allowService;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Answer at most N rows per query (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--log-requests", description = "Print one line per request on stderr.")
    boolean logRequests;

    @Override
    public Integer call() {
        if (timeoutSeconds < 0) throw new BadInputException("--timeout cannot be negative");
        if (maxRows < 1) throw new BadInputException("--max-rows must be at least 1, not " + maxRows);
        if (port < 0 || port > 65535) throw new BadInputException("--port must be 0-65535, not " + port);
        ServerOptions options = new ServerOptions(bind, port, update, Duration.ofSeconds(timeoutSeconds), allowService,
                maxRows, logRequests);
        SourceSpec sources = input.toSpec();
        DerivedGraphs derivation;
        DatasetGraph base;
        if (sources.store() != null) {
            // A store is served as it is, and --update writes to it: files go in with 'premise load'.
            if (!sources.data().isEmpty()) {
                throw new BadInputException("serve --store serves the store as it is; add files to it with "
                        + "'premise load --store " + sources.store() + " FILE...'");
            }
            derivation = new DerivedGraphs(Workspace.loadRules(sources), Workspace.limits(sources));
            base = Store.openExisting(sources.store());
        } else {
            Workspace ws = Workspace.open(sources);
            derivation = DerivedGraphs.of(ws);
            base = DatasetLayout.inMemory(ws);
        }
        PremiseServer server = PremiseServer.serve(base, derivation, options, logRequests ? System.err : null);
        PrintWriter out = spec.commandLine().getOut();
        server.endpoints().forEach((what, url) -> out.println(what + ": " + url));
        out.println("Serving " + (update ? "read-write" : "read-only") + "; Ctrl-C to stop.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            if (sources.store() != null) Store.release(base);
            out.println("Stopped.");
            out.flush();
            // Ctrl-C and SIGTERM are how a user ends this command: a clean stop, exit status 0.
            Runtime.getRuntime().halt(ExitCodes.OK);
        }, "premise-serve-stop"));
        server.join();
        return ExitCodes.OK;
    }
}
