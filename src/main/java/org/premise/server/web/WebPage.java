package org.premise.server.web;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * Premise's own web page for a served knowledge base, instead of Fuseki's UI (which needs the
 * admin modules and their unauthenticated admin API). It adds three read-only, GET-only
 * servlets to a Fuseki server:
 * <ul>
 *   <li>{@code /} the page itself ({@code premise/web/index.html} on the classpath), which runs
 *       queries against the SPARQL endpoint {@value #SPARQL_ENDPOINT};</li>
 *   <li>{@code /queries.json} the named queries, from their headers ({@link QueryListServlet});</li>
 *   <li>{@code /queries/NAME?param=value} one named query, its parameters bound as RDF terms by
 *       Premise's query runner, never pasted into the text ({@link NamedQueryServlet}).</li>
 * </ul>
 * Nothing here writes to the dataset or administers the server.
 */
public final class WebPage {
    /** Where the page sends the query text: the served dataset's query endpoint. */
    public static final String SPARQL_ENDPOINT = "/premise/sparql";

    /** How long a named query may run when the caller does not say (as {@code premise query}). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private WebPage() {}

    /**
     * Adds the page and its servlets to a server being built, with the default timeout.
     *
     * @param dataset the served dataset, asked for at each request (so a server that swaps
     *                datasets serves the current one)
     * @return the same builder
     */
    public static FusekiServer.Builder register(FusekiServer.Builder builder, Supplier<Dataset> dataset) {
        return register(builder, dataset, DEFAULT_TIMEOUT);
    }

    /** As {@link #register(FusekiServer.Builder, Supplier)}, stopping named queries after {@code timeout}. */
    public static FusekiServer.Builder register(FusekiServer.Builder builder, Supplier<Dataset> dataset, Duration timeout) {
        Objects.requireNonNull(dataset);
        Objects.requireNonNull(timeout);
        // "" is the servlet spec's exact match for the context root; "/" is Fuseki's own 404 backstop.
        builder.addServlet("", new PageServlet());
        builder.addServlet("/queries.json", new QueryListServlet());
        builder.addServlet("/queries/*", new NamedQueryServlet(dataset, timeout));
        return builder;
    }
}
