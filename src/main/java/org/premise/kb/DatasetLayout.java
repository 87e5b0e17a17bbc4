package org.premise.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.premise.rdf.Vocab;

/**
 * Which named graph of a Premise dataset holds what: the one definition used by stores
 * ({@code premise load}, {@code --store}), served datasets ({@code serve}, in memory or over a
 * store) and their writes alike.
 * <ul>
 * <li>{@code graph:ontology} holds the ontology. The ontology in use is always the one
 * bundled with the running Premise ({@link #ontology()}); a store's copy is for SPARQL
 * clients, rewritten by every load.</li>
 * <li>{@code graph:inferred}, {@code graph:analysis} and {@code graph:derivation} are derived
 * ({@link #isDerived}): recomputed from the others, never edited.</li>
 * <li>Every other named graph with an IRI is a source ({@link #isSource}): what Premise
 * loads into {@code graph:source/<file name>} and the link sets to other datasets in
 * {@code graph:links/<name>} ({@link #isLinkSet}), and equally a
 * graph a client wrote through {@code serve --update} under a name of its own choosing
 * (SPARQL Update and the Graph Store Protocol let a client name any graph; refusing that would
 * break ordinary clients, and counting it in one place and not another made it visible to the
 * server but not to {@code query --store}).</li>
 * <li>The default graph of a store holds nothing of Premise's and is not a source (served,
 * the default graph is the union, and a write to it lands in a source graph,
 * {@link #UPDATES_GRAPH}).</li>
 * </ul>
 * A store or a served base keeps {@code graph:inferred} without closure pairs; the metadata
 * graph {@code graph:derivation} ({@link DerivationGraph}) names the closure predicates. Served,
 * the closure pairs are put back and the metadata graph hidden, so clients see the graphs
 * {@code premise infer --format trig} exports. A client may write the source graphs only
 * ({@link #refusalFor}).
 */
public final class DatasetLayout {
    private DatasetLayout() {}

    /** Where a write to a served dataset's default graph lands: an asserted source of its own. */
    public static final Node UPDATES_GRAPH = Vocab.sourceGraph("updates");

    /** Whether a graph is computed from the others: the rules' output, its metadata, or the analysis. */
    public static boolean isDerived(Node graphName) {
        return Vocab.INFERRED_GRAPH.equals(graphName) || Vocab.DERIVATION_GRAPH.equals(graphName)
                || Vocab.ANALYSIS_GRAPH.equals(graphName);
    }

    /** Whether a graph holds what a source asserted: every named graph with an IRI but the ontology and the derived ones. */
    public static boolean isSource(Node graphName) {
        return graphName != null && graphName.isURI() && !Vocab.ONTOLOGY_GRAPH.equals(graphName) && !isDerived(graphName);
    }

    /** Whether a graph is a link set to another dataset ({@code graph:links/<name>}, ontology/links/*.ttl): a source too. */
    public static boolean isLinkSet(Node graphName) {
        return graphName != null && graphName.isURI() && graphName.getURI().startsWith(Vocab.LINKS_GRAPH);
    }

    /** The source graphs of a dataset, sorted by IRI; call inside a transaction on it. */
    public static List<Node> sourceGraphs(DatasetGraph dataset) {
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(n -> {
            if (isSource(n)) names.add(n);
        });
        names.sort(Comparator.comparing(Node::getURI));
        return names;
    }

    /**
     * The ontology every derivation reads: the bundled ontology and concept scheme of the
     * running Premise (a new, private copy each call), whether the sources come from files, a
     * store or a server's base.
     */
    public static Graph ontology() {
        return BundledOntology.graph();
    }

    /**
     * Why a write to a graph is refused, or null if it is allowed: every source graph
     * ({@link #isSource}, including one of the client's own naming) may be written.
     */
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
     * A transactional in-memory dataset holding these graphs in this layout: the ontology, each
     * source, and the derived graphs by name; its own default graph is empty.
     */
    public static DatasetGraph inMemory(Graph ontology, Map<Node, Graph> sources, Map<Node, Graph> derived) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            dsg.prefixes().putAll(Vocab.PREFIXES);
            copy(ontology, Vocab.ONTOLOGY_GRAPH, dsg);
            sources.forEach((name, graph) -> copy(graph, name, dsg));
            derived.forEach((name, graph) -> copy(graph, name, dsg));
        });
        return dsg;
    }

    /** The closure predicates a base's {@code graph:derivation} names; call inside a transaction on it. */
    public static Set<Node> closurePredicates(DatasetGraph base) {
        return DerivationGraph.closurePredicates(base.getGraph(Vocab.DERIVATION_GRAPH));
    }

    private static void copy(Graph from, Node graphName, DatasetGraph into) {
        from.find().forEachRemaining(t -> into.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
