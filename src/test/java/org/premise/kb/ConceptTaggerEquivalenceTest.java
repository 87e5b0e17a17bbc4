package org.premise.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.premise.rdf.Vocab;

/**
 * The Aho–Corasick tagger finds the same concepts as the tagger it replaced, one regular
 * expression per label (kept here as the reference), on thousands of seeded random texts made
 * of labels, pieces of labels, endings, punctuation, hyphens, digits and letters of other scripts.
 */
class ConceptTaggerEquivalenceTest {
    private record Reference(Node concept, Pattern pattern) {}

    private static final Graph ONTOLOGY = BundledOntology.graph();
    private static final ConceptTagger TAGGER = ConceptTagger.of(ONTOLOGY);

    /** The labels of the concepts, as written in concepts.ttl. */
    private static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (Node property : List.of(Vocab.skosPrefLabel, Vocab.skosAltLabel)) {
            ONTOLOGY.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                if (ONTOLOGY.contains(t.getSubject(), Vocab.rdfType, Vocab.skosConcept)) labels.add(t.getObject().getLiteralLexicalForm());
            });
        }
        return labels;
    }

    /** The former tagger: one pattern per normalised label, whole words, optional ending. */
    private static List<Reference> referencePatterns() {
        List<Reference> refs = new ArrayList<>();
        for (Node property : List.of(Vocab.skosPrefLabel, Vocab.skosAltLabel)) {
            ONTOLOGY.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                if (!t.getObject().isLiteral() || !ONTOLOGY.contains(t.getSubject(), Vocab.rdfType, Vocab.skosConcept)) return;
                String label = ConceptTagger.normalise(t.getObject().getLiteralLexicalForm());
                if (label.isEmpty()) return;
                refs.add(new Reference(t.getSubject(), Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(label) + "(?:s|es|ed|d|ing)?(?![\\p{L}\\p{N}])")));
            });
        }
        return refs;
    }

    private static Set<Node> reference(List<Reference> refs, String text) {
        String normal = ConceptTagger.normalise(text);
        Set<Node> found = new TreeSet<>(Comparator.comparing(Node::getURI));
        for (Reference r : refs) if (r.pattern().matcher(normal).find()) found.add(r.concept());
        return found;
    }

    private static final String[] GLUE = {" ", "  ", "-", "\u2010", "\u2011", ", ", ".", "; ", "(", ")", "\"", "'", "/", "\t", "\n",
        "\u00a0", ":", "!", "?", "—", "–", "…"};
    private static final String[] LETTERS = {"a", "e", "s", "d", "x", "é", "ß", "ж", "中", "ı", "İ", "Ω", "ñ", "0", "7", "²", "½", "Ⅻ",
        "٣", "_", "\u0301"};

    private static String piece(Random r, List<String> labels) {
        String label = labels.get(r.nextInt(labels.size()));
        switch (r.nextInt(10)) {
            case 0: return label.substring(0, 1 + r.nextInt(label.length()));                  // a prefix
            case 1: return label.substring(r.nextInt(label.length()));                         // a suffix
            case 2: return label.toUpperCase(java.util.Locale.ROOT);
            case 3: return label.replace(' ', '-');
            case 4: return label.replace('-', ' ');
            case 5: return label + ConceptTagger.ENDINGS.get(r.nextInt(ConceptTagger.ENDINGS.size()));
            case 6: return LETTERS[r.nextInt(LETTERS.length)];
            default: return label;
        }
    }

    private static String randomText(Random r, List<String> labels) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + r.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            if (r.nextInt(3) == 0) text.append(LETTERS[r.nextInt(LETTERS.length)]);
            text.append(piece(r, labels));
            if (r.nextInt(4) == 0) text.append(ConceptTagger.ENDINGS.get(r.nextInt(ConceptTagger.ENDINGS.size())));
            if (r.nextInt(3) == 0) text.append(LETTERS[r.nextInt(LETTERS.length)]);
            if (r.nextInt(4) != 0) text.append(GLUE[r.nextInt(GLUE.length)]);
        }
        return text.toString();
    }

    @Test
    void findsTheSameConceptsAsOneRegularExpressionPerLabel() {
        List<String> labels = labels();
        List<Reference> refs = referencePatterns();
        Random random = new Random(20261202L);
        int tagged = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random, labels);
            Set<Node> expected = reference(refs, text);
            assertEquals(expected, TAGGER.conceptsIn(text), () -> "text: " + text);
            if (!expected.isEmpty()) tagged++;
        }
        // The texts exercise both outcomes: many are tagged, many are not.
        assertTrue(tagged > 5_000 && tagged < 19_000, "texts tagged: " + tagged);
    }

    @Test
    void aLetterOutsideTheBasicPlaneBeforeALabelKeepsItFromMatching() {
        // The reference's look-behind saw one UTF-16 unit, the low surrogate, and let this through.
        assertEquals(Set.of(), TAGGER.conceptsIn("\uD835\uDC00agent"));
        assertEquals(Set.of(), TAGGER.conceptsIn("agent\uD835\uDC00"));
        assertEquals(1, TAGGER.conceptsIn("\uD835\uDC00 agent").size());
    }
}
