package org.premise.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.premise.rdf.Vocab;

/**
 * Tags statements with the concepts of the Premise concept scheme (ontology/concepts.ttl)
 * that their text mentions: a concept is mentioned when one of its preferred or alternative
 * labels occurs as whole words, ignoring case, hyphens versus spaces, and a plural or verb
 * ending ({@code -s}, {@code -es}, {@code -ed}, {@code -ing}). Each tag is written as
 * {@code dcterms:subject}.
 */
public final class ConceptTagger {
    private record Label(Node concept, Pattern pattern) {}

    private final List<Label> labels = new ArrayList<>();

    private ConceptTagger(Graph concepts) {
        for (Node property : List.of(Vocab.skosPrefLabel, Vocab.skosAltLabel)) {
            concepts.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                if (!t.getObject().isLiteral() || !concepts.contains(t.getSubject(), Vocab.rdfType, Vocab.skosConcept)) return;
                String label = normalise(t.getObject().getLiteralLexicalForm());
                if (label.isEmpty()) return;
                labels.add(new Label(t.getSubject(), Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(label) + "(?:s|es|ed|d|ing)?(?![\\p{L}\\p{N}])")));
            });
        }
    }

    /** A tagger for the concepts ({@code skos:Concept}s with labels) of a graph. */
    public static ConceptTagger of(Graph concepts) {
        return new ConceptTagger(concepts);
    }

    /** The concepts a text mentions, sorted by IRI. */
    public Set<Node> conceptsIn(String text) {
        String normal = normalise(text);
        Set<Node> found = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        for (Label label : labels) {
            if (!found.contains(label.concept()) && label.pattern().matcher(normal).find()) found.add(label.concept());
        }
        return found;
    }

    /** Adds {@code dcterms:subject} tags to every statement and open question of a graph that has a text. */
    public void tag(Graph g) {
        Set<Triple> tags = new LinkedHashSet<>();
        g.find(Node.ANY, Vocab.text, Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isLiteral()) return;
            for (Node concept : conceptsIn(t.getObject().getLiteralLexicalForm())) {
                tags.add(Triple.create(t.getSubject(), Vocab.dctermsSubject, concept));
            }
        });
        tags.forEach(g::add);
    }

    /** Lower case, NFC, and hyphens, dashes and runs of white space as one space. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[\\-\u2010\u2011]", " ").replaceAll("\\s+", " ").trim();
    }
}
