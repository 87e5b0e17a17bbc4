package org.premise.server.web;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * Premise's own web pages for a served knowledge base, instead of Fuseki's UI (which needs the
 * admin modules and their unauthenticated admin API). It adds read-only, GET-only servlets to
 * a Fuseki server:
 * <ul>
 *   <li>{@code /} the page itself ({@code premise/web/index.html} on the classpath), which runs
 *       queries against the SPARQL endpoint {@value #SPARQL_ENDPOINT};</li>
 *   <li>{@code /queries.json} the named queries, from their headers ({@link QueryListServlet});</li>
 *   <li>{@code /queries/NAME?param=value} one named query, its parameters bound as RDF terms by
 *       Premise's query runner, never pasted into the text ({@link NamedQueryServlet});</li>
 *   <li>{@value #WHATIF} a what-if, as {@code premise whatif --format json} ({@link WhatIfServlet});</li>
 *   <li>{@value #CREDENCE} how likely each conclusion is, as {@code premise credence --format json}
 *       ({@link CredenceServlet});</li>
 *   <li>{@value #STATEMENT} one statement's analysis ({@link StatementServlet});</li>
 *   <li>{@value #MAP} the argument map, as {@code premise draw --format json} ({@link MapServlet}).</li>
 * </ul>
 * Nothing here writes to the dataset or administers the server.
 */
public final class WebPage {
    /** Where the page sends the query text: the served dataset's query endpoint. */
    public static final String SPARQL_ENDPOINT = "/premise/sparql";

    /** The SPARQL page (a browser opening the SPARQL endpoint's URL is sent here). */
    public static final String SPARQL_PAGE = "/sparql.html";

    /** The what-if endpoint: {@code ?retract=KEY&assume=KEY}, JSON as {@code premise whatif --format json}. */
    public static final String WHATIF = "/premise/whatif";

    /** The credence endpoint: {@code ?credence=KEY=P&key=KEY}, JSON as {@code premise credence --format json}. */
    public static final String CREDENCE = "/premise/credence";

    /** One statement's analysis, for the explorer's side panel: {@code ?key=KEY}. */
    public static final String STATEMENT = "/premise/statement";

    /** The argument map the explorer draws: {@code ?document=DOC&focus=KEY&depth=N&retract=KEY...}. */
    public static final String MAP = "/premise/map";

    /** How long a named query may run when the caller does not say (as {@code premise query}). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private WebPage() {}

    /**
     * Adds the pages and their servlets to a server being built.
     *
     * @param dataset the served dataset, asked for at each request (so a server that swaps
     *                datasets serves the current one)
     * @param analysis the served knowledge base's workspace, for the what-if, statement and map endpoints
     * @param timeout how long a named query may run
     * @return the same builder
     */
    public static FusekiServer.Builder register(FusekiServer.Builder builder, Supplier<Dataset> dataset, ServedAnalysis analysis,
            Duration timeout) {
        Objects.requireNonNull(dataset);
        Objects.requireNonNull(analysis);
        Objects.requireNonNull(timeout);
        // "" is the servlet spec's exact match for the context root; "/" is Fuseki's own 404 backstop.
        MapServlet map = new MapServlet(analysis);
        // The explorer's page asks for its map next: start laying it out while the page and its scripts load.
        builder.addServlet("", ResourceServlet.file("index.html", map::warmUpInBackground));
        builder.addServlet(SPARQL_PAGE, ResourceServlet.file("sparql.html"));
        builder.addServlet("/assets/*", ResourceServlet.folder("assets"));
        builder.addServlet("/vendor/*", ResourceServlet.folder("vendor"));
        builder.addServlet("/queries.json", new QueryListServlet());
        builder.addServlet("/queries/*", new NamedQueryServlet(dataset, timeout));
        builder.addServlet(WHATIF, new WhatIfServlet(analysis));
        builder.addServlet(CREDENCE, new CredenceServlet(analysis));
        builder.addServlet(STATEMENT, new StatementServlet(analysis));
        builder.addServlet(MAP, map);
        return builder;
    }
}
