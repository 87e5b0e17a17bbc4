package org.premise.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.premise.kb.SourceSpec;
import org.premise.reason.Workspace;
import org.premise.server.web.WebPage;

/**
 * The bundled seed served as {@code premise serve} serves it, for out-of-process tests: Fuseki
 * on a free loopback port, the dataset read-only at {@code /premise}, SERVICE off, and
 * Premise's web page registered. Close it to stop the server.
 */
final class ServedSeed implements AutoCloseable {
    static {
        // Fuseki and Jetty log every request at INFO; the tests only need warnings.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }

    private final FusekiServer server;

    private ServedSeed(FusekiServer server) {
        this.server = server;
    }

    static ServedSeed start() {
        Dataset dataset = Workspace.open(SourceSpec.bundled()).kb().dataset();
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true).add("/premise", dataset, false);
        WebPage.register(builder, () -> dataset);
        return new ServedSeed(builder.build().start());
    }

    /** The server's root, e.g. {@code http://localhost:40123/}. */
    String url() {
        return "http://localhost:" + server.getPort() + "/";
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
