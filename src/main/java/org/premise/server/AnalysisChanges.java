package org.premise.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.rdf.Vocab;
import org.premise.reason.AnalysisWriter;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.analysis.Analysis;

/**
 * Brings a base's {@code graph:analysis} from one analysis to another by rewriting only the
 * statements whose analysis changed: each statement's part of the graph (its status, flags,
 * linchpins and sets) is deleted and written again, and the rest is left alone. The sets are
 * blank nodes, so a statement's part is compared by what its sets contain, not by node.
 */
final class AnalysisChanges {
    private AnalysisChanges() {}

    /**
     * Rewrites the statements whose analysis differs between {@code before} (what the base
     * holds) and {@code after}; call inside a write transaction on the base. Returns how many
     * statements were rewritten.
     */
    static int write(DatasetGraph base, Analysis before, Analysis after) {
        Set<String> ids = new LinkedHashSet<>(before.graph().statements());
        ids.addAll(after.graph().statements());
        return write(base, before, after, ids);
    }

    /**
     * As {@link #write(DatasetGraph, Analysis, Analysis)}, comparing only the statements
     * given: those whose analysis may differ ({@link AnalysisRegion}). The others' support and
     * defeat sets are never computed.
     */
    static int write(DatasetGraph base, Analysis before, Analysis after, Set<String> ids) {
        int rewritten = 0;
        for (String id : ids) {
            if (!AnalysisWriter.writesTheSame(before, after, id)) {
                rewrite(base, after, id);
                rewritten++;
            }
        }
        return rewritten;
    }

    /**
     * Rewrites the statements whose part of the base's analysis graph differs from what
     * {@code analysis} writes for them, and deletes the parts of statements it does not have;
     * for a base whose analysis graph may be stale or from other rules. Call inside a write
     * transaction on the base. Returns how many statements were rewritten.
     */
    static int reconcile(DatasetGraph base, Analysis analysis) {
        Graph stored = base.getGraph(Vocab.ANALYSIS_GRAPH);
        Set<String> ids = new LinkedHashSet<>(analysis.graph().statements());
        stored.find(Node.ANY, AnalysisWriter.status, Node.ANY).forEachRemaining(t -> ids.add(ArgumentGraphReader.id(t.getSubject())));
        int rewritten = 0;
        for (String id : ids) {
            Graph fresh = GraphFactory.createDefaultGraph();
            if (analysis.graph().contains(id)) AnalysisWriter.writeStatement(analysis, id, fresh);
            if (!canonical(AnalysisWriter.statementTriples(stored, id)).equals(canonical(fresh.find().toList()))) {
                rewrite(base, analysis, id);
                rewritten++;
            }
        }
        return rewritten;
    }

    private static void rewrite(DatasetGraph base, Analysis after, String id) {
        Graph stored = base.getGraph(Vocab.ANALYSIS_GRAPH);
        AnalysisWriter.statementTriples(stored, id).forEach(stored::delete);
        if (after.graph().contains(id)) AnalysisWriter.writeStatement(after, id, stored);
    }

    /**
     * A statement's part of the analysis graph with each set's blank node replaced by what the
     * set's triples say (its type, owner, members and size), sorted: equal parts give equal lists.
     */
    private static List<String> canonical(List<Triple> part) {
        Map<Node, List<String>> sets = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Triple t : part) {
            if (t.getSubject().isBlank()) {
                sets.computeIfAbsent(t.getSubject(), n -> new ArrayList<>()).add(t.getPredicate() + " " + t.getObject());
            } else {
                out.add(t.getSubject() + " " + t.getPredicate() + " " + t.getObject());
            }
        }
        for (List<String> set : sets.values()) {
            set.sort(null);
            out.add("set " + set);
        }
        out.sort(null);
        return out;
    }
}
