package org.premise.kb;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.rdf.Vocab;

/**
 * The metadata graph {@code graph:derivation} of a store or a served dataset. It says how the
 * derived graphs are kept and what they were derived with:
 * <ul>
 * <li>one triple {@code graph:inferred premise:closurePredicate P} per transitive predicate P
 * whose closure pairs {@code graph:inferred} does not keep (only P's base edges), so that a
 * reader knows to re-close P over the asserted and inferred triples;</li>
 * <li>for {@code graph:inferred} and {@code graph:analysis}, the activity that generated it
 * (PROV-O) and that activity's fingerprint ({@code dcterms:identifier}, a literal; see
 * {@code reason.DerivationFingerprint}):
 * <pre>
 * graph:inferred prov:wasGeneratedBy graph:derivation/rules .
 * graph:derivation/rules a prov:Activity ; dcterms:identifier "premise 0.1.0; derivation format 1; ..." .
 * graph:analysis prov:wasGeneratedBy graph:derivation/analysis .
 * graph:derivation/analysis a prov:Activity ; dcterms:identifier "...; analysis limits ..." .
 * </pre></li>
 * </ul>
 * IRIs, not blank nodes, so that rewriting the graph with the same content changes nothing.
 */
public final class DerivationGraph {
    private DerivationGraph() {}

    /** The activity that generated {@code graph:inferred}: running the rules. */
    public static final Node RULES_RUN = NodeFactory.createURI(Vocab.GRAPH + "derivation/rules");
    /** The activity that generated {@code graph:analysis}. */
    public static final Node ANALYSIS_RUN = NodeFactory.createURI(Vocab.GRAPH + "derivation/analysis");

    /** The subjects of every triple this graph holds: a reader of the union can skip it by subject. */
    public static final Set<Node> SUBJECTS = Set.of(Vocab.INFERRED_GRAPH, Vocab.ANALYSIS_GRAPH, RULES_RUN, ANALYSIS_RUN);

    /** The metadata graph naming these closure predicates, with no fingerprint. */
    public static Graph of(Set<Node> closurePredicates) {
        return of(closurePredicates, null, null);
    }

    /**
     * The metadata graph naming these closure predicates and recording the fingerprints the
     * inferred and analysis graphs were derived with (either may be null: not recorded).
     */
    public static Graph of(Set<Node> closurePredicates, String inferredFingerprint, String analysisFingerprint) {
        Graph g = GraphFactory.createDefaultGraph();
        closurePredicates.forEach(p -> g.add(Vocab.INFERRED_GRAPH, Vocab.closurePredicate, p));
        generated(g, Vocab.INFERRED_GRAPH, RULES_RUN, inferredFingerprint);
        generated(g, Vocab.ANALYSIS_GRAPH, ANALYSIS_RUN, analysisFingerprint);
        return g;
    }

    private static void generated(Graph g, Node graph, Node activity, String fingerprint) {
        if (fingerprint == null) return;
        g.add(graph, Vocab.provWasGeneratedBy, activity);
        g.add(activity, Vocab.rdfType, Vocab.provActivity);
        g.add(activity, Vocab.dctermsIdentifier, NodeFactory.createLiteralString(fingerprint));
    }

    /** The closure predicates a metadata graph names (none for an empty or absent one). */
    public static Set<Node> closurePredicates(Graph derivation) {
        Set<Node> out = new LinkedHashSet<>();
        derivation.find(Vocab.INFERRED_GRAPH, Vocab.closurePredicate, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) out.add(t.getObject());
        });
        return out;
    }

    /** The fingerprint {@code graph:inferred} was derived with, or null if none is recorded (or more than one). */
    public static String inferredFingerprint(Graph derivation) {
        return fingerprint(derivation, Vocab.INFERRED_GRAPH);
    }

    /** The fingerprint {@code graph:analysis} was derived with, or null if none is recorded (or more than one). */
    public static String analysisFingerprint(Graph derivation) {
        return fingerprint(derivation, Vocab.ANALYSIS_GRAPH);
    }

    private static String fingerprint(Graph derivation, Node graph) {
        String found = null;
        for (Triple run : derivation.find(graph, Vocab.provWasGeneratedBy, Node.ANY).toList()) {
            for (Triple id : derivation.find(run.getObject(), Vocab.dctermsIdentifier, Node.ANY).toList()) {
                if (!id.getObject().isLiteral()) return null;
                String value = id.getObject().getLiteralLexicalForm();
                if (found != null && !found.equals(value)) return null;
                found = value;
            }
        }
        return found;
    }
}
