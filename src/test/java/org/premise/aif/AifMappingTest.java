package org.premise.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;
import org.premise.rdf.Vocab;

/** Every folder under cases/aif-mapping: the argument structure read, the round trip and the statuses. */
class AifMappingTest {
    static final Path CASES = Path.of("src/test/resources/cases/aif-mapping");
    /** The triples that carry the argument structure; the rest are records kept for export. */
    static final Set<Node> STRUCTURE = Set.of(Vocab.premiseOf, Vocab.conclusion, Vocab.undercuts, Vocab.rebuts,
            AifTerms.rephrases, AifTerms.preferredTo, AifTerms.scheme);
    static final Set<Node> STRUCTURE_TYPES = Set.of(Vocab.Statement, Vocab.Argument, Vocab.Conclusion, Vocab.Assumption);

    @TempDir Path temp;

    @TestFactory
    Stream<DynamicTest> aifMapsReadAsExpected() throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(CASES)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            Path map = folder.resolve("map.json");
            Cli.Run run = Cli.run("import-aif", map.toString(), "--format", "ttl");
            assertEquals(0, run.exit(), run.err());
            Graph imported = GraphFactory.createDefaultGraph();
            RDFParser.fromString(run.out(), Lang.TURTLE).parse(imported);
            Graph structure = GraphFactory.createDefaultGraph();
            imported.find().forEachRemaining(t -> {
                if (STRUCTURE.contains(t.getPredicate())
                        || (t.getPredicate().equals(Vocab.rdfType) && STRUCTURE_TYPES.contains(t.getObject()))) structure.add(t);
            });
            Graph expected = RDFDataMgr.loadGraph(folder.resolve("expected.ttl").toString());
            assertTrue(structure.isIsomorphicWith(expected), () -> {
                Graph missing = expected.getPrefixMapping() == null ? expected : GraphFactory.createDefaultGraph();
                expected.find().forEachRemaining(t -> { if (!structure.contains(t)) missing.add(t); });
                Graph extra = GraphFactory.createDefaultGraph();
                structure.find().forEachRemaining(t -> { if (!expected.contains(t)) extra.add(t); });
                return "argument structure differs; missing: " + missing.find().toList() + "; unexpected: " + extra.find().toList();
            });

            // What is kept only as a record must not break the shapes and checks.
            Cli.Run check = Cli.run("check", "--no-bundled", "--data", map.toString());
            assertEquals(0, check.exit(), check.out() + check.err());

            Path exported = temp.resolve(folder.getFileName() + "-" + map.getFileName());
            run = Cli.run("export-aif", "--no-bundled", "--data", map.toString(), "-o", exported.toString());
            assertEquals(0, run.exit(), run.err());
            JsonObject original = JSON.parse(Files.readString(map));
            JsonObject back = JSON.parse(Files.readString(exported));
            assertEquals(original.keys(), back.keys(), "top-level fields");
            for (String field : original.keys()) {
                if (original.get(field).isArray()) assertEquals(objects(original, field), objects(back, field), field);
                else assertEquals(JSON.toStringFlat(original.get(field)), JSON.toStringFlat(back.get(field)), field);
            }

            Path statusFile = folder.resolve("expected-status.txt");
            if (Files.exists(statusFile)) {
                Map<String, String> expectedStatus = new TreeMap<>(), actualStatus = new TreeMap<>();
                for (String line : Files.readAllLines(statusFile)) {
                    if (!line.isBlank()) expectedStatus.put(line.trim().split("\\s+")[0], line.trim().split("\\s+")[1]);
                }
                run = Cli.run("report", "--format", "json", "--no-bundled", "--data", map.toString());
                assertEquals(0, run.exit(), run.err());
                for (JsonValue c : JSON.parse(run.out()).get("conclusions").getAsArray()) {
                    actualStatus.put(c.getAsObject().get("statement").getAsString().value(),
                            c.getAsObject().get("status").getAsString().value());
                }
                assertEquals(expectedStatus, actualStatus, "status of each conclusion");
            }
        }));
    }

    /** The array's entries as an order-insensitive set of field → JSON text maps. */
    static Set<Map<String, String>> objects(JsonObject o, String array) {
        Set<Map<String, String>> result = new HashSet<>();
        for (JsonValue v : o.get(array).getAsArray()) {
            Map<String, String> fields = new HashMap<>();
            if (v.isObject()) {
                for (String k : v.getAsObject().keys()) fields.put(k, JSON.toStringFlat(v.getAsObject().get(k)));
            } else {
                fields.put("", JSON.toStringFlat(v));
            }
            result.add(fields);
        }
        return result;
    }
}
