package org.premise.kb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.rdf.GraphUnion;
import org.premise.rdf.Vocab;

/**
 * The unit every command consumes: the ontology, one named graph per source that was
 * loaded, what the rules inferred and what the analysis derived, each in its own named
 * graph, and a default graph that is their union (what users query).
 */
public final class KnowledgeBase {
    private final Graph ontology;
    private final Map<Node, Graph> sources;
    private Graph inferred = GraphFactory.createDefaultGraph();
    private Graph analysis = GraphFactory.createDefaultGraph();
    private boolean analysisAttached;
    /** The credence figures' view, shown in the analysis graph by commands; null when none is attached. */
    private Graph credence;
    /** Whether the inferred graph is known to hold no asserted triple (see {@link #attachInferred(Graph, boolean)}). */
    private boolean inferredDisjoint;

    KnowledgeBase(Graph ontology, Map<Node, Graph> sources) {
        this.ontology = ontology;
        this.sources = new LinkedHashMap<>(sources);
    }

    /**
     * A knowledge base of graphs already in hand (for example read from a store), by
     * named-graph IRI; its inferred and analysis graphs start empty.
     */
    public static KnowledgeBase of(Graph ontology, Map<Node, Graph> sources) {
        return new KnowledgeBase(ontology, sources);
    }

    /** The ontology graph. */
    public Graph ontology() { return ontology; }

    /** Each source's asserted triples, by named-graph IRI, in load order. */
    public Map<Node, Graph> sources() { return Collections.unmodifiableMap(sources); }

    /** What the rules derived (filled by the reasoner, or a view it attached); not the asserted triples. */
    public Graph inferred() { return inferred; }

    /** What the assumption analysis derived (support sets, linchpins, statuses), or a view computing it on demand. */
    public Graph analysis() { return analysis; }

    /**
     * Makes a view the inferred graph: a reasoner that derives on demand attaches its view
     * instead of filling the graph. Call before anything reads the knowledge base.
     */
    public void attachInferred(Graph view) { attachInferred(view, false); }

    /**
     * As {@link #attachInferred(Graph)}; {@code disjointFromAsserted} says the view holds no
     * triple of the ontology or a source (true of a derivation's inferred graph, which leaves
     * the asserted triples out by construction), so that listing the unions need not look each
     * inferred triple up in every asserted graph. Say false when in doubt: it only costs time.
     */
    public void attachInferred(Graph view, boolean disjointFromAsserted) {
        this.inferred = view;
        this.inferredDisjoint = disjointFromAsserted;
    }

    /** Whether the attached inferred graph holds no asserted triple, as its attacher vouched. */
    public boolean inferredDisjoint() { return inferredDisjoint; }

    /** Makes a view (for example one that computes the analysis when first read) the analysis graph. */
    public void attachAnalysis(Graph view) {
        this.analysis = view;
        this.analysisAttached = true;
    }

    /**
     * Attaches a view of the credence figures (premise:probability and the rest), which the
     * analysis graph shows in {@link #dataset()}, the dataset commands query. {@link #union()},
     * exports, stores and servers keep {@link #analysis()} without it: the figures depend on the
     * credences of one run, and a served write would have to recompute them for the whole graph.
     */
    public void attachCredence(Graph view) {
        this.credence = view;
    }

    /** The analysis graph as commands query it: {@link #analysis()} and, when attached, the credence figures. */
    public Graph publishedAnalysis() {
        return credence == null ? analysis : GraphUnion.withDisjoint(List.of(analysis, credence), credence);
    }

    /** Whether there is an analysis graph to show: one was attached, or the plain one was filled. */
    public boolean hasAnalysis() { return analysisAttached || !analysis.isEmpty(); }

    /** A read-only union of the ontology and every source: the input to the rules. */
    public Graph asserted() {
        List<Graph> graphs = new ArrayList<>();
        graphs.add(ontology);
        graphs.addAll(sources.values());
        return new GraphUnion(graphs);
    }

    /** A read-only union of everything: asserted, inferred and analysis triples. */
    public Graph union() {
        List<Graph> graphs = new ArrayList<>();
        graphs.add(ontology);
        graphs.addAll(sources.values());
        graphs.add(inferred);
        graphs.add(analysis);
        return inferredDisjoint ? GraphUnion.withDisjoint(graphs, inferred) : new GraphUnion(graphs);
    }

    /**
     * The named graphs of this knowledge base, by name in the {@link DatasetLayout}, in order:
     * the ontology, each source, the inferred triples and, if there is one, the analysis.
     */
    public Map<Node, Graph> namedGraphs() {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(Vocab.ONTOLOGY_GRAPH, ontology);
        graphs.putAll(sources);
        graphs.put(Vocab.INFERRED_GRAPH, inferred);
        if (hasAnalysis()) graphs.put(Vocab.ANALYSIS_GRAPH, analysis);
        return graphs;
    }

    /**
     * The dataset users query: the {@link #namedGraphs()} (the analysis as
     * {@link #publishedAnalysis()} shows it); the default graph is their union.
     */
    public Dataset dataset() {
        DatasetGraph dsg = DatasetGraphFactory.create(credence == null ? union() : new GraphUnion(List.of(union(), credence)));
        Map<Node, Graph> graphs = namedGraphs();
        graphs.computeIfPresent(Vocab.ANALYSIS_GRAPH, (name, graph) -> publishedAnalysis());
        graphs.forEach(dsg::addGraph);
        return DatasetFactory.wrap(dsg);
    }

    /** The named graph in which an asserted triple was stated, or null if it was inferred or absent. */
    public Node graphAsserting(org.apache.jena.graph.Triple t) {
        if (ontology.contains(t)) return Vocab.ONTOLOGY_GRAPH;
        for (Map.Entry<Node, Graph> e : sources.entrySet()) {
            if (e.getValue().contains(t)) return e.getKey();
        }
        return null;
    }
}
