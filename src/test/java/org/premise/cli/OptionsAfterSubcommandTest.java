package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Options given after the subcommand and its query name, as users type them. */
class OptionsAfterSubcommandTest {
    @Test
    void theSeedFilesGivenAsDataAfterTheQueryNameGiveTheBundledRows() {
        Cli.Run bundled = Cli.run("query", "dependencies", "--format", "tsv");
        Cli.Run explicit = Cli.run("query", "dependencies", "--no-bundled",
                "--data", "kb/lossy-self-improvement.txt", "--data", "kb/lossy-self-improvement.map.ttl", "--format", "tsv");
        assertEquals(0, explicit.exit(), explicit.err());
        assertTrue(bundled.rowsAfterHeader().size() > 10, bundled.out());
        assertEquals(bundled.lines().get(0), explicit.lines().get(0));
        assertEquals(bundled.rowsAfterHeader(), explicit.rowsAfterHeader());
    }

    @Test
    void noBundledAfterTheQueryNameLeavesNothingToDependOn() {
        Cli.Run run = Cli.run("query", "dependencies", "--no-bundled", "--format", "tsv");
        assertEquals(0, run.exit(), run.err());
        assertEquals(Set.of(), run.rowsAfterHeader());
    }

    @Test
    void verboseAfterTheSubcommandShowsTheStackTrace() {
        Cli.Run run = Cli.run("query", "dependencies", "--data", "no/such/file.ttl", "-v");
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertTrue(run.err().startsWith("premise: no/such/file.ttl: no such file"), run.err());
        assertTrue(run.err().contains("\tat "), run.err());
    }
}
