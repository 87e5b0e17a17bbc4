package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's commands are themselves tested: every {@code bin/premise ...} line of its
 * {@code sh} blocks runs in-process and succeeds (serving is shown in a {@code console} block
 * and tested end to end by ServeEndToEndIT); the quick start's test command is .ci/run, which
 * ends by running {@code mvn -q verify}.
 */
class ReadmeCommandsTest {
    static List<String> shellLines() throws Exception {
        List<String> lines = new ArrayList<>();
        boolean inShell = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("```")) {
                inShell = line.equals("```sh");
                continue;
            }
            if (inShell) lines.add(line.replaceAll("\\s+#.*$", "").trim());
        }
        return lines;
    }

    @TestFactory
    Stream<DynamicTest> everyPremiseCommandInTheReadmeSucceeds() throws Exception {
        List<List<String>> commands = new ArrayList<>();
        for (String line : shellLines()) {
            for (String part : line.split("&&")) {
                String p = part.trim();
                if (p.startsWith("bin/premise ")) commands.add(Cli.words(p.substring("bin/premise ".length())));
            }
        }
        assertTrue(commands.size() >= 5, "README shows premise commands");
        return commands.stream().map(args -> DynamicTest.dynamicTest(String.join(" ", args), () -> {
            Cli.Run run = Cli.run(args);
            assertEquals(0, run.exit(), run.err());
            assertFalse(run.out().isBlank());
        }));
    }

    @Test
    void theQuickStartTestCommandIsCiRunWhichRunsTheSuite() throws Exception {
        assertTrue(shellLines().contains(".ci/run"), "the README's quick start runs the tests with .ci/run");
        List<String> ci = Files.readAllLines(Path.of(".ci/run"));
        assertEquals("mvn -q verify", ci.get(ci.size() - 1).trim(), ".ci/run ends by running the whole suite");
    }
}
