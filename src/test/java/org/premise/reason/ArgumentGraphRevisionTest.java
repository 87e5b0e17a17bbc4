package org.premise.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.premise.rdf.Vocab;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.analysis.RandomArgumentGraphs;

/**
 * {@link ArgumentGraphReader#revise} gives what {@link ArgumentGraphReader#read} gives after
 * random changes of the triples it reads (premises, conclusions, attacks, kinds, texts, new
 * statements and arguments), compared by what the analysis reads of each statement.
 */
class ArgumentGraphRevisionTest {
    private static final List<Node> KINDS = List.of(Vocab.premise("Assumption"), Vocab.premise("Evidence"), Vocab.premise("Conclusion"),
            Vocab.premise("Statement"));

    @Test
    void revisingEqualsReadingAfterRandomChanges() {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            Graph g = ArgumentGraphWriter.write(RandomArgumentGraphs.generate(seed, 40));
            ArgumentGraph current = ArgumentGraphReader.read(g);
            List<Node> known = new ArrayList<>();
            g.find(Node.ANY, Vocab.text, Node.ANY).forEachRemaining(t -> known.add(t.getSubject()));
            for (int step = 0; step < 15; step++) {
                List<Triple> changes = new ArrayList<>();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    Triple t = randomTriple(random, g, known);
                    if (g.contains(t)) g.delete(t); else g.add(t);
                    changes.add(t);
                }
                current = ArgumentGraphReader.revise(current, g, changes);
                assertEquals(inputs(ArgumentGraphReader.read(g)), inputs(current), "seed " + seed + ", step " + step + ": " + changes);
            }
        }
    }

    private static Triple randomTriple(Random random, Graph g, List<Node> known) {
        List<Triple> existing = g.find(Node.ANY, Node.ANY, Node.ANY).toList();
        if (random.nextInt(3) == 0) return existing.get(random.nextInt(existing.size()));
        Node s = statement(random, known);
        Node a = NodeFactory.createURI(Vocab.KB + "arg-r" + random.nextInt(8));
        return switch (random.nextInt(6)) {
            case 0 -> Triple.create(a, Vocab.premiseOf, s);
            case 1 -> Triple.create(a, Vocab.conclusion, s);
            case 2 -> Triple.create(s, Vocab.undercuts, statement(random, known));
            case 3 -> Triple.create(s, Vocab.rebuts, statement(random, known));
            case 4 -> Triple.create(s, Vocab.rdfType, KINDS.get(random.nextInt(KINDS.size())));
            default -> Triple.create(s, Vocab.text, NodeFactory.createLiteralString("text " + random.nextInt(5)));
        };
    }

    /** A statement of the generated graph, or now and then a new one. */
    private static Node statement(Random random, List<Node> known) {
        return random.nextInt(5) == 0 ? Vocab.statement("r" + random.nextInt(10)) : known.get(random.nextInt(known.size()));
    }

    /** Per statement: leaf or not, the premise sets of its arguments (with counts), its attackers; and the conclusions and questions. */
    private static Map<String, Object> inputs(ArgumentGraph g) {
        Map<String, Object> out = new TreeMap<>();
        for (String s : g.statements()) {
            Map<Set<String>, Integer> premises = new HashMap<>();
            for (ArgumentGraph.Argument a : g.argumentsFor(s)) premises.merge(new HashSet<>(a.premises()), 1, Integer::sum);
            out.put(s, List.of(g.isLeaf(s), premises, g.attackersOf(s)));
        }
        out.put(" conclusions", new HashSet<>(g.conclusions()));
        Map<String, Set<String>> questions = new HashMap<>();
        for (String q : g.questions()) questions.put(q, g.bearsOn(q));
        out.put(" questions", questions);
        return out;
    }
}
