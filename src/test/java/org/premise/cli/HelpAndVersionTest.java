package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code --help} on the root and on every subcommand, {@code help VERB}, and {@code --version}. */
class HelpAndVersionTest {
    @Test
    void rootHelpListsEveryVerb() {
        Cli.Run run = Cli.run("--help");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Usage: premise "), run.out());
        for (String verb : new String[] {"query", "queries", "infer", "explain", "check", "render"}) {
            assertTrue(run.out().contains("\n  " + verb + " "), "root help does not list " + verb + ":\n" + run.out());
        }
        assertEquals("", run.err());
    }

    @Test
    void noArgumentsPrintsTheUsage() {
        Cli.Run run = Cli.run();
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Usage: premise "), run.out());
    }

    @TestFactory
    Stream<DynamicTest> everySubcommandHasHelp() {
        return PremiseCommand.commandLine().getSubcommands().keySet().stream()
                .map(verb -> DynamicTest.dynamicTest(verb, () -> {
                    for (String[] args : new String[][] {{verb, "--help"}, {"help", verb}}) {
                        Cli.Run run = Cli.run(args);
                        assertEquals(0, run.exit(), String.join(" ", args) + ": " + run.err());
                        assertTrue(run.out().contains("Usage: premise " + verb + " "), String.join(" ", args) + ":\n" + run.out());
                        assertEquals("", run.err());
                    }
                }));
    }

    @Test
    void versionNamesPremise() {
        Cli.Run run = Cli.run("--version");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("premise \\S+ \\(Apache Jena 5\\.6\\.0, Java .+\\)\\R"), run.out());
    }
}
