package org.premise.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.premise.app.KnowledgeBaseLoader;
import org.premise.rdf.Vocab;

/** The bundled concept scheme and the tags it gives the seed's statements. */
class ConceptTaggerTest {
    static final ConceptTagger TAGGER = BundledOntology.conceptTagger();

    static Set<String> tags(String text) {
        Set<String> names = new TreeSet<>();
        TAGGER.conceptsIn(text).forEach(n -> names.add(n.getURI().substring(Vocab.CONCEPT.length())));
        return names;
    }

    static Set<String> seedTags(String key) {
        KnowledgeBase kb = KnowledgeBaseLoader.load(SourceSpec.bundled());
        Graph g = kb.asserted();
        Set<String> names = new TreeSet<>();
        g.find(Vocab.statement(key), Vocab.dctermsSubject, Node.ANY)
                .forEachRemaining(t -> names.add(t.getObject().getURI().substring(Vocab.CONCEPT.length())));
        return names;
    }

    @Test
    void politicalAllocationIsAboutComputeAllocationAndOrganisationalFriction() {
        assertEquals(Set.of("compute", "compute-allocation", "friction", "organisational-friction", "recursive-self-improvement"),
                seedTags("political-allocation"));
    }

    @Test
    void oligopolyIsAboutIndustryConcentration() {
        assertEquals(Set.of("industry-concentration"), seedTags("oligopoly"));
    }

    @Test
    void parallelismLimitsIsAboutAgentsAndCoordinationFriction() {
        assertEquals(Set.of("agents", "coordination-friction", "friction", "scaling"), seedTags("parallelism-limits"));
    }

    @Test
    void openQuestionsAreTaggedToo() {
        assertEquals(Set.of("knowledge-work", "productivity"), seedTags("productivity-uplift"));
    }

    @Test
    void labelsMatchWholeWordsIgnoringCaseHyphensAndEndings() {
        assertEquals(Set.of("post-training"), tags("POST TRAINING matters"));
        assertEquals(Set.of("friction", "organisational-friction"), tags("Bottlenecks, and it is Politically-mediated."));
        assertEquals(Set.of("agents"), tags("two agents"));
        // Not inside another word.
        assertEquals(Set.of(), tags("a reagent in frictionless chemistry"));
    }

    @Test
    void theSchemeIsInTheOntologyGraphWithLabelsAndDefinitions() {
        Graph ontology = BundledOntology.graph();
        Node scheme = NodeFactory.createURI("https://w3id.org/premise/concepts");
        Node inScheme = NodeFactory.createURI(Vocab.SKOS + "inScheme");
        Node definition = NodeFactory.createURI(Vocab.SKOS + "definition");
        var concepts = ontology.find(Node.ANY, Vocab.rdfType, Vocab.skosConcept).mapWith(t -> t.getSubject()).toList();
        assertTrue(concepts.size() >= 20, "concepts: " + concepts.size());
        for (Node c : concepts) {
            assertTrue(ontology.contains(c, inScheme, scheme), c + " is not in the scheme");
            assertTrue(ontology.contains(c, Vocab.skosPrefLabel, Node.ANY), c + " has no preferred label");
            assertTrue(ontology.contains(c, definition, Node.ANY), c + " has no definition");
        }
        for (String kind : new String[] {"organisational-friction", "complexity-friction", "evaluation-friction", "coordination-friction"}) {
            assertTrue(ontology.contains(NodeFactory.createURI(Vocab.CONCEPT + kind), Vocab.skosBroader,
                    NodeFactory.createURI(Vocab.CONCEPT + "friction")), kind);
        }
    }
}
