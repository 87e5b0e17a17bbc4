package org.premise.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every link in ontology/links/ goes from a concept of ontology/concepts.ttl to an identifier
 * given in the linking facts, and every link triple has exactly one premise:Link describing
 * it, with a source; no description without its triple.
 */
class LinkSetsTest {
    static final Path FACTS = Path.of("../shared/notes/linking-facts.md");
    static final Node SOURCE = NodeFactory.createURI("http://purl.org/dc/terms/source");
    static final Node LINK = NodeFactory.createURI("https://w3id.org/premise/ontology#Link");

    @ParameterizedTest
    @ValueSource(strings = {"wikidata", "dbpedia"})
    void everyLinkHasASourcedDescriptionAndAnIdentifierFromTheLinkingFacts(String name) throws Exception {
        Graph g = RDFDataMgr.loadGraph("ontology/links/" + name + ".ttl");
        Graph concepts = RDFDataMgr.loadGraph("ontology/concepts.ttl");
        Node concept = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#Concept");
        String facts = Files.readString(FACTS);
        List<Triple> links = VoidDescription.links(g);
        assertTrue(links.size() >= 10, "links: " + links);
        List<String> problems = new ArrayList<>();
        Set<Triple> described = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), LINK).forEachRemaining(t -> {
            Node d = t.getSubject();
            Triple link = Triple.create(one(g, d, RDF.subject.asNode()), one(g, d, RDF.predicate.asNode()), one(g, d, RDF.object.asNode()));
            if (!g.contains(link)) problems.add(d + " describes a triple that is not asserted: " + link);
            if (!g.contains(d, SOURCE, Node.ANY)) problems.add(d + " has no dcterms:source");
            if (!described.add(link)) problems.add("described twice: " + link);
        });
        for (Triple link : links) {
            if (!described.contains(link)) problems.add("no premise:Link describes " + link);
            String iri = link.getObject().getURI();
            String id = iri.substring(iri.lastIndexOf('/') + 1);
            // Wikidata ids appear as Q…; DBpedia names as written in the table or the title list.
            if (!facts.contains(id)) problems.add(id + " is not in the linking facts");
            String p = link.getPredicate().getURI();
            if (!p.endsWith("#exactMatch") && !p.endsWith("#closeMatch")) problems.add("unexpected link predicate " + p);
            if (!concepts.contains(link.getSubject(), RDF.type.asNode(), concept)) {
                problems.add("not a concept of ontology/concepts.ttl: " + link.getSubject());
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Node> values = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> values.add(t.getObject()));
        assertEquals(1, values.size(), s + " " + p + ": " + values);
        return values.get(0);
    }
}
