package org.premise.server;

import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.premise.kb.DerivationGraph;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.Vocab;
import org.premise.reason.Workspace;

/**
 * The named graphs a served dataset's base holds: the ontology, one graph per source, the
 * rules' output without closure pairs ({@code graph:inferred}, as a store keeps it), the
 * metadata graph naming the closure predicates ({@code graph:derivation},
 * {@link DerivationGraph}) and the analysis. Served, the closure pairs are put back and the
 * metadata graph hidden ({@link LiveDataset}), so clients see the graphs
 * {@code premise infer --format trig} exports. Which of them a client may write: the source
 * graphs only; the ontology is fixed and the derived graphs are recomputed, never edited.
 */
public final class DatasetLayout {
    private DatasetLayout() {}

    /** Where a write to the default graph lands: an asserted source of its own. */
    public static final Node UPDATES_GRAPH = Vocab.sourceGraph("updates");

    /** Whether a graph is computed from the others (the rules' output, its metadata or the analysis). */
    public static boolean isDerived(Node graphName) {
        return Vocab.INFERRED_GRAPH.equals(graphName) || Vocab.DERIVATION_GRAPH.equals(graphName)
                || Vocab.ANALYSIS_GRAPH.equals(graphName);
    }

    /** Whether a graph holds what a source asserted: every named graph but the ontology and the derived ones. */
    public static boolean isSource(Node graphName) {
        return graphName != null && graphName.isURI() && !Vocab.ONTOLOGY_GRAPH.equals(graphName) && !isDerived(graphName);
    }

    /** Why a write to a graph is refused, or null if it is allowed. */
    public static String refusalFor(Node graphName) {
        if (isDerived(graphName)) {
            return "the graph <" + graphName.getURI() + "> is derived (recomputed after every write) and cannot be written; "
                    + "write to the default graph or to a source graph instead";
        }
        if (Vocab.ONTOLOGY_GRAPH.equals(graphName)) {
            return "the ontology graph <" + graphName.getURI() + "> cannot be written through the server";
        }
        return null;
    }

    /**
     * A transactional in-memory dataset holding a workspace's graphs in this layout (its
     * rules and analysis run to completion); its own default graph is empty.
     */
    public static DatasetGraph inMemory(Workspace ws) {
        KnowledgeBase kb = ws.kb();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            dsg.prefixes().putAll(Vocab.PREFIXES);
            copy(kb.ontology(), Vocab.ONTOLOGY_GRAPH, dsg);
            kb.sources().forEach((name, graph) -> copy(graph, name, dsg));
            copy(ws.inference().materialised(), Vocab.INFERRED_GRAPH, dsg);
            copy(DerivationGraph.of(ws.inference().closurePredicates()), Vocab.DERIVATION_GRAPH, dsg);
            copy(kb.analysis(), Vocab.ANALYSIS_GRAPH, dsg);
        });
        return dsg;
    }

    /** The closure predicates the base's {@code graph:derivation} names; call inside a transaction on it. */
    public static Set<Node> closurePredicates(DatasetGraph base) {
        return DerivationGraph.closurePredicates(base.getGraph(Vocab.DERIVATION_GRAPH));
    }

    static void copy(Graph from, Node graphName, DatasetGraph into) {
        from.find().forEachRemaining(t -> into.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
