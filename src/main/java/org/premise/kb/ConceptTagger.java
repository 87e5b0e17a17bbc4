package org.premise.kb;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.premise.rdf.Vocab;

/**
 * Tags statements with the concepts of the Premise concept scheme (ontology/concepts.ttl)
 * that their text mentions: a concept is mentioned when one of its preferred or alternative
 * labels occurs as whole words, ignoring case, hyphens versus spaces, and a plural or verb
 * ending ({@code -s}, {@code -es}, {@code -ed}, {@code -d}, {@code -ing}). Each tag is written as
 * {@code dcterms:subject}.
 *
 * <p>The labels, each with and without every ending, are the keywords of one Aho–Corasick
 * automaton, built once per tagger, so a text is read in one pass whatever the number of labels;
 * a keyword found counts when no letter or digit stands right before or right after it.
 */
public final class ConceptTagger {
    /** The endings a label may take, besides none. */
    static final List<String> ENDINGS = List.of("s", "es", "ed", "d", "ing");

    /** Each keyword (a normalised label with or without an ending) and the concepts it names. */
    private final Map<String, Set<Node>> conceptsByKeyword = new HashMap<>();
    private final Trie automaton;

    private ConceptTagger(Graph concepts) {
        for (Node property : List.of(Vocab.skosPrefLabel, Vocab.skosAltLabel)) {
            concepts.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                if (!t.getObject().isLiteral() || !concepts.contains(t.getSubject(), Vocab.rdfType, Vocab.skosConcept)) return;
                String label = normalise(t.getObject().getLiteralLexicalForm());
                if (label.isEmpty()) return;
                conceptsByKeyword.computeIfAbsent(label, k -> new LinkedHashSet<>()).add(t.getSubject());
                for (String ending : ENDINGS) {
                    conceptsByKeyword.computeIfAbsent(label + ending, k -> new LinkedHashSet<>()).add(t.getSubject());
                }
            });
        }
        automaton = Trie.builder().addKeywords(conceptsByKeyword.keySet()).build();
    }

    /** A tagger for the concepts ({@code skos:Concept}s with labels) of a graph. */
    public static ConceptTagger of(Graph concepts) {
        return new ConceptTagger(concepts);
    }

    /** The concepts a text mentions, sorted by IRI. */
    public Set<Node> conceptsIn(String text) {
        String normal = normalise(text);
        Set<Node> found = new TreeSet<>(Comparator.comparing(Node::getURI));
        automaton.parseText(normal, (Emit emit) -> {
            if (standsAlone(normal, emit.getStart(), emit.getEnd() + 1)) found.addAll(conceptsByKeyword.get(emit.getKeyword()));
            return true;
        });
        return found;
    }

    /** No letter or number right before {@code start} nor at {@code end}. */
    private static boolean standsAlone(String s, int start, int end) {
        return (start == 0 || !isWordCharacter(s.codePointBefore(start)))
                && (end == s.length() || !isWordCharacter(s.codePointAt(end)));
    }

    /** A letter or a number of any kind (Unicode categories L and N). */
    private static boolean isWordCharacter(int codePoint) {
        if (Character.isLetter(codePoint)) return true;
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
