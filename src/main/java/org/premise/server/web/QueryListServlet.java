package org.premise.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.premise.query.NamedQuery;
import org.premise.query.QueryCatalog;
import org.premise.query.QueryVariable;
import org.premise.rdf.Vocab;

/**
 * {@code /queries.json}: the bundled named queries and checks as the page needs them, all
 * generated from the query headers through {@link QueryCatalog}, with the SPARQL endpoint and
 * Premise's prefixes (so the page can show IRIs as prefixed names).
 */
final class QueryListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final byte[] document = describe(QueryCatalog.bundled()).toString().getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Responses.send(response, HttpServletResponse.SC_OK, "application/json", document);
    }

    static JsonObject describe(QueryCatalog catalog) {
        JsonObject root = new JsonObject();
        root.put("endpoint", WebPage.SPARQL_ENDPOINT);
        JsonObject prefixes = new JsonObject();
        Vocab.PREFIXES.getNsPrefixMap().forEach(prefixes::put);
        root.put("prefixes", prefixes);
        root.put("queries", queries(catalog.list(), false));
        root.put("checks", queries(catalog.checks(), true));
        return root;
    }

    private static JsonArray queries(List<NamedQuery> queries, boolean checks) {
        JsonArray array = new JsonArray();
        for (NamedQuery query : queries) {
            JsonObject q = new JsonObject();
            q.put("name", query.name());
            q.put("title", query.title());
            q.put("description", query.description());
            q.put("check", checks);
            q.put("parameters", variables(query.parameters()));
            q.put("returns", variables(query.returns()));
            q.put("text", query.text());
            array.add(q);
        }
        return array;
    }

    private static JsonArray variables(List<QueryVariable> variables) {
        JsonArray array = new JsonArray();
        for (QueryVariable v : variables) {
            JsonObject o = new JsonObject();
            o.put("name", v.name());
            o.put("description", v.description());
            array.add(o);
        }
        return array;
    }
}
