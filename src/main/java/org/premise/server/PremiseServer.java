package org.premise.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.ServerSocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.premise.kb.DatasetLayout;
import org.premise.server.web.ServedAnalysis;
import org.premise.server.web.WebPage;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.premise.BadInputException;
import org.premise.kb.SourceSpec;
import org.premise.rdf.RemoteContexts;
import org.premise.reason.DerivationService;

/**
 * An embedded Fuseki serving a Premise dataset at {@value #DATASET}: SPARQL query at
 * {@code /premise/sparql} and {@code /premise/query}, Graph Store reads at
 * {@code /premise/data} and {@code /premise/get}, and, with {@link ServerOptions#update()},
 * SPARQL Update at {@code /premise/update} and Graph Store writes at {@code /premise/data}.
 * <p>
 * Start one on any transactional dataset in the {@link DatasetLayout} (in memory or TDB2):
 * <pre>
 *   PremiseServer server = PremiseServer.serve(base, ServerOptions.defaults().withPort(0));
 *   ... server.sparqlUrl() ...
 *   server.stop();
 * </pre>
 * The safety defaults of {@link ServerOptions#defaults()} are enforced here: the listening
 * address is set on Jetty's connector; read-only servers have no write operation (the
 * update endpoint answers 403, the dataset refuses writes too); the timeout and the SERVICE
 * switch are put in the served dataset's context ({@code ARQ.queryTimeout},
 * {@code ARQ.httpServiceAllowed}), and so is the LOAD switch ({@link LoadGuard}); the row cap is
 * {@link CappedQuery}; the Host, same-origin and token checks are {@link RequestGuard}, in front of
 * every endpoint; remote JSON-LD contexts are {@link RemoteContexts}.
 */
public final class PremiseServer {
    /** The dataset's path on the server. */
    public static final String DATASET = "/premise";

    private final FusekiServer fuseki;
    private final LiveDataset dataset;
    private final ServerOptions options;

    private PremiseServer(FusekiServer fuseki, LiveDataset dataset, ServerOptions options) {
        this.fuseki = fuseki;
        this.dataset = dataset;
        this.options = options;
    }

    /** Serves {@code base}, recomputing derived graphs after writes with the bundled rules and default limits. */
    public static PremiseServer serve(DatasetGraph base, ServerOptions options) {
        return serve(base, new DerivedGraphs(DerivationService.of(SourceSpec.bundled())), options, null);
    }

