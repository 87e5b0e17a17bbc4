package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every folder under cases/rules: infer with only the named rule files over input.ttl and
 * compare the inferred triples with expected.ttl by graph isomorphism.
 */
class RuleCasesTest {
    static final Path CASES = Path.of("src/test/resources/cases/rules");
    static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicTest> rulesDeriveExactlyTheExpectedTriples() throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(CASES)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            List<String> args = new ArrayList<>(List.of("infer", "--no-bundled", "--no-bundled-rules"));
            for (String name : Files.readAllLines(folder.resolve("rules.txt"))) {
                if (name.isBlank()) continue;
                Path file = RULES.resolve(name.strip());
                assertTrue(Files.isRegularFile(file), "rules.txt names a missing rule file: " + file);
                args.add("--rules");
                args.add(file.toString());
            }
            args.addAll(List.of("--data", folder.resolve("input.ttl").toString(), "--inferred-only", "--format", "nt"));
            Cli.Run run = Cli.run(args);
            assertEquals(0, run.exit(), run.err());
            Graph inferred = RDFParser.fromString(run.out(), Lang.NTRIPLES).toGraph();
            Graph expected = RDFParser.source(folder.resolve("expected.ttl")).lang(Lang.TURTLE).toGraph();
            assertTrue(expected.isIsomorphicWith(inferred),
                    () -> "inferred triples differ from expected.ttl\n--- expected\n" + show(expected) + "--- inferred\n" + show(inferred));
        }));
    }

    private static String show(Graph g) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, g, RDFFormat.NTRIPLES);
        return out.toString();
    }
}
