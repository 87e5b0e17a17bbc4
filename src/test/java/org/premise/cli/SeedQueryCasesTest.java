package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case folder under cases/seed-queries: run its arguments, compare the TSV rows as sets. */
class SeedQueryCasesTest {
    static final Path CASES = Path.of("src/test/resources/cases/seed-queries");

    @TestFactory
    Stream<DynamicTest> namedQueriesOnTheSeed() throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> s = Files.list(CASES)) {
            s.filter(Files::isDirectory).sorted().forEach(folders::add);
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            List<String> args = Cli.words(Files.readString(folder.resolve("args.txt")));
            Cli.Run run = Cli.run(args);
            assertEquals(0, run.exit(), run.err());
            List<String> expected = Files.readAllLines(folder.resolve("expected.tsv"));
            List<String> actual = run.out().lines().toList();
            assertEquals(expected.get(0), actual.get(0), "header");
            Set<String> want = new TreeSet<>(expected.subList(1, expected.size()));
            Set<String> got = new TreeSet<>(actual.subList(1, actual.size()));
            Set<String> missing = new TreeSet<>(want);
            missing.removeAll(got);
            Set<String> extra = new TreeSet<>(got);
            extra.removeAll(want);
            assertEquals(want, got, "missing rows: " + missing + "\nextra rows: " + extra);
        }));
    }
}
