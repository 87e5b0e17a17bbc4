package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A mistyped statement key in {@code --param statement=...} used to give an empty answer and
 * exit 0 (issue 10, finding 7): now it is bad input, with the closest keys.
 */
class MistypedKeyTest {
    @Test
    void aMistypedKeyIsBadInputWithTheClosestKeys() {
        Cli.Run run = Cli.run("query", "dependents-of", "--param", "statement=modls-capable");
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.out());
        assertEquals("", run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("premise: --param statement: unknown statement \"modls-capable\"; closest keys: models-capable"),
                run.err());
    }

    @Test
    void anIriTheKnowledgeBaseDoesNotMentionIsBadInputToo() {
        Cli.Run run = Cli.run("query", "dependents-of", "--param", "statement=<https://example.org/nothing-here>");
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.out());
        assertTrue(run.err().contains("unknown statement"), run.err());
    }

    @Test
    void aKnownKeyPrefixedNameOrIriStillAnswers() {
        Cli.Run byKey = Cli.run("query", "dependents-of", "--param", "statement=models-capable", "--format", "csv");
        assertEquals(0, byKey.exit(), byKey.err());
        assertTrue(byKey.rowsAfterHeader().size() > 0, byKey.out());
        Cli.Run byName = Cli.run("query", "dependents-of", "--param", "statement=st:models-capable", "--format", "csv");
        assertEquals(byKey.rowsAfterHeader(), byName.rowsAfterHeader());
    }
}
