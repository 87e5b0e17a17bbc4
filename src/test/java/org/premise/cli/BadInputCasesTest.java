package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every folder under cases/bad-input: the arguments fail with the expected exit code and
 * exactly the expected error line(s), print nothing on standard output and no stack trace.
 */
class BadInputCasesTest {
    static final Path CASES = Path.of("src/test/resources/cases/bad-input");

    @TestFactory
    Stream<DynamicTest> badInputGivesOneClearLineAndExitCode() throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(CASES)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            String casePath = folder.toString();
            String line = Files.readString(folder.resolve("args.txt")).replace("{case}", casePath);
            Path exitFile = folder.resolve("expected-exit.txt");
            int expectedExit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : ExitCodes.BAD_INPUT;
            String expectedErr = Files.readString(folder.resolve("expected-stderr.txt")).replace("{case}", casePath);

            Cli.Run run = Cli.run(Cli.words(line));

            assertEquals(expectedErr, run.err().replace("\r\n", "\n"), "standard error");
            assertEquals(expectedExit, run.exit(), "exit code");
            assertEquals("", run.out(), "standard output");
            assertFalse(run.err().contains("\tat "), "a stack trace was printed");
        }));
    }
}
