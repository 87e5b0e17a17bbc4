package org.premise.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.premise.kb.StatementCaptions;
import org.premise.kb.StatementNames;
import org.premise.rdf.Terms;
import org.premise.reason.AnalysisWriter;

/**
 * Shows analysis ids (statement IRIs) as people type them: the key where there is one. Keeps
 * every statement it showed with its caption ({@link StatementCaptions}), so that a report can
 * end with the words behind the keys it used.
 */
final class Names {
    private final StatementNames names;
    private final StatementCaptions captions;
    private final java.util.TreeMap<String, String> mentioned = new java.util.TreeMap<>();

    Names(Graph graph) {
        this.names = new StatementNames(graph);
        this.captions = new StatementCaptions(graph);
    }

    String of(String id) {
        Node n = AnalysisWriter.node(id);
        String key = names.keyOf(n);
        String shown = key != null ? key : Terms.show(n);
        String caption = captions.of(n);
        if (caption != null) mentioned.putIfAbsent(shown, caption);
        return shown;
    }

    /** Every statement shown so far, as shown, with its caption (those that have one), sorted. */
    java.util.SortedMap<String, String> mentioned() {
        return java.util.Collections.unmodifiableSortedMap(mentioned);
    }

    List<String> sorted(Collection<String> ids) {
        Set<String> shown = new TreeSet<>();
        ids.forEach(id -> shown.add(of(id)));
        return new ArrayList<>(shown);
    }

    /** The statement's label, else its shortened text, else null. */
    String label(String id) {
        return captions.of(AnalysisWriter.node(id));
    }
}
