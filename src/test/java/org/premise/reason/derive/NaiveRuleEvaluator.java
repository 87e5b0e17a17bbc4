package org.premise.reason.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.Functor;
import org.apache.jena.reasoner.rulesys.Node_RuleVariable;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.reason.rules.RuleFiles;

/**
 * The plainest possible reference for forward rules within the fast path: apply every rule
 * to every binding of its body over all facts, repeat until nothing new appears. No
 * indexes, no strata beyond "noValue only reads predicates no rule derives" (which the random
 * rule files guarantee), no semi-naive rounds, no closure index.
 */
final class NaiveRuleEvaluator {
    private NaiveRuleEvaluator() {
    }

    /** The triples the rules derive from the data that the data does not assert. */
    static Graph inferred(Graph data, List<RuleFiles.SourcedRule> rules) {
        Graph all = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(all::add);
        Map<List<Node>, Node> skolems = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (RuleFiles.SourcedRule sourced : rules) {
                Rule rule = sourced.rule();
                List<Map<String, Node>> bindings = new ArrayList<>();
                match(rule.getBody(), 0, new HashMap<>(), all, bindings);
                for (Map<String, Node> b : bindings) {
                    if (!negationsHold(rule.getBody(), b, all)) continue;
                    for (ClauseEntry c : rule.getBody()) {
                        if (c instanceof Functor f && f.getName().equals("makeSkolem")) {
                            List<Node> key = new ArrayList<>();
                            for (int i = 1; i < f.getArgs().length; i++) key.add(value(f.getArgs()[i], b));
                            b.put(name(f.getArgs()[0]), skolems.computeIfAbsent(key, k -> NodeFactory.createBlankNode()));
                        }
                    }
                    for (ClauseEntry c : rule.getHead()) {
                        TriplePattern h = (TriplePattern) c;
                        Triple t = Triple.create(value(h.getSubject(), b), value(h.getPredicate(), b), value(h.getObject(), b));
                        if (!t.getSubject().isLiteral() && !all.contains(t)) {
                            all.add(t);
                            changed = true;
                        }
                    }
                }
            }
        }
        Graph out = GraphFactory.createDefaultGraph();
        all.find().forEachRemaining(t -> {
            if (!data.contains(t)) out.add(t);
        });
        return out;
    }

    private static void match(ClauseEntry[] body, int i, Map<String, Node> b, Graph all, List<Map<String, Node>> out) {
        if (i == body.length) {
            out.add(new HashMap<>(b));
            return;
        }
        if (!(body[i] instanceof TriplePattern p)) {
            match(body, i + 1, b, all, out);
            return;
        }
        Node s = lookup(p.getSubject(), b);
        Node pr = lookup(p.getPredicate(), b);
        Node o = lookup(p.getObject(), b);
        for (Triple t : all.find(s, pr, o).toList()) {
            Map<String, Node> next = new HashMap<>(b);
            if (bind(p.getSubject(), t.getSubject(), next) && bind(p.getPredicate(), t.getPredicate(), next)
                    && bind(p.getObject(), t.getObject(), next)) {
                match(body, i + 1, next, all, out);
            }
        }
    }

    private static boolean negationsHold(ClauseEntry[] body, Map<String, Node> b, Graph all) {
        for (ClauseEntry c : body) {
            if (c instanceof Functor f && f.getName().equals("noValue")) {
                Node[] a = f.getArgs();
                Node o = a.length > 2 ? lookup(a[2], b) : Node.ANY;
                if (all.contains(lookup(a[0], b), lookup(a[1], b), o)) return false;
            }
        }
        return true;
    }

    private static boolean bind(Node pattern, Node value, Map<String, Node> b) {
        if (!(pattern instanceof Node_RuleVariable)) return pattern.equals(value);
        Node old = b.putIfAbsent(name(pattern), value);
        return old == null || old.equals(value);
    }

    private static Node lookup(Node n, Map<String, Node> b) {
        if (!(n instanceof Node_RuleVariable)) return n;
        Node v = b.get(name(n));
        return v == null ? Node.ANY : v;
    }

    private static Node value(Node n, Map<String, Node> b) {
        return n instanceof Node_RuleVariable ? b.get(name(n)) : n;
    }

    private static String name(Node v) {
        return ((Node_RuleVariable) v).getName();
    }
}
