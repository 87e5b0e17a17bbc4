package org.premise.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.premise.rdf.Vocab;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.analysis.ArgumentGraph;

/**
 * The statements whose analysis a change of the argument graph can change. A statement's
 * analysis (support and defeat sets, linchpins, grounded status) depends only on what lies
 * upstream of it: its arguments' premises and its attackers, recursively. So the statements
 * whose own inputs differ between the graphs (present or not, leaf or not, the premises of
 * each argument for it, its attackers) are the seeds, and with them everything downstream of a
 * seed in the new graph (through a premise to the argument's conclusion, through an attack to
 * its target). That is enough: an edge of the old graph that the new one lacks ends at a
 * statement whose inputs differ, itself a seed. Every other statement keeps its analysis,
 * so only these need computing and comparing after a write. The seeds are looked for among
 * the statements the changed triples touch ({@link #candidates}), not among all of them.
 */
final class AnalysisRegion {
    private AnalysisRegion() {}

    /**
     * The seeds among {@code candidates} (statement ids; null for every statement of either
     * graph) and everything downstream of them in {@code after}, found through the triples of
     * {@code g}, the graph {@code after} was read from.
     */
    static Set<String> affected(ArgumentGraph before, ArgumentGraph after, Collection<String> candidates, Graph g) {
        Set<String> ids = new LinkedHashSet<>();
        if (candidates == null) {
            ids.addAll(after.statements());
            ids.addAll(before.statements());
        } else {
            ids.addAll(candidates);
        }
        Set<String> seeds = new LinkedHashSet<>();
        for (String s : ids) {
            boolean inBefore = before.contains(s);
            boolean inAfter = after.contains(s);
            if (inBefore != inAfter || (inAfter && !sameInputs(before, after, s))) seeds.add(s);
        }
        if (seeds.isEmpty()) return seeds;
        return downstream(after, seeds, g);
    }

    /** The statement ids a set of changed triples can touch: subjects and objects, and the conclusions of an argument touched. */
    static Set<String> candidates(Collection<Triple> changes, Graph g) {
        Set<Node> touched = new LinkedHashSet<>();
        for (Triple t : changes) {
            if (!ArgumentGraphReader.PREDICATES.contains(t.getPredicate())) continue;
            touched.add(t.getSubject());
            if (!t.getObject().isLiteral()) touched.add(t.getObject());
        }
        for (Node n : List.copyOf(touched)) g.find(n, Vocab.conclusion, Node.ANY).forEachRemaining(t -> touched.add(t.getObject()));
        Set<String> ids = new LinkedHashSet<>();
        for (Node n : touched) {
            if (!n.isLiteral()) ids.add(ArgumentGraphReader.id(n));
        }
        return ids;
    }

    private static boolean sameInputs(ArgumentGraph before, ArgumentGraph after, String s) {
        if (before.isLeaf(s) != after.isLeaf(s)) return false;
        if (!before.attackersOf(s).equals(after.attackersOf(s))) return false;
        return premiseSets(before, s).equals(premiseSets(after, s));
    }

    /** The premises of each argument for a statement, as a count per set (the order arguments were read in does not matter). */
    private static Map<Set<String>, Integer> premiseSets(ArgumentGraph g, String s) {
        Map<Set<String>, Integer> out = new HashMap<>();
        for (ArgumentGraph.Argument a : g.argumentsFor(s)) out.merge(new HashSet<>(a.premises()), 1, Integer::sum);
        return out;
    }

    /** Breadth-first along premise-to-conclusion and attacker-to-target edges of the triples. */
    private static Set<String> downstream(ArgumentGraph after, Collection<String> seeds, Graph g) {
        Set<String> reached = new LinkedHashSet<>(seeds);
        Deque<String> todo = new ArrayDeque<>(seeds);
        while (!todo.isEmpty()) {
            Node x = node(todo.pop());
            List<Node> next = new ArrayList<>();
            g.find(Node.ANY, Vocab.premiseOf, x).forEachRemaining(p ->
                    g.find(p.getSubject(), Vocab.conclusion, Node.ANY).forEachRemaining(c -> next.add(c.getObject())));
            g.find(x, Vocab.undercuts, Node.ANY).forEachRemaining(t -> next.add(t.getObject()));
            g.find(x, Vocab.rebuts, Node.ANY).forEachRemaining(t -> next.add(t.getObject()));
            g.find(Node.ANY, Vocab.rebuts, x).forEachRemaining(t -> next.add(t.getSubject()));
            for (Node n : next) {
                if (n.isLiteral()) continue;
                String id = ArgumentGraphReader.id(n);
                if (after.contains(id) && reached.add(id)) todo.push(id);
            }
        }
        return reached;
    }

    private static Node node(String id) {
        return id.startsWith("_:") ? NodeFactory.createBlankNode(id.substring(2)) : NodeFactory.createURI(id);
    }
}
