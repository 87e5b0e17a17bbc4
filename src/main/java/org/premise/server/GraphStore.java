package org.premise.server;

import java.util.Locale;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's Graph Store Protocol operations, except that a GET of the whole dataset (no
 * {@code ?graph=} or {@code ?default}) writes the named graphs only, as
 * {@code premise infer --format trig} does: the union default graph would repeat every
 * triple once more.
 */
final class GraphStore {
    private GraphStore() {}

    /** Graph Store reads. */
    static GSP_R read(LiveDataset dataset) {
        return new GSP_R() {
            @Override
            protected DatasetGraph decideDataset(HttpAction action) {
                return choose(action, super.decideDataset(action), dataset);
            }
        };
    }

    /** Graph Store reads and writes. */
    static GSP_RW readWrite(LiveDataset dataset) {
        return new GSP_RW() {
            @Override
            protected DatasetGraph decideDataset(HttpAction action) {
                return choose(action, super.decideDataset(action), dataset);
            }
        };
    }

    private static DatasetGraph choose(HttpAction action, DatasetGraph served, LiveDataset dataset) {
        String method = action.getRequestMethod().toUpperCase(Locale.ROOT);
        boolean wholeDatasetRead = action.getRequestQueryString() == null && (method.equals("GET") || method.equals("HEAD"));
        return wholeDatasetRead && served == dataset ? dataset.namedGraphsOnly() : served;
    }
}
