package org.premise.reason.derive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.premise.reason.rules.RuleFiles;

/**
 * Seeded random data and random rule files within the fast path (triple patterns, variable
 * predicates in bodies, transitive rules, makeSkolem, noValue on predicates no rule derives),
 * for comparing Premise's evaluator with Jena's.
 */
final class RandomRuleSets {
    static final String NS = "http://example.org/r#";
    private static final String[] VARS = {"?a", "?b", "?c", "?d"};

    private final Random random;
    final int predicates;
    final int individuals;

    RandomRuleSets(long seed) {
        random = new Random(seed);
        predicates = 3 + random.nextInt(3);
        individuals = 4 + random.nextInt(8);
    }

    static Node p(int i) {
        return NodeFactory.createURI(NS + "p" + i);
    }

    static Node n(int i) {
        return NodeFactory.createURI(NS + "n" + i);
    }

    static Node c(int i) {
        return NodeFactory.createURI(NS + "C" + i);
    }

    /** 5 to 40 triples over a few individuals, predicates and classes, with a literal or two. */
    Graph data() {
        Graph g = GraphFactory.createDefaultGraph();
        int triples = 5 + random.nextInt(36);
        for (int i = 0; i < triples; i++) {
            Node s = n(random.nextInt(individuals));
            if (random.nextInt(5) == 0) {
                g.add(s, RDF.type.asNode(), c(random.nextInt(3)));
            } else if (random.nextInt(12) == 0) {
                g.add(s, p(random.nextInt(predicates)), NodeFactory.createLiteralString("v" + random.nextInt(3)));
            } else {
                g.add(s, p(random.nextInt(predicates)), n(random.nextInt(individuals)));
            }
        }
        return g;
    }

    /** A rule file of 1 to 5 rules; predicate p0 is never derived, so noValue may read it. */
    String rules() {
        StringBuilder out = new StringBuilder("@prefix r: <" + NS + ">.\n@prefix rdf: <" + RDF.getURI() + ">.\n");
        int count = 1 + random.nextInt(5);
        boolean variablePredicates = random.nextInt(4) == 0;
        for (int i = 0; i < count; i++) {
            out.append(rule(i, variablePredicates)).append('\n');
        }
        return out.toString();
    }

    private String rule(int i, boolean variablePredicates) {
        int derived = 1 + random.nextInt(predicates - 1);
        if (random.nextInt(5) == 0) {
            return "[transitive-" + i + ": (?a r:p" + derived + " ?b) (?b r:p" + derived + " ?c) -> (?a r:p" + derived
                    + " ?c)]";
        }
        List<String> body = new ArrayList<>();
        Set<String> bound = new LinkedHashSet<>();
        int atoms = 1 + random.nextInt(3);
        for (int k = 0; k < atoms; k++) {
            String s = k > 0 && random.nextBoolean() ? pick(bound) : VARS[random.nextInt(VARS.length)];
            String o = random.nextInt(6) == 0 ? "r:n" + random.nextInt(individuals) : VARS[random.nextInt(VARS.length)];
            String p;
            if (variablePredicates && random.nextInt(3) == 0) {
                p = "?p";
            } else if (random.nextInt(6) == 0) {
                p = "rdf:type";
                o = "r:C" + random.nextInt(3);
            } else {
                p = "r:p" + random.nextInt(predicates);
            }
            body.add("(" + s + " " + p + " " + o + ")");
            for (String t : new String[] {s, p, o}) {
                if (t.startsWith("?")) bound.add(t);
            }
        }
        List<String> extra = new ArrayList<>();
        List<String> boundVars = new ArrayList<>(bound);
        boundVars.remove("?p");
        if (boundVars.isEmpty()) {
            boundVars.add("?a");
            body.add("(?a r:p0 ?x" + i + ")");
        }
        if (random.nextInt(4) == 0) {
            extra.add("noValue(" + pick(boundVars) + " r:p0" + (random.nextBoolean() ? " " + pick(boundVars) : "") + ")");
        }
        String headS = pick(boundVars);
        String headO = pick(boundVars);
        List<String> head = new ArrayList<>();
        if (!variablePredicates && random.nextInt(5) == 0) {
            // A skolem node of the bound values, in a predicate no body reads (else it could grow forever).
            extra.add("makeSkolem(?sk, " + headS + ", 'k" + i + "')");
            head.add("(?sk r:made " + headO + ")");
            head.add("(?sk rdf:type r:Made)");
        } else if (random.nextInt(6) == 0) {
            head.add("(" + headS + " rdf:type r:C" + random.nextInt(3) + ")");
        } else {
            head.add("(" + headS + " r:p" + derived + " " + headO + ")");
        }
        return "[rule-" + i + ": " + String.join(" ", body) + " " + String.join(" ", extra) + " -> "
                + String.join(" ", head) + "]";
    }

    private String pick(java.util.Collection<String> from) {
        List<String> list = new ArrayList<>(from);
        return list.get(random.nextInt(list.size()));
    }

    static List<RuleFiles.SourcedRule> parse(String text) {
        return RuleFiles.parse("random.rules", text);
    }
}
