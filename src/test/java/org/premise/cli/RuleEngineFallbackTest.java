package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user rule outside the fast path (here a builtin other than noValue and makeSkolem) still
 * runs, on Jena's engine, with every other rule, and the user is told which rule sent it there.
 */
class RuleEngineFallbackTest {
    @TempDir Path dir;

    @Test
    void aRuleWithAnotherBuiltinRunsOnJenaAndSaysWhy() throws Exception {
        Path rules = dir.resolve("extra.rules");
        Files.writeString(rules, """
                @prefix premise: <https://w3id.org/premise/ontology#> .
                @prefix ex: <http://example.org/> .
                [distinct-premises: (?a premise:premise ?x) (?a premise:premise ?y) notEqual(?x, ?y) -> (?x ex:sharesAnArgumentWith ?y)]
                """);
        Cli.Run run = Cli.run("infer", "--rules", rules.toString(), "--inferred-only", "--format", "nt");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().startsWith("note: rule \"distinct-premises\" (" + rules + ":3) uses the builtin notEqual(...)"),
                run.err());
        assertTrue(run.out().contains("<http://example.org/sharesAnArgumentWith>"), "the user's rule ran");
        assertTrue(run.out().contains("<https://w3id.org/premise/ontology#dependsOn>"), "the bundled rules ran too");
    }

    @Test
    void rulesWithinTheFastPathPrintNothingExtra() {
        Cli.Run run = Cli.run("query", "dependencies");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
    }
}
