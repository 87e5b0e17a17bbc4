package org.premise.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.system.Txn;
import org.premise.BadInputException;
import org.premise.query.NamedQuery;
import org.premise.query.QueryCatalog;
import org.premise.query.QueryRunner;
import org.premise.query.ResultFormat;

/**
 * {@code GET /queries/NAME?param=value...}: runs one bundled named query (or check) with its
 * parameters bound by {@link QueryRunner} (substitution in the parsed query, never text), and
 * answers SPARQL 1.1 JSON results, or the format the {@code Accept} header names (CSV, TSV,
 * XML results; Turtle, N-Triples or JSON-LD for a CONSTRUCT or DESCRIBE, which default to
 * Turtle), for the SPARQL page's downloads. A statement may be given by key, as on the command
 * line. Empty parameter values are left unbound. Errors: 404 for an unknown query, 400 with
 * the one-line message for a bad parameter or a format the query's form cannot have, 503 when
 * the query times out.
 */
final class NamedQueryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Dataset> dataset;
    private final Duration timeout;
    private final transient QueryCatalog catalog = QueryCatalog.bundled();

    NamedQueryServlet(Supplier<Dataset> dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Optional<NamedQuery> query = catalog.find(name);
        if (query.isEmpty()) {
            Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "no named query \"" + name + "\"; see /queries.json");
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            String[] values = p.getValue();
            if (values.length > 1) {
                Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, "parameter \"" + p.getKey() + "\" is given twice");
                return;
            }
            if (!values[0].isBlank()) parameters.put(p.getKey(), values[0]);
        }
        Dataset served = dataset.get();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ResultFormat format = format(request.getHeader("Accept"), query.get());
        try {
            // One read transaction for reading the keys and running the query (TDB2 needs one).
            if (served.supportsTransactions() && !served.isInTransaction()) {
                Txn.executeRead(served, () -> run(served, query.get(), parameters, format, body));
            } else {
                run(served, query.get(), parameters, format, body);
            }
        } catch (BadInputException e) {
            boolean timedOut = e.getCause() instanceof QueryCancelledException;
            Responses.error(response, timedOut ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_BAD_REQUEST,
                    e.toUserMessage());
            return;
        }
        Responses.send(response, HttpServletResponse.SC_OK, CONTENT_TYPES.get(format), body.toByteArray());
    }

    private static final Map<ResultFormat, String> CONTENT_TYPES = Map.of(ResultFormat.JSON, "application/sparql-results+json",
            ResultFormat.CSV, "text/csv", ResultFormat.TSV, "text/tab-separated-values", ResultFormat.XML,
            "application/sparql-results+xml", ResultFormat.TTL, "text/turtle", ResultFormat.NT, "application/n-triples",
            ResultFormat.JSONLD, "application/ld+json");

    /** The format the client accepts first among those the query's form can have (JSON results or Turtle by default). */
    static ResultFormat format(String accept, NamedQuery query) {
        Query parsed = QueryRunner.parse(query);
        boolean graph = parsed.isConstructType() || parsed.isDescribeType();
        if (accept != null) {
            for (String range : accept.split(",")) {
                String type = range.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
                for (Map.Entry<ResultFormat, String> e : CONTENT_TYPES.entrySet()) {
                    boolean graphFormat = e.getKey() == ResultFormat.TTL || e.getKey() == ResultFormat.NT || e.getKey() == ResultFormat.JSONLD;
                    if (e.getValue().equals(type) && graphFormat == graph) return e.getKey();
                }
            }
        }
        return graph ? ResultFormat.TTL : ResultFormat.JSON;
    }

    private void run(Dataset served, NamedQuery query, Map<String, String> parameters, ResultFormat format, ByteArrayOutputStream body) {
        // As the command line: a statement key names its statement, else SPARQL's own term syntax.
        QueryRunner.withStatementKeys(served, served.getDefaultModel().getGraph()).timeout(timeout)
                .run(query, parameters, format, body);
    }
}
