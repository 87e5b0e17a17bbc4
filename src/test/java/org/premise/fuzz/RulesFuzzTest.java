package org.premise.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.BadInputException;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.RuleBudget;
import org.premise.kb.SourceSpec;
import org.premise.rdf.Vocab;
import org.premise.reason.Inference;
import org.premise.reason.Workspace;
import org.premise.reason.rules.RuleFiles;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The rule-file reader, as {@code --rules my.rules} reads a file beside the bundled rules:
 * parsed rule by rule and checked for duplicate names; the rules that read are then compiled
 * and run over a small argument graph within a small budget, as every command runs them
 * (running past the budget is a {@code RuleRunawayException}, a refusal naming a rule).
 */
class RulesFuzzTest {
    private static final Path FOLDER = ReaderContract.scratchFolder("rules");
    private static final Path FILE = FOLDER.resolve("my.rules");
    private static final RuleBudget BUDGET = new RuleBudget(20_000, Duration.ofSeconds(2));

    @FuzzTest
    void rules(byte[] content) {
        ReaderContract.withinTimeLimit(() -> {
            ReaderContract.write(FILE, content);
            ReaderContract.read(FILE.toString(), content,
                    () -> Workspace.loadRules(new SourceSpec(false, List.of(), true, List.of(FILE), SourceSpec.DEFAULT_SET_CAP)))
                    .ifPresent(RulesFuzzTest::run);
        });
    }

    /** Runs the rules to their fixpoint over a few statements; a runaway names a rule of some file. */
    private static void run(List<RuleFiles.SourcedRule> rules) {
        try {
            Inference inference = Inference.run(KnowledgeBase.of(GraphFactory.createDefaultGraph(), Map.of(
                    Vocab.sourceGraph("map.ttl"), argumentGraph())), rules, BUDGET);
            inference.graph().find().forEachRemaining(t -> { });
        } catch (BadInputException e) {
            ReaderContract.checkRefusal(e);
        }
    }

    /** a and b support c through an argument; d undercuts a. */
    private static Graph argumentGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        Node a = Vocab.statement("a"), b = Vocab.statement("b"), c = Vocab.statement("c"), d = Vocab.statement("d");
        Node argument = NodeFactory.createURI(Vocab.KB + "argument-c");
        for (Node s : List.of(a, b, c, d)) {
            g.add(Triple.create(s, Vocab.rdfType, Vocab.Statement));
            g.add(Triple.create(s, Vocab.text, NodeFactory.createLiteralString("statement " + s.getLocalName())));
        }
        g.add(Triple.create(a, Vocab.rdfType, Vocab.Assumption));
        g.add(Triple.create(argument, Vocab.rdfType, Vocab.Argument));
        g.add(Triple.create(argument, Vocab.premiseOf, a));
        g.add(Triple.create(argument, Vocab.premiseOf, b));
        g.add(Triple.create(argument, Vocab.conclusion, c));
        g.add(Triple.create(d, Vocab.undercuts, a));
        return g;
    }
}
