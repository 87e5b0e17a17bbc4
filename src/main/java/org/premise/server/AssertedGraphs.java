package org.premise.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.kb.DatasetLayout;
import org.premise.kb.KnowledgeBase;
import org.premise.rdf.GraphChanges;

/**
 * An in-memory copy of what a served dataset's base asserts: the ontology and every source
 * graph. Re-deriving after a write reads this copy, never the base; the copy follows the
 * base through the writes themselves ({@link Change}), applied when their transaction commits.
 * Only the one writer of the base touches it.
 */
final class AssertedGraphs {
    /** What a write did to a graph of the base: added or deleted a triple, or deleted every triple matching a pattern. */
    record Change(Kind kind, Node graph, Node s, Node p, Node o) {
        enum Kind { ADD, DELETE, DELETE_MATCHING }
    }

    private final Graph ontology;
    private final Map<Node, Graph> sources;

    private AssertedGraphs(Graph ontology, Map<Node, Graph> sources) {
        this.ontology = ontology;
        this.sources = sources;
    }

    /**
     * Copies the source graphs of a base, beside the ontology in use ({@link DatasetLayout#ontology()},
     * not the base's copy of it); call inside a transaction on the base.
     */
    static AssertedGraphs read(DatasetGraph base) {
        Map<Node, Graph> sources = new LinkedHashMap<>();
        for (Node name : DatasetLayout.sourceGraphs(base)) sources.put(name, copyOf(base, name));
        return new AssertedGraphs(DatasetLayout.ontology(), sources);
    }

    /** The ontology this copy derives with. */
    Graph ontology() {
        return ontology;
    }

    /** Copies the ontology and sources of a knowledge base (left as they are). */
    static AssertedGraphs copyOf(KnowledgeBase kb) {
        Map<Node, Graph> sources = new LinkedHashMap<>();
        kb.sources().forEach((name, graph) -> sources.put(name, copy(graph)));
        return new AssertedGraphs(copy(kb.ontology()), sources);
    }

    /** A knowledge base over these graphs as they are now (a new one each time: derivations attach their graphs to it). */
    KnowledgeBase knowledgeBase() {
        return KnowledgeBase.of(ontology, sources);
    }

    /**
     * Applies a transaction's writes, in order, and says how the union of the asserted graphs
     * (what the rules read) changed: a triple deleted from one source but still in another
     * did not leave it. Writes to graphs that are not sources are not kept here.
     */
    GraphChanges apply(List<Change> log) {
        Map<Triple, Boolean> assertedBefore = new HashMap<>();
        for (Change c : log) {
            if (!DatasetLayout.isSource(c.graph())) continue;
            Graph g = c.kind() == Change.Kind.ADD ? sources.computeIfAbsent(c.graph(), n -> GraphFactory.createDefaultGraph())
                    : sources.get(c.graph());
            if (g == null) continue;
            List<Triple> touched = c.kind() == Change.Kind.DELETE_MATCHING ? g.find(c.s(), c.p(), c.o()).toList()
                    : List.of(Triple.create(c.s(), c.p(), c.o()));
            for (Triple t : touched) {
                assertedBefore.computeIfAbsent(t, this::asserted);
                if (c.kind() == Change.Kind.ADD) g.add(t);
                else g.delete(t);
            }
            // An emptied named graph is gone from the base too.
            if (g.isEmpty()) sources.remove(c.graph());
        }
        List<Triple> added = new ArrayList<>();
        List<Triple> removed = new ArrayList<>();
        assertedBefore.forEach((t, before) -> {
            boolean now = asserted(t);
            if (now && !before) added.add(t);
            if (before && !now) removed.add(t);
        });
        return new GraphChanges(added, removed);
    }

    private boolean asserted(Triple t) {
        if (ontology.contains(t)) return true;
        for (Graph g : sources.values()) {
            if (g.contains(t)) return true;
        }
        return false;
    }

    private static Graph copyOf(DatasetGraph base, Node name) {
        Graph copy = GraphFactory.createDefaultGraph();
        base.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
        return copy;
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }
}
