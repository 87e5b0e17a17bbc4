package org.premise.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's SPARQL query operation with a cap on result size. A query without a LIMIT, or
 * with a larger one, runs with {@code LIMIT cap} (for CONSTRUCT and DESCRIBE the limit is on
 * the WHERE solutions, not on triples). Every response carries
 * {@value #CAP_HEADER}{@code : N}; a SELECT response also carries
 * {@value #TRUNCATED_HEADER}{@code : true|false}, true when rows were left out. To know
 * that before the first byte is sent, a capped SELECT reads its rows (at most cap + 1)
 * before answering; this also makes a timeout during evaluation an HTTP 503, not a cut
 * stream. A GET without a {@code query} parameter gets the {@link ServiceDescription}.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    /** Response header: the row cap in force. */
    static final String CAP_HEADER = "Premise-Result-Cap";
    /** Response header on SELECT: whether rows beyond the cap were left out. */
    static final String TRUNCATED_HEADER = "Premise-Result-Truncated";

    private final int cap;

    CappedQuery(int cap) {
        this.cap = cap;
    }

    /** A GET without a query is answered with the endpoint's {@link ServiceDescription}, not Fuseki's 404. */
    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestParameter(HttpNames.paramQuery) == null) {
            try {
                ServiceDescription.answer(action);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        super.execGet(action);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight() == null ? query : chosen.getRight();
        action.setResponseHeader(CAP_HEADER, Integer.toString(cap));
        if (q.isAskType() || q.isJsonType()) return chosen;
        if (q.hasLimit() && q.getLimit() <= cap) return chosen;
        Query capped = q.cloneQuery();
        // One row more than the cap tells a truncated SELECT from one that fits exactly.
        capped.setLimit(q.isSelectType() ? cap + 1L : cap);
        return Pair.create(chosen.getLeft(), capped);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        if (!requestQuery.isSelectType()) return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        RowSet rows = queryExec.select();
        List<Binding> kept = new ArrayList<>();
        boolean truncated = false;
        while (rows.hasNext()) {
            Binding row = rows.next();
            if (kept.size() == cap) {
                truncated = true;
                break;
            }
            kept.add(row);
        }
        action.setResponseHeader(TRUNCATED_HEADER, Boolean.toString(truncated));
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }
}
