package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Consequence 1 of the seed's argument map, through the command line: thesis depends on
 * models-capable and on each of the seven friction sources, and on no RSI condition; and
 * explain shows how the rules derived it.
 */
class SeedConsequencesTest {
    static final Set<String> FRICTION = Set.of("political-allocation", "gains-dont-transfer", "translation-gap",
            "parallelism-limits", "post-training-last-mile", "complexity-break", "oligopoly");

    @Test
    void thesisDependsOnModelsCapableAndEverySevenFrictionSourcesAndNoRsiCondition() {
        Cli.Run run = Cli.run("query", "assumptions-of", "--param", "statement=thesis", "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        Set<String> assumptions = new TreeSet<>();
        for (String row : run.rowsAfterHeader()) {
            String iri = row.split(",")[0];
            assumptions.add(iri.substring(iri.lastIndexOf('/') + 1));
        }
        Set<String> expected = new TreeSet<>(FRICTION);
        expected.add("models-capable");
        assertEquals(expected, assumptions);
    }

    @Test
    void dependenciesListsTheThesisRowsOfConsequenceOne() {
        Cli.Run run = Cli.run("query", "dependencies", "--format", "tsv");
        assertEquals(0, run.exit(), run.err());
        Set<String> thesisRows = new TreeSet<>();
        for (String row : run.rowsAfterHeader()) {
            if (row.startsWith("<https://w3id.org/premise/statement/thesis>\t")) thesisRows.add(row.split("\t")[1]);
        }
        Set<String> expected = new TreeSet<>();
        FRICTION.forEach(f -> expected.add("<https://w3id.org/premise/statement/" + f + ">"));
        expected.add("<https://w3id.org/premise/statement/models-capable>");
        assertEquals(expected, thesisRows);
        for (String condition : new String[] {"closed-loop", "amplifying-gains", "low-friction"}) {
            assertTrue(run.rowsAfterHeader().stream().noneMatch(r -> r.startsWith("<https://w3id.org/premise/statement/thesis>\t<https://w3id.org/premise/statement/" + condition + ">")));
        }
    }

    @Test
    void explainTracesThesisDependenceToAssertedArguments() {
        Cli.Run run = Cli.run("explain", "thesis", "premise:dependsOn", "models-capable");
        assertEquals(0, run.exit(), run.err());
        String expected = String.join("\n",
                "st:thesis premise:dependsOn st:models-capable   [depends-on-transitive]",
                "├─ st:thesis premise:dependsOn st:lossy-regime   [depends-on-premise]",
                "│  ├─ kb:arg-thesis premise:conclusion st:thesis   (asserted in graph:source/lossy-self-improvement.map.ttl)",
                "│  └─ kb:arg-thesis premise:premise st:lossy-regime   (asserted in graph:source/lossy-self-improvement.map.ttl)",
                "└─ st:lossy-regime premise:dependsOn st:models-capable   [depends-on-premise]",
                "   ├─ kb:arg-lossy-regime premise:conclusion st:lossy-regime   (asserted in graph:source/lossy-self-improvement.map.ttl)",
                "   └─ kb:arg-lossy-regime premise:premise st:models-capable   (asserted in graph:source/lossy-self-improvement.map.ttl)",
                "");
        assertEquals(expected, run.out().replace("\r\n", "\n"));
    }

    @Test
    void explainOfAFrictionArgumentNamesTheFrictionRules() {
        Cli.Run run = Cli.run("explain", "oligopoly", "premise:breaks", "kb:rsi-loop");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("st:oligopoly premise:breaks kb:rsi-loop   [friction-breaks-loop]"), run.out());
        assertTrue(run.out().contains("st:oligopoly premise:undercuts st:low-friction   (asserted in"), run.out());
    }

    @Test
    void renderWritesTheSeedBackByteForByte() throws Exception {
        Cli.Run run = Cli.run("render");
        assertEquals(0, run.exit(), run.err());
        assertEquals(Files.readString(Path.of("kb/lossy-self-improvement.txt")), run.out());
    }

    @Test
    void checkPassesOnTheBundledKnowledgeBase() {
        Cli.Run run = Cli.run("check");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("ok: no violations", run.out().trim());
    }
}
