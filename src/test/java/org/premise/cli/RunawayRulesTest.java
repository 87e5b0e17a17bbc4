package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User rules that would run forever are stopped with one line naming the rule and the flag
 * (issue 10, finding 5), on Premise's evaluator and on Jena's; print() keeps out of the data;
 * backward rules are refused instead of being skipped without a word.
 */
class RunawayRulesTest {
    private static final String PREFIX = "@prefix premise: <https://w3id.org/premise/ontology#> .\n";

    @TempDir Path dir;

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Cli.Run infer(Path rules, Path data, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("infer", "--no-bundled",
                "--no-bundled-rules", "--inferred-only", "--format", "nt", "--rules", rules.toString(), "--data", data.toString()));
        args.addAll(java.util.List.of(more));
        return Cli.run(args);
    }

    private static void assertStopped(Cli.Run run, Path rules, String rule, String flag) {
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertTrue(run.err().startsWith("premise: " + rules + ":2: "), run.err());
        assertTrue(run.err().contains("\"" + rule + "\"") && run.err().contains(flag), run.err());
        assertEquals("", run.out(), "nothing half-written");
    }

    @Test
    void aCounterFeedingItselfIsStoppedOnJenasEngine() throws Exception {
        Path rules = file("grow.rules", PREFIX + "[count-up: (?s premise:n ?x) sum(?x, 1, ?y) -> (?s premise:n ?y)]\n");
        Path data = file("seed.ttl", PREFIX + "<http://e/a> premise:n 0 .\n");
        assertStopped(infer(rules, data, "--max-derived", "5000"), rules, "count-up", "--max-derived");
    }

    @Test
    void aHeadVariableMakingNewBlankNodesIsStopped() throws Exception {
        Path rules = file("bnode.rules", PREFIX + "[grow: (?s premise:next ?x) -> (?x premise:next ?new)]\n");
        Path data = file("seed.ttl", PREFIX + "<http://e/a> premise:next <http://e/b> .\n");
        assertStopped(infer(rules, data, "--max-derived", "5000"), rules, "grow", "--max-derived");
    }

    @Test
    void aSkolemChainIsStoppedOnPremisesEvaluator() throws Exception {
        Path rules = file("chain.rules", PREFIX + "[chain: (?s premise:next ?x) makeSkolem(?y, ?x) -> (?x premise:next ?y)]\n");
        Path data = file("seed.ttl", PREFIX + "<http://e/a> premise:next <http://e/b> .\n");
        Cli.Run run = infer(rules, data, "--max-derived", "5000");
        assertStopped(run, rules, "chain", "--max-derived");
        assertTrue(!run.err().contains("note:"), "ran on Premise's own evaluator: " + run.err());
    }

    @Test
    void aFiniteRunWithinTheBudgetIsUntouched() throws Exception {
        Path rules = file("chain.rules", PREFIX + "[back: (?s premise:next ?x) -> (?x premise:previous ?s)]\n");
        StringBuilder data = new StringBuilder(PREFIX);
        for (int i = 0; i < 3000; i++) data.append("<http://e/n").append(i).append("> premise:next <http://e/n").append(i + 1).append("> .\n");
        Cli.Run run = infer(rules, file("chain.ttl", data.toString()), "--max-derived", "3000");
        assertEquals(0, run.exit(), run.err());
        assertEquals(3000, run.out().lines().count());
        assertStopped(infer(rules, file("chain2.ttl", data.toString()), "--max-derived", "2999"), rules, "back", "--max-derived");
    }

    @Test
    void printWritesToStandardErrorNotIntoTheData() throws Exception {
        Path rules = file("print.rules", PREFIX + "[p: (?s premise:next ?x) print(?s, ?x) -> (?s premise:seen ?x)]\n");
        Cli.Run run = infer(rules, file("seed.ttl", PREFIX + "<http://e/a> premise:next <http://e/b> .\n"));
        assertEquals(0, run.exit(), run.err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8))).lang(Lang.NTRIPLES).parse(g);
        assertEquals(1, g.size(), "stdout is exactly the derived triple: " + run.out());
    }

    @Test
    void aBackwardRuleIsRefusedWithItsPlace() throws Exception {
        Path rules = file("back.rules", PREFIX + "[b: (?x premise:seen ?s) <- (?s premise:next ?x)]\n");
        Cli.Run run = infer(rules, file("seed.ttl", PREFIX + "<http://e/a> premise:next <http://e/b> .\n"));
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertEquals("premise: " + rules + ":2:1: rule \"b\" is a backward rule (<-), which Premise does not run: "
                + "write it forward, as [name: body -> head]", run.err().strip());
    }

    @Test
    void aNegativeBudgetIsBadUsage() {
        Cli.Run run = Cli.run("query", "dependencies", "--rules-timeout", "-1");
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("--rules-timeout"), run.err());
    }
}
