package org.premise.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.Vocab;
import org.premise.reason.RuleFiles;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.AnalysisLimits;

/**
 * Recomputes a dataset's derived graphs (the rules' output and the assumption analysis)
 * from its ontology and source graphs. The reasoning runs over an in-memory copy (TDB2 is
 * transactional only, and forward deductions are not rolled back on abort); the results
 * replace the derived graphs inside the caller's write transaction.
 */
public final class DerivedGraphs {
    private final List<RuleFiles.SourcedRule> rules;
    private final AnalysisLimits limits;

    public DerivedGraphs(List<RuleFiles.SourcedRule> rules, AnalysisLimits limits) {
        this.rules = List.copyOf(rules);
        this.limits = limits;
    }

    /** Replaces the inferred and analysis graphs of {@code base}; call inside a write transaction on it. */
    public void recompute(DatasetGraph base) {
        Graph ontology = copyOf(base, Vocab.ONTOLOGY_GRAPH);
        Map<Node, Graph> sources = new LinkedHashMap<>();
        List<Node> names = new ArrayList<>();
        base.listGraphNodes().forEachRemaining(names::add);
        for (Node name : names) {
            if (DatasetLayout.isSource(name)) sources.put(name, copyOf(base, name));
        }
        KnowledgeBase kb = KnowledgeBase.of(ontology, sources);
        Workspace.derive(kb, rules, limits);
        replace(base, Vocab.INFERRED_GRAPH, kb.inferred());
        replace(base, Vocab.ANALYSIS_GRAPH, kb.analysis());
    }

    private static Graph copyOf(DatasetGraph base, Node name) {
        Graph copy = GraphFactory.createDefaultGraph();
        base.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
        return copy;
    }

    private static void replace(DatasetGraph base, Node name, Graph contents) {
        base.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        DatasetLayout.copy(contents, name, base);
    }
}
