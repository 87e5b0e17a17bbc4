package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** On the bundled seed, taking a rule file away takes away what it derived, and only that. */
class RemovingRuleFileTest {
    static final String PREMISE = "https://w3id.org/premise/ontology#";
    static final String ST = "https://w3id.org/premise/statement/";
    static final Node FRICTION_SOURCE = NodeFactory.createURI(PREMISE + "FrictionSource");
    static final Node BREAKS = NodeFactory.createURI(PREMISE + "breaks");
    static final Node CONCLUSION = NodeFactory.createURI(PREMISE + "conclusion");
    static final Node DEPENDS_ON = NodeFactory.createURI(PREMISE + "dependsOn");
    static final Node THESIS = NodeFactory.createURI(ST + "thesis");
    static final Node LOOP_BROKEN = NodeFactory.createURI(ST + "rsi-loop-broken");

    static Graph inferred(String... ruleFiles) {
        List<String> args = new ArrayList<>(List.of("infer", "--inferred-only", "--format", "nt"));
        if (ruleFiles.length > 0) args.add("--no-bundled-rules");
        for (String f : ruleFiles) args.addAll(List.of("--rules", "rules/" + f));
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.exit(), run.err());
        return RDFParser.fromString(run.out(), Lang.NTRIPLES).toGraph();
    }

    static Set<String> thesisDependsOn(Graph g) {
        Set<String> keys = new TreeSet<>();
        g.find(THESIS, DEPENDS_ON, Node.ANY).forEachRemaining(t -> keys.add(t.getObject().getURI().substring(ST.length())));
        return keys;
    }

    @Test
    void withoutFrictionRulesThereAreNoFrictionSourcesBreaksOrBrokenLoopArguments() {
        Graph all = inferred();
        Set<Node> sources = all.find(Node.ANY, RDF.type.asNode(), FRICTION_SOURCE).mapWith(t -> t.getSubject()).toSet();
        assertEquals(7, sources.size(), "with every bundled rule the seed has seven friction sources");
        assertTrue(all.contains(Node.ANY, BREAKS, Node.ANY));
        assertTrue(all.contains(Node.ANY, CONCLUSION, LOOP_BROKEN));
        assertTrue(thesisDependsOn(all).containsAll(SeedConsequencesTest.FRICTION));

        Graph noFriction = inferred("dependence.rules", "unknowns.rules");
        assertFalse(noFriction.contains(Node.ANY, RDF.type.asNode(), FRICTION_SOURCE), "a friction source was derived");
        assertFalse(noFriction.contains(Node.ANY, BREAKS, Node.ANY), "premise:breaks was derived");
        assertFalse(noFriction.contains(Node.ANY, CONCLUSION, LOOP_BROKEN), "an argument for rsi-loop-broken was derived");
        Set<String> dependsOn = thesisDependsOn(noFriction);
        assertTrue(dependsOn.contains("models-capable"), dependsOn::toString);
        for (Node source : sources) {
            assertFalse(noFriction.contains(THESIS, DEPENDS_ON, source), "thesis still depends on " + source);
        }
    }

    @Test
    void withoutDependenceRulesNothingDependsOnAnything() {
        assertTrue(inferred().contains(Node.ANY, DEPENDS_ON, Node.ANY));
        Graph noDependence = inferred("friction.rules", "unknowns.rules");
        assertFalse(noDependence.contains(Node.ANY, DEPENDS_ON, Node.ANY),
                () -> "premise:dependsOn derived: " + noDependence.find(Node.ANY, DEPENDS_ON, Node.ANY).toList());
        assertTrue(noDependence.contains(Node.ANY, BREAKS, Node.ANY), "friction.rules still applies");
    }
}
