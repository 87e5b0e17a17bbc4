package org.premise.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.premise.kb.GraphLookup;
import org.premise.kb.StatementNames;
import org.premise.kb.Terms;
import org.premise.kb.Vocab;
import org.premise.reason.AnalysisWriter;

/** Shows analysis ids (statement IRIs) as people type them: the key where there is one. */
final class Names {
    private final StatementNames names;
    private final Graph graph;

    Names(Graph graph) {
        this.graph = graph;
        this.names = new StatementNames(graph);
    }

    String of(String id) {
        Node n = AnalysisWriter.node(id);
        String key = names.keyOf(n);
        return key != null ? key : Terms.show(n);
    }

    List<String> sorted(Collection<String> ids) {
        Set<String> shown = new TreeSet<>();
        ids.forEach(id -> shown.add(of(id)));
        return new ArrayList<>(shown);
    }

    String label(String id) {
        return GraphLookup.lexical(graph, AnalysisWriter.node(id), Vocab.rdfsLabel);
    }
}
