package org.premise.reason;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.premise.BadInputException;
import org.premise.rdf.Terms;
import org.premise.rdf.Vocab;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.credence.CredencePropagation;
import org.premise.reason.credence.CredenceResult;

/**
 * The credence of every leaf of an argument graph and where it came from, in order of
 * precedence: given (on the command line); {@code premise:credence} on the statement; the
 * confidence word on the statement, else on the digests it appears in (the lowest), through
 * the confidence table; else 0.5. See docs/semantics.md, "Credence".
 */
public final class Credences {
    /** Where a leaf's credence came from. */
    public enum Source {
        GIVEN, DATA, CONFIDENCE, DEFAULT;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A leaf's credence, its source and (for a confidence word) the word and where it was written. */
    public record Leaf(double value, Source source, String detail) {
    }

    /** The documented table from confidence words (lower case) to credences. */
    public static final Map<String, Double> CONFIDENCE_TABLE = Map.of("low", 0.25, "medium", 0.5, "high", 0.75);

    private final ArgumentGraph graph;
    private final Map<String, Leaf> leaves;
    private final boolean anyStated;
    private final List<String> notes;

    private Credences(ArgumentGraph graph, Map<String, Leaf> leaves, boolean anyStated, List<String> notes) {
        this.graph = graph;
        this.leaves = leaves;
        this.anyStated = anyStated;
        this.notes = notes;
    }

    /**
     * Reads the credences of the graph's leaves from the knowledge graph, with {@code given}
     * (statement id to credence, checked by the caller) first and {@code table} (confidence word
     * in lower case to credence) for confidence words. A {@code premise:credence} that is not a
     * number from 0 to 1 is bad input; one on a statement that is not a leaf is ignored, with a note.
     */
    public static Credences read(Graph knowledge, ArgumentGraph graph, Map<String, Double> given,
            Map<String, Double> table) {
        List<String> notes = new ArrayList<>();
        Map<String, Double> stated = new HashMap<>();
        knowledge.find(Node.ANY, Vocab.credence, Node.ANY).forEachRemaining((Triple t) -> {
            String id = ArgumentGraphReader.id(t.getSubject());
            double value = number(t.getObject(), Terms.show(t.getSubject()));
            Double before = stated.put(id, value);
            if (before != null && before != value) {
                throw new BadInputException(Terms.show(t.getSubject()) + " has two credences, " + before + " and "
                        + value);
            }
        });
        for (String id : new TreeMap<>(stated).keySet()) {
            if (graph.contains(id) && !graph.isLeaf(id)) {
                notes.add("premise:credence of " + Terms.show(AnalysisWriter.node(id))
                        + " ignored: it is concluded by arguments, not a leaf");
            }
        }
        Map<Node, String> documentWords = new HashMap<>();
        knowledge.find(Node.ANY, Vocab.confidence, Node.ANY).forEachRemaining((Triple t) -> {
            if (t.getObject().isLiteral()) {
                documentWords.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
            }
        });
        Map<String, Leaf> leaves = new LinkedHashMap<>();
        for (String id : graph.statements()) {
            if (!graph.isLeaf(id)) {
                continue;
            }
            if (given.containsKey(id)) {
                leaves.put(id, new Leaf(given.get(id), Source.GIVEN, null));
            } else if (stated.containsKey(id)) {
                leaves.put(id, new Leaf(stated.get(id), Source.DATA, null));
            } else {
                leaves.put(id, fromConfidence(knowledge, AnalysisWriter.node(id), documentWords, table));
            }
        }
        return new Credences(graph, Collections.unmodifiableMap(leaves), !given.isEmpty() || !stated.isEmpty(),
                List.copyOf(notes));
    }

    private static Leaf fromConfidence(Graph knowledge, Node statement, Map<Node, String> words,
            Map<String, Double> table) {
        String own = words.get(statement);
        if (own != null) {
            Double v = table.get(own.toLowerCase(Locale.ROOT));
            return v == null ? new Leaf(0.5, Source.DEFAULT, "confidence word " + own + " is not in the table")
                    : new Leaf(v, Source.CONFIDENCE, own);
        }
        Leaf lowest = null;
        for (Triple at : knowledge.find(statement, Vocab.hasAppearance, Node.ANY).toList()) {
            for (Triple in : knowledge.find(at.getObject(), Vocab.inDocument, Node.ANY).toList()) {
                String word = words.get(in.getObject());
                Double v = word == null ? null : table.get(word.toLowerCase(Locale.ROOT));
                if (v != null && (lowest == null || v < lowest.value())) {
                    lowest = new Leaf(v, Source.CONFIDENCE, word + " (" + Terms.show(in.getObject()) + ")");
                }
            }
        }
        return lowest != null ? lowest : new Leaf(0.5, Source.DEFAULT, null);
    }

    private static double number(Node literal, String statement) {
        if (literal.isLiteral()) {
            try {
                double v = Double.parseDouble(literal.getLiteralLexicalForm().strip());
                if (v >= 0 && v <= 1) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
        }
        throw new BadInputException("premise:credence of " + statement + " is " + Terms.show(literal)
                + "; expected a number from 0 to 1");
    }

    /** Each leaf's credence by id. */
    public Map<String, Double> values() {
        Map<String, Double> out = new HashMap<>();
        leaves.forEach((id, leaf) -> out.put(id, leaf.value()));
        return out;
    }

    /** A leaf's credence and source, or null for a statement that is not a leaf. */
    public Leaf leaf(String id) {
        return leaves.get(id);
    }

    /** Whether any credence was given on the command line or stated in the data (not only confidence words). */
    public boolean anyStated() {
        return anyStated;
    }

    /** One line per credence in the data that was ignored. */
    public List<String> notes() {
        return notes;
    }

    /** The figures of the targets under these credences, with statements retracted and assumed. */
    public CredenceResult propagate(List<String> targets, Collection<String> retract, Collection<String> assume,
            CredencePropagation.Options options) {
        return CredencePropagation.compute(graph, values(), targets, retract, assume, options);
    }
}
