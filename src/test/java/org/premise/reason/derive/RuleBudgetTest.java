package org.premise.reason.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.premise.kb.RuleBudget;
import org.premise.reason.rules.RuleFiles;
import org.premise.reason.rules.RuleRunawayException;

/** The time bound of a run of the rules, and what a derivation does once it has been stopped. */
class RuleBudgetTest {
    private static final String RULES = "@prefix ex: <http://example.org/> .\n"
            + "[back: (?a ex:next ?b) -> (?b ex:previous ?a)]\n";

    private static Graph chain(int n) {
        Graph g = GraphFactory.createDefaultGraph();
        Node next = NodeFactory.createURI("http://example.org/next");
        for (int i = 0; i < n; i++) {
            g.add(Triple.create(NodeFactory.createURI("http://example.org/n" + i), next,
                    NodeFactory.createURI("http://example.org/n" + (i + 1))));
        }
        return g;
    }

    @Test
    void aRunPastItsTimeIsStoppedAndStaysStopped() {
        List<RuleFiles.SourcedRule> rules = RuleFiles.parse("t.rules", RULES);
        Derivation d = Derivation.prepare(chain(5000), rules, new RuleBudget(0, Duration.ofNanos(1))).derivation();
        RuleRunawayException first = assertThrows(RuleRunawayException.class, d::complete);
        assertEquals("back", first.rule());
        assertTrue(first.toUserMessage().startsWith("t.rules:2: the rules ran longer than"), first.toUserMessage());
        assertTrue(first.getMessage().contains("--rules-timeout"), first.getMessage());
        // Half derived: any later evaluation refuses with the same reason instead of answering.
        assertSame(first, assertThrows(RuleRunawayException.class, d::complete));
    }

    @Test
    void noLimitsMeansTheWholeFixpoint() {
        List<RuleFiles.SourcedRule> rules = RuleFiles.parse("t.rules", RULES);
        Derivation d = Derivation.prepare(chain(5000), rules, new RuleBudget(0, Duration.ZERO)).derivation();
        d.complete();
        assertEquals(5000, d.materialised().size());
    }
}
