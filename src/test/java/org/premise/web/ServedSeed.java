package org.premise.web;

import java.nio.file.Path;
import java.util.List;

import org.premise.app.Workspaces;
import org.premise.kb.SourceSpec;
import org.premise.reason.DerivationService;
import org.premise.reason.Workspace;
import org.premise.server.DerivedGraphs;
import org.premise.server.PremiseServer;
import org.premise.server.ServerOptions;

/**
 * The bundled seed served as {@code premise serve} serves it, for out-of-process tests: a
 * {@link PremiseServer} with its defaults (loopback, read-only, SERVICE off, the request guard
 * in front of everything) on a free port, optionally with more files as with {@code --data}.
 * Close it to stop the server.
 */
final class ServedSeed implements AutoCloseable {
    static {
        // Fuseki and Jetty log every request at INFO; the tests only need warnings.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }

    private final PremiseServer server;

    private ServedSeed(PremiseServer server) {
        this.server = server;
    }

    /** The bundled knowledge base and {@code data} files on top of it, as {@code premise serve --data FILE...}. */
    static ServedSeed start(Path... data) {
        return serve(new SourceSpec(true, List.of(data), true, List.of(), SourceSpec.DEFAULT_SET_CAP));
    }

    /** The sources of {@code spec}, served as {@code premise serve} serves them. */
    static ServedSeed serve(SourceSpec spec) {
        Workspace ws = Workspaces.inMemory(spec);
        return new ServedSeed(PremiseServer.serve(DerivationService.inMemory(ws), DerivedGraphs.of(ws),
                ServerOptions.defaults().withPort(0), null));
    }

    /** The server's root, e.g. {@code http://127.0.0.1:40123/}. */
    String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    /** The dataset's SPARQL query endpoint. */
    String sparqlEndpoint() {
        return url() + "premise/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
