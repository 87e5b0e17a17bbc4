package org.premise.kb;

import java.util.List;
import java.util.SortedMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.BundledResources;
import org.premise.rdf.RdfFiles;

/**
 * The ontology bundled with the running Premise: the OWL 2 DL vocabulary, its RDF module and
 * the concept scheme, read from the jar. {@link DatasetLayout#ontology()} decides that every
 * knowledge base uses it.
 */
public final class BundledOntology {
    private BundledOntology() {}

    /** Where the bundled ontology files live on the classpath. */
    public static final String BUNDLED_ONTOLOGY = "premise/ontology";
    /**
     * The ontology files Premise loads, in order: the OWL 2 DL vocabulary, its RDF module
     * (statements outside OWL 2 DL) and the concept scheme.
     */
    public static final List<String> ONTOLOGY_FILES = List.of("premise.ttl", "premise-rdf.ttl", "concepts.ttl");

    /**
     * The bundled ontology (ontology/premise.ttl) and concept scheme (ontology/concepts.ttl),
     * parsed into one graph (a new, private copy each call): the concepts are vocabulary, like
     * the classes and properties.
     */
    public static Graph graph() {
        SortedMap<String, String> files = BundledResources.onClasspath().readAll(BUNDLED_ONTOLOGY);
        Graph ontology = GraphFactory.createDefaultGraph();
        for (String name : ONTOLOGY_FILES) {
            String text = files.get(name);
            if (text == null) throw new IllegalStateException("the bundled ontology file " + name + " is missing from the jar");
            RdfFiles.parseGraph("ontology/" + name, text, Lang.TURTLE).find().forEachRemaining(ontology::add);
        }
        return ontology;
    }

    /** Tags statements with the bundled concepts; built once, the concept scheme never changes. */
    private static final class BundledTagger {
        static final ConceptTagger TAGGER = ConceptTagger.of(graph());
    }

    /** The tagger for the bundled concept scheme (ontology/concepts.ttl). */
    public static ConceptTagger conceptTagger() {
        return BundledTagger.TAGGER;
    }
}
