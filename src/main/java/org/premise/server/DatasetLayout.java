package org.premise.server;

import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.premise.kb.DerivationGraph;
import org.premise.kb.GraphLayout;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.Vocab;
import org.premise.reason.DerivationFingerprint;
import org.premise.reason.Workspace;

/**
 * The named graphs a served dataset's base holds: the ontology, one graph per source, the
 * rules' output without closure pairs ({@code graph:inferred}, as a store keeps it), the
 * metadata graph naming the closure predicates ({@code graph:derivation},
 * {@link DerivationGraph}) and the analysis. Served, the closure pairs are put back and the
 * metadata graph hidden ({@link LiveDataset}), so clients see the graphs
 * {@code premise infer --format trig} exports. Which graph is which is {@link GraphLayout}'s to
 * say, for a served dataset as for a store. Which of them a client may write: the source
 * graphs only; the ontology is fixed and the derived graphs are recomputed, never edited.
 */
public final class DatasetLayout {
    private DatasetLayout() {}

    /** Where a write to the default graph lands: an asserted source of its own. */
    public static final Node UPDATES_GRAPH = Vocab.sourceGraph("updates");

    /**
     * Why a write to a graph is refused, or null if it is allowed: every source graph
     * ({@link GraphLayout#isSource}, including one of the client's own naming) may be written.
     */
    public static String refusalFor(Node graphName) {
        if (GraphLayout.isDerived(graphName)) {
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
            DerivationFingerprint fingerprint = ws.fingerprint();
            copy(DerivationGraph.of(ws.inference().closurePredicates(), fingerprint.inferred(), fingerprint.analysis()),
                    Vocab.DERIVATION_GRAPH, dsg);
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