    /**
     * Serves {@code base} and starts listening.
     *
     * @param derivation how writes recompute the derived graphs (the rules and limits the data was loaded with)
     * @param requestLog where to write one line per request, or null for none
     */
    public static PremiseServer serve(DatasetGraph base, DerivedGraphs derivation, ServerOptions options, PrintStream requestLog) {
        checkAccess(options);
        RemoteContexts.install();
        RemoteContexts.allow(options.allowRemoteContext());
        LiveDataset live = new LiveDataset(base, derivation, options.update());
        limit(live.getContext(), options);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .verbose(false)
                // GET /$/ping for health checks, as Fuseki answers it; no other admin path exists.
                .enablePing(true)
                .add(DATASET, dataService(live, options));
        // Premise's own pages at / (read-only GETs: the named queries, what-ifs, statements, the argument map).
        WebPage.register(builder, () -> DatasetFactory.wrap(live), new ServedAnalysis(new ServedWorkspace(live, derivation)),
                options.timeout());
        // The log first, so that it also shows what the guard refuses.
        if (requestLog != null) builder.addFilter("/*", new RequestLog(requestLog));
        builder.addFilter("/*", RequestGuard.of(options));
        FusekiServer fuseki = builder.build();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector connector) connector.setHost(options.bindAddress());
        }
        try {
            fuseki.start();
        } catch (FusekiException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException || cause instanceof UnresolvedAddressException
                        || String.valueOf(cause.getMessage()).startsWith("Failed to bind")) {
                    throw new BadInputException("cannot listen on " + options.bindAddress() + ":" + options.port() + ": "
                            + (cause.getMessage() == null ? "address not available" : cause.getMessage())
                            + (options.port() != 0 ? " (is another server using the port? --port 0 picks a free one)" : ""));
                }
            }
            throw e;
        }
        return new PremiseServer(fuseki, live, options);
    }

    /**
     * Refuses options that would take unauthenticated writes from the network: {@code --update}
     * on an address other machines reach, without a token.
     */
    public static void checkAccess(ServerOptions options) {
        if (options.update() && options.access().token() == null && !RequestGuard.isLoopback(options.bindAddress())) {
            throw new BadInputException("refusing to serve writes on " + options.bindAddress() + " without credentials: "
                    + "anyone who reaches it could change the knowledge base; add --token-file FILE (see 'Security' in "
                    + "the README), or bind 127.0.0.1");
        }
    }

    private static void limit(Context context, ServerOptions options) {
        long ms = options.timeout().toMillis();
        if (ms > 0) {
            context.set(ARQ.queryTimeout, Long.toString(ms));
            context.set(ARQ.updateTimeout, Long.toString(ms));
        }
        context.set(ARQ.httpServiceAllowed, options.allowService());
        LoadGuard.apply(context, options.allowLoad());
    }

    private static DataService dataService(LiveDataset live, ServerOptions options) {
        ActionProcessor query = new CappedQuery(options.maxRows());
        ActionProcessor graphStore = options.update() ? WriteGuard.graphStore(GraphStore.readWrite(live, options.maxRows()), live)
                : WriteGuard.readOnlyGraphStore(GraphStore.read(live, options.maxRows()));
        ActionProcessor update = options.update() ? WriteGuard.update(new SPARQL_Update(), live) : WriteGuard.readOnly();
        Operation graphStoreOp = options.update() ? Operation.GSP_RW : Operation.GSP_R;
        DataService.Builder service = DataService.newBuilder(live)
                .addEndpoint(endpoint(Operation.Query, "", query))
                .addEndpoint(endpoint(Operation.Query, "sparql", query))
                .addEndpoint(endpoint(Operation.Query, "query", query))
                .addEndpoint(endpoint(graphStoreOp, "", graphStore))
                .addEndpoint(endpoint(graphStoreOp, "data", graphStore))
                .addEndpoint(endpoint(Operation.GSP_R, "get", GraphStore.read(live, options.maxRows())))
                .addEndpoint(endpoint(Operation.Update, "update", update));
        if (options.update()) service.addEndpoint(endpoint(Operation.Update, "", update));
        return service.build();
    }

    private static Endpoint endpoint(Operation operation, String name, ActionProcessor processor) {
        return Endpoint.create().operation(operation).endpointName(name).processor(processor).build();
    }

    /** The port the server listens on (the one picked when the options asked for 0). */
    public int port() { return fuseki.getHttpPort(); }

    /** The address the server's socket is bound to. */
    public InetSocketAddress boundAddress() {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector connector && connector.getTransport() instanceof ServerSocketChannel channel) {
                try {
                    return (InetSocketAddress) channel.getLocalAddress();
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read the server's address", e);
                }
            }
        }
        throw new IllegalStateException("the server has no network connector");
    }

    /** The dataset's URL, e.g. {@code http://127.0.0.1:3030/premise}. */
    public String datasetUrl() {
        String host = options.bindAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return "http://" + host + ":" + port() + DATASET;
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() { return datasetUrl() + "/sparql"; }

    /** The endpoints this server offers, by what they do, for printing. */
    public Map<String, String> endpoints() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        String root = datasetUrl().substring(0, datasetUrl().length() - DATASET.length());
        endpoints.put("Web page", root + "/");
        endpoints.put("SPARQL page", root + WebPage.SPARQL_PAGE);
        endpoints.put("SPARQL query", datasetUrl() + "/sparql");
        endpoints.put("Graph Store (read" + (options.update() ? "/write" : "") + ")", datasetUrl() + "/data");
        if (options.update()) endpoints.put("SPARQL update", datasetUrl() + "/update");
        return endpoints;
    }

    /** The dataset as served (default graph = union). */
    public LiveDataset dataset() { return dataset; }

    public ServerOptions options() { return options; }

    /** Waits until the server stops. */
    public void join() { fuseki.join(); }

    /** Stops listening and waits for requests in progress. */
    public void stop() { fuseki.stop(); }
}
