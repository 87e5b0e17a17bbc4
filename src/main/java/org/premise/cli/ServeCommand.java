package org.premise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.premise.BadInputException;
import org.premise.app.Serving;
import org.premise.rdf.RemoteContexts;
import org.premise.server.AccessToken;
import org.premise.server.ServerOptions;

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
                "Safe by default: loopback only, read-only, SERVICE and LOAD refused, a query timeout and a cap on result rows "
                        + "(responses carry Premise-Result-Cap and, for SELECT and Graph Store reads, Premise-Result-Truncated).",
                "Every request naming another host (421) and every POST, PUT, DELETE or PATCH from another site's page "
                        + "(403) is refused. --update on a non-loopback --bind needs --token-file.",
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
            description = "Answer at most N rows per query, and at most N triples (quads for the whole dataset) per Graph "
                    + "Store read (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--log-requests", description = "Print one line per request on stderr.")
    boolean logRequests;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Require the token on this file's first line (at least 16 characters) on every write, and on "
                    + "every request when --bind is not loopback: 'Authorization: Bearer TOKEN', or TOKEN as the "
                    + "password of HTTP Basic authentication. Needed for --update on a non-loopback --bind.")
    Path tokenFile;

    @Option(names = "--host-name", paramLabel = "NAME",
            description = "Also answer to this name in the Host header (e.g. behind a proxy). By default a loopback "
                    + "server answers only to localhost, 127.0.0.1 and [::1] (421 otherwise: DNS rebinding). Repeatable.")
    List<String> hostNames = new ArrayList<>();

    @Option(names = "--allow-load", description = "Let SPARQL Update LOAD read the files and fetch the URLs it names "
            + "(refused by default with 403).")
    boolean allowLoad;

    @Option(names = "--max-query-bytes", paramLabel = "N", defaultValue = "1048576",
            description = "Refuse (413) a SPARQL query or update longer than N bytes (default: ${DEFAULT-VALUE}).")
    long maxQueryBytes;

    @Option(names = "--max-upload-bytes", paramLabel = "N", defaultValue = "268435456",
            description = "Refuse (413) a Graph Store upload larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxUploadBytes;

    @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "16",
            description = "Answer at most N requests at once; others wait up to 2 s for a turn, then get 503 "
                    + "with Retry-After (default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Override
    public Integer call() {
        if (timeoutSeconds < 0) throw new BadInputException("--timeout cannot be negative");
        if (maxRows < 1) throw new BadInputException("--max-rows must be at least 1, not " + maxRows);
        if (port < 0 || port > 65535) throw new BadInputException("--port must be 0-65535, not " + port);
        if (maxQueryBytes < 1 || maxUploadBytes < 1) throw new BadInputException("--max-query-bytes and --max-upload-bytes must be positive");
        if (maxConcurrent < 1) throw new BadInputException("--max-concurrent must be at least 1, not " + maxConcurrent);
        ServerOptions.Access access = new ServerOptions.Access(hostNames,
                tokenFile == null ? null : AccessToken.read(tokenFile));
        ServerOptions options = new ServerOptions(bind, port, update, Duration.ofSeconds(timeoutSeconds), allowService,
                maxRows, logRequests, access, allowLoad, RemoteContexts.allowed(),
                new ServerOptions.Load(maxQueryBytes, maxUploadBytes, maxConcurrent, ServerOptions.Load.DEFAULT.queueWait()));
        Serving server = Serving.start(input.toSpec(), options, logRequests ? System.err : null, line -> {
            spec.commandLine().getErr().println("note: " + line);
            spec.commandLine().getErr().flush();
        });
        PrintWriter out = spec.commandLine().getOut();
        server.endpoints().forEach((what, url) -> out.println(what + ": " + url));
        out.println("Serving " + (update ? "read-write" : "read-only")
                + (tokenFile == null ? "" : (server.boundAddress().getAddress().isLoopbackAddress()
                        ? "; writes need the token" : "; every request needs the token"))
                + "; Ctrl-C to stop.");
        out.flush();
        if (tokenFile == null && !server.boundAddress().getAddress().isLoopbackAddress()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("note: every machine that reaches " + bind + ":" + server.port() + " can read the whole knowledge "
                    + "base; --token-file FILE requires a token");
            err.flush();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            out.println("Stopped.");
            out.flush();
            // Ctrl-C and SIGTERM are how a user ends this command: a clean stop, exit status 0.
            Runtime.getRuntime().halt(ExitCodes.OK);
        }, "premise-serve-stop"));
        server.join();
        return ExitCodes.OK;
    }
}
