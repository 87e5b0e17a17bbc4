package org.premise.reason;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.premise.rdf.Vocab;
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

    /**
     * The argument graph of {@code g} after {@code changes} (triples added to or removed from
     * it) turned {@code before}, which was read from it as it was: the statements a changed
     * triple touches (its subject and object, and an argument's conclusions) are read again
     * from {@code g}, every other one is copied from {@code before}. Equal to {@link #read}
     * but for the order in which arguments are listed; a change to the class hierarchy or to
     * open questions is read in full. Costs one pass over {@code before} in memory and a few
     * look-ups per touched statement, instead of a pass over every triple of {@code g}.
     */
    public static ArgumentGraph revise(ArgumentGraph before, Graph g, java.util.Collection<Triple> changes) {
        Set<Node> touched = new LinkedHashSet<>();
        for (Triple t : changes) {
            Node p = t.getPredicate();
            if (!PREDICATES.contains(p)) continue;
            if (p.equals(RDFS.subClassOf.asNode()) || p.equals(Vocab.bearsOn) || Vocab.OpenQuestion.equals(t.getObject())) return read(g);
            touched.add(t.getSubject());
            if (!t.getObject().isLiteral()) touched.add(t.getObject());
        }
        if (touched.isEmpty()) return before;
        for (Node n : List.copyOf(touched)) g.find(n, Vocab.conclusion, Node.ANY).forEachRemaining(t -> touched.add(t.getObject()));
        Set<String> questionIds = new HashSet<>(before.questions());
        Map<String, Node> reread = new HashMap<>();
        for (Node n : touched) {
            if (n.isLiteral()) continue;
            if (questionIds.contains(id(n)) || g.contains(n, Vocab.rdfType, Vocab.OpenQuestion)) return read(g);
            reread.put(id(n), n);
        }

        Set<Node> conclusionClasses = subClassesOf(g, Vocab.Conclusion);
        Set<Node> leafClasses = new HashSet<>();
        leafClasses.addAll(subClassesOf(g, Vocab.Assumption));
        leafClasses.addAll(subClassesOf(g, Vocab.Evidence));
        leafClasses.addAll(subClassesOf(g, Vocab.premise("Definition")));

        TreeMap<String, Node> statements = new TreeMap<>();
        for (String id : before.statements()) {
            if (!reread.containsKey(id)) statements.put(id, null);
        }
        reread.forEach((id, n) -> {
            if (isStatement(g, n)) statements.put(id, n);
        });
        Set<String> conclusions = new HashSet<>(before.conclusions());
        ArgumentGraph.Builder b = ArgumentGraph.builder();
        statements.forEach((id, n) -> {
            if (n == null) {
                if (before.isLeaf(id)) b.leaf(id); else b.statement(id);
                if (conclusions.contains(id)) b.conclusion(id);
                return;
            }
            Set<Node> types = types(g, n);
            boolean typedLeaf = types.stream().anyMatch(leafClasses::contains);
            boolean typedConclusion = types.stream().anyMatch(conclusionClasses::contains);
            if (typedLeaf || (!typedConclusion && !g.contains(Node.ANY, Vocab.conclusion, n))) b.leaf(id); else b.statement(id);
            if (typedConclusion) b.conclusion(id);
        });
        statements.forEach((id, n) -> {
            if (n == null) {
                for (ArgumentGraph.Argument a : before.argumentsFor(id)) b.argument(id, a.premises());
                for (String attacker : before.attackersOf(id)) b.undercut(attacker, id);
                return;
            }
            g.find(Node.ANY, Vocab.conclusion, n).forEachRemaining(t -> {
                Set<String> premises = new LinkedHashSet<>();
                g.find(t.getSubject(), Vocab.premiseOf, Node.ANY).forEachRemaining(p -> premises.add(id(p.getObject())));
                if (!premises.isEmpty()) b.argument(id, premises);
            });
            g.find(Node.ANY, Vocab.undercuts, n).forEachRemaining(t -> b.undercut(id(t.getSubject()), id));
            g.find(Node.ANY, Vocab.rebuts, n).forEachRemaining(t -> {
                if (!t.getSubject().equals(n)) b.undercut(id(t.getSubject()), id);
            });
            g.find(n, Vocab.rebuts, Node.ANY).forEachRemaining(t -> {
                if (!t.getObject().equals(n)) b.undercut(id(t.getObject()), id);
            });
        });
        for (String q : before.questions()) {
            b.question(q);
            for (String on : before.bearsOn(q)) {
                if (statements.containsKey(on)) b.bearsOn(q, on);
            }
        }
        return b.build();
    }

    /** Whether {@link #read} counts a node as a statement: it has a text, or is a premise, conclusion, attacker or target. */
    private static boolean isStatement(Graph g, Node n) {
        return g.contains(n, Vocab.text, Node.ANY) || g.contains(Node.ANY, Vocab.premiseOf, n) || g.contains(Node.ANY, Vocab.conclusion, n)
                || g.contains(n, Vocab.undercuts, Node.ANY) || g.contains(Node.ANY, Vocab.undercuts, n)
                || g.contains(n, Vocab.rebuts, Node.ANY) || g.contains(Node.ANY, Vocab.rebuts, n);
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
