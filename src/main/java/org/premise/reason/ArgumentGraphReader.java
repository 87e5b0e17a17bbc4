package org.premise.reason;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.premise.kb.Vocab;
import org.premise.reason.analysis.ArgumentGraph;

/**
 * Reads the argument graph the analysis works on out of the knowledge graph (asserted plus
 * inferred triples): statements by IRI, arguments (premises → conclusion), undercuts,
 * rebuts, open questions and what they bear on.
 *
 * <p>Which statements are leaves (stand on their own): those typed assumption, evidence or
 * definition, and any other statement (not an open question) that no argument concludes and
 * that is not typed a conclusion, so that a digest read without an argument map still has its
 * claims stand as asserted. A statement typed conclusion with no argument is unsupported.
 */
public final class ArgumentGraphReader {
    private ArgumentGraphReader() {}

    /**
     * Every predicate {@link #read} looks at: a change to triples with none of these cannot
     * change the argument graph, nor the analysis computed from it. Keep it in step with read.
     */
    public static final Set<Node> PREDICATES = Set.of(Vocab.rdfType, RDFS.subClassOf.asNode(), Vocab.text, Vocab.premiseOf,
            Vocab.conclusion, Vocab.undercuts, Vocab.rebuts, Vocab.bearsOn);

    public static ArgumentGraph read(Graph g) {
        Set<Node> conclusionClasses = subClassesOf(g, Vocab.Conclusion);
        Set<Node> leafClasses = new HashSet<>();
        leafClasses.addAll(subClassesOf(g, Vocab.Assumption));
        leafClasses.addAll(subClassesOf(g, Vocab.Evidence));
        leafClasses.addAll(subClassesOf(g, Vocab.premise("Definition")));

        Set<Node> questions = new LinkedHashSet<>();
        g.find(Node.ANY, Vocab.rdfType, Vocab.OpenQuestion).forEachRemaining(t -> questions.add(t.getSubject()));

        TreeMap<String, Node> statements = new TreeMap<>();
        g.find(Node.ANY, Vocab.text, Node.ANY).forEachRemaining(t -> addStatement(statements, questions, t.getSubject()));
        for (Node p : new Node[] {Vocab.premiseOf, Vocab.conclusion}) {
            g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> addStatement(statements, questions, t.getObject()));
        }
        for (Node p : new Node[] {Vocab.undercuts, Vocab.rebuts}) {
            g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                addStatement(statements, questions, t.getSubject());
                addStatement(statements, questions, t.getObject());
            });
        }

        Set<Node> concluded = new HashSet<>();
        g.find(Node.ANY, Vocab.conclusion, Node.ANY).forEachRemaining(t -> concluded.add(t.getObject()));

        ArgumentGraph.Builder b = ArgumentGraph.builder();
        for (Node s : statements.values()) {
            Set<Node> types = types(g, s);
            boolean typedLeaf = types.stream().anyMatch(leafClasses::contains);
            boolean typedConclusion = types.stream().anyMatch(conclusionClasses::contains);
            if (typedLeaf || (!typedConclusion && !concluded.contains(s))) {
                b.leaf(id(s));
            } else {
                b.statement(id(s));
            }
            if (typedConclusion) b.conclusion(id(s));
        }
        g.find(Node.ANY, Vocab.conclusion, Node.ANY).forEachRemaining((Triple t) -> {
            Node argument = t.getSubject();
            Set<String> premises = new LinkedHashSet<>();
            g.find(argument, Vocab.premiseOf, Node.ANY).forEachRemaining(p -> premises.add(id(p.getObject())));
            if (!premises.isEmpty() && statements.containsKey(id(t.getObject()))) b.argument(id(t.getObject()), premises);
        });
        g.find(Node.ANY, Vocab.undercuts, Node.ANY).forEachRemaining(t -> b.undercut(id(t.getSubject()), id(t.getObject())));
        Set<String> rebutPairs = new HashSet<>();
        g.find(Node.ANY, Vocab.rebuts, Node.ANY).forEachRemaining(t -> {
            String a = id(t.getSubject()), c = id(t.getObject());
            String pair = a.compareTo(c) < 0 ? a + " " + c : c + " " + a;
            if (!a.equals(c) && rebutPairs.add(pair)) b.rebut(a, c);
        });
        for (Node q : questions) {
            b.question(id(q));
            g.find(q, Vocab.bearsOn, Node.ANY).forEachRemaining(t -> {
                if (statements.containsKey(id(t.getObject()))) b.bearsOn(id(q), id(t.getObject()));
            });
        }
        return b.build();
    }

    /** The analysis names statements by IRI (or blank-node label). */
    public static String id(Node n) {
        return n.isURI() ? n.getURI() : "_:" + n.getBlankNodeLabel();
    }

    private static void addStatement(TreeMap<String, Node> statements, Set<Node> questions, Node n) {
        if (!n.isLiteral() && !questions.contains(n)) statements.putIfAbsent(id(n), n);
    }

    private static Set<Node> types(Graph g, Node s) {
        Set<Node> types = new HashSet<>();
        g.find(s, Vocab.rdfType, Node.ANY).forEachRemaining(t -> types.add(t.getObject()));
        return types;
    }

    /** The class and every class declared (transitively) a subclass of it. */
    static Set<Node> subClassesOf(Graph g, Node cls) {
        Set<Node> result = new LinkedHashSet<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.add(cls);
        while (!todo.isEmpty()) {
            Node c = todo.poll();
            if (result.add(c)) {
                g.find(Node.ANY, RDFS.subClassOf.asNode(), c).forEachRemaining(t -> todo.add(t.getSubject()));
            }
        }
        return result;
    }
}
