package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** premise check reports every violation on one line (focus: message [shape or check]) and exits with 3. */
class CheckViolationsTest {
    @Test
    void aBrokenMapGivesOneLinePerViolationAndExitThree() {
        Cli.Run run = Cli.run("check", "--no-bundled", "--data", "src/test/resources/cases/check/broken-map.ttl");
        assertEquals(ExitCodes.VIOLATIONS, run.exit(), run.err());
        assertEquals(List.of(
                "kb:arg-beta: an argument needs at least one premise, each a premise:Statement [shape on premise:premise]",
                "kb:arg-beta: an argument needs exactly one conclusion, a premise:Statement [shape on premise:conclusion]",
                "st:alpah: is used but no source gives its text (premise:text): is its IRI misspelt? [check undescribed-statement]",
                "st:alpha: shares its key \"alpha\" with <https://w3id.org/premise/statement/beta> [check shared-key]",
                "st:beta: shares its key \"alpha\" with <https://w3id.org/premise/statement/alpha> [check shared-key]"),
                run.lines());
    }
}
