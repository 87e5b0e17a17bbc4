package org.premise.server;

import java.util.Locale;
import java.util.Set;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.web.HttpSC;
import org.premise.kb.DatasetLayout;
import org.premise.rdf.RemoteContexts;

/**
 * Wraps a Fuseki write operation (SPARQL Update, Graph Store Protocol) so that a refused
 * write answers HTTP 403 with the reason in the body. Fuseki itself maps the dataset's
 * refusal to a bare 403, and a Graph Store DELETE would even swallow it and answer 204, so
 * Graph Store writes aimed at a protected graph are refused before they start.
 */
final class WriteGuard implements ActionProcessor {
    private static final Set<String> WRITE_METHODS = Set.of("PUT", "POST", "DELETE", "PATCH");

    private final ActionProcessor operation;
    private final LiveDataset dataset;
    private final boolean graphStore;

    private WriteGuard(ActionProcessor operation, LiveDataset dataset, boolean graphStore) {
        this.operation = operation;
        this.dataset = dataset;
        this.graphStore = graphStore;
    }

    /** Guards a SPARQL Update operation on {@code dataset}. */
    static ActionProcessor update(ActionProcessor operation, LiveDataset dataset) {
        return new WriteGuard(operation, dataset, false);
    }

    /** Guards a Graph Store Protocol read-write operation on {@code dataset}. */
    static ActionProcessor graphStore(ActionProcessor operation, LiveDataset dataset) {
        return new WriteGuard(operation, dataset, true);
    }

    /** Answers every request with 403: the server is read-only. */
    static ActionProcessor readOnly() {
        return new ActionProcessor() {
            @Override
            public void process(HttpAction action) {
                ActionLib.consumeBody(action);
                ServletOps.error(HttpSC.FORBIDDEN_403, "this server is read-only: start it with 'premise serve --update' "
                        + "to allow SPARQL Update and Graph Store writes");
            }
        };
    }

    /** Graph Store reads; a write method answers 405 with the reason, after reading the body. */
    static ActionProcessor readOnlyGraphStore(ActionProcessor read) {
        return new ActionProcessor() {
            @Override
            public void process(HttpAction action) {
                if (WRITE_METHODS.contains(action.getRequestMethod().toUpperCase(Locale.ROOT))) {
                    ActionLib.consumeBody(action);
                    ServletOps.error(HttpSC.METHOD_NOT_ALLOWED_405, "this server is read-only: start it with "
                            + "'premise serve --update' to allow Graph Store writes");
                }
                read.process(action);
            }
        };
    }

    @Override
    public void process(HttpAction action) {
        if (graphStore && WRITE_METHODS.contains(action.getRequestMethod().toUpperCase(Locale.ROOT))) {
            String graph = action.getRequestParameter(HttpNames.paramGraph);
            if (graph != null && !graph.isBlank() && !HttpNames.graphTargetDefault.equals(graph)) {
                String refusal = DatasetLayout.refusalFor(NodeFactory.createURI(graph));
                if (refusal != null) {
                    // Read the body first: answering before it is read resets the client's connection.
                    ActionLib.consumeBody(action);
                    ServletOps.error(HttpSC.FORBIDDEN_403, refusal);
                }
            }
        }
        dataset.takeRefusal();
        LoadGuard.takeRefusal();
        RemoteContexts.clearProblem();
        try {
            operation.process(action);
        } catch (OperationDeniedException e) {
            // The operation has already aborted its transaction; only the answer is left.
            dataset.takeRefusal();
            ServletOps.error(HttpSC.FORBIDDEN_403, e.getMessage());
        } catch (ActionErrorException e) {
            // SPARQL Update reports the dataset's refusal as a 500 "error occurred".
            String refusal = dataset.takeRefusal();
            if (refusal != null) ServletOps.error(HttpSC.FORBIDDEN_403, refusal);
            String load = LoadGuard.takeRefusal();
            if (load != null) ServletOps.error(HttpSC.FORBIDDEN_403, load);
            // Fuseki words a refused JSON-LD context as a parse error of the body, without its IRI.
            String contextProblem = RemoteContexts.takeProblem();
            if (contextProblem != null) ServletOps.errorBadRequest("the JSON-LD body: " + contextProblem);
            throw e;
        }
    }
}
