package org.premise.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;

/**
 * Every folder under cases/aif-malformed: importing the map, or reading it with --data, exits
 * 2 with exactly the expected line, prints nothing else and writes no file.
 */
class AifMalformedTest {
    static final Path CASES = Path.of("src/test/resources/cases/aif-malformed");

    @TempDir Path temp;

    @TestFactory
    Stream<DynamicTest> malformedAifGivesOneLineAndWritesNothing() throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(CASES)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            String expected = Files.readString(folder.resolve("expected-stderr.txt")).replace("{case}", folder.toString());
            String map = folder.resolve("map.json").toString();
            Path output = temp.resolve(folder.getFileName() + ".trig");

            Cli.Run imported = Cli.run("import-aif", map, "-o", output.toString());
            assertEquals(expected, imported.err().replace("\r\n", "\n"), "import-aif standard error");
            assertEquals(2, imported.exit(), "import-aif exit code");
            assertEquals("", imported.out());
            assertFalse(Files.exists(output), "import-aif wrote " + output);
            try (Stream<Path> left = Files.list(temp)) {
                assertEquals(List.of(), left.toList(), "files left behind");
            }

            Cli.Run reported = Cli.run("report", "--no-bundled", "--data", map);
            assertEquals(expected, reported.err().replace("\r\n", "\n"), "report standard error");
            assertEquals(2, reported.exit(), "report exit code");
            assertEquals("", reported.out());
        }));
    }

    @TestFactory
    Stream<DynamicTest> oneBadMapAmongGoodOnesStopsTheWholeImport() throws IOException {
        Path good = RawAif.fixtures().get(0);
        Path bad = CASES.resolve("edge-to-missing-node/map.json");
        return Stream.of(DynamicTest.dynamicTest("good then bad", () -> {
            Path output = temp.resolve("out.trig");
            Cli.Run run = Cli.run("import-aif", good.toString(), bad.toString(), "-o", output.toString());
            assertEquals(2, run.exit(), run.err());
            assertFalse(Files.exists(output));
            Path store = temp.resolve("store");
            run = Cli.run("import-aif", good.toString(), bad.toString(), "--store", store.toString());
            assertEquals(2, run.exit(), run.err());
            assertFalse(Files.exists(store), "a store was created");
        }));
    }
}
