package org.premise.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

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
 * loads into {@code graph:source/<file name>} and {@code graph:links/<name>}, and equally a
 * graph a client wrote through {@code serve --update} under a name of its own choosing
 * (SPARQL Update and the Graph Store Protocol let a client name any graph; refusing that would
 * break ordinary clients, and counting it in one place and not another made it visible to the
 * server but not to {@code query --store}).</li>
 * <li>The default graph of a store holds nothing of Premise's and is not a source (served,
 * the default graph is the union, and a write to it lands in a source graph).</li>
 * </ul>
 */
public final class GraphLayout {
    private GraphLayout() {}

    /** Whether a graph is computed from the others: the rules' output, its metadata, or the analysis. */
    public static boolean isDerived(Node graphName) {
        return Vocab.INFERRED_GRAPH.equals(graphName) || Vocab.DERIVATION_GRAPH.equals(graphName)
                || Vocab.ANALYSIS_GRAPH.equals(graphName);
    }

    /** Whether a graph holds what a source asserted: every named graph with an IRI but the ontology and the derived ones. */
    public static boolean isSource(Node graphName) {
        return graphName != null && graphName.isURI() && !Vocab.ONTOLOGY_GRAPH.equals(graphName) && !isDerived(graphName);
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
        return KnowledgeBaseLoader.bundledOntology();
    }
}
