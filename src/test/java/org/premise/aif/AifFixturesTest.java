package org.premise.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
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
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;
import org.premise.rdf.Vocab;

/**
 * Every AraucariaDB map in ../shared/fixtures/aif: it imports with as many statements,
 * arguments and attacks as the raw JSON has I, RA and CA nodes; it round-trips through
 * export-aif; and the report, the assumptions of each conclusion and a what-if retracting each
 * leaf agree with a brute force over the raw JSON.
 */
class AifFixturesTest {
    @TempDir Path temp;

    @TestFactory
    Stream<DynamicTest> importCountsMatchTheRawJson() throws Exception {
        return RawAif.fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            RawAif raw = new RawAif(f);
            Cli.Run run = Cli.run("import-aif", f.toString(), "--format", "nq");
            assertEquals(0, run.exit(), run.err());
            DatasetGraph dsg = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8))).lang(Lang.NQUADS).parse(dsg);
            Graph g = dsg.getGraph(Vocab.sourceGraph(f.getFileName().toString()));
            assertEquals(raw.count("I"), g.find(Node.ANY, Vocab.rdfType, Vocab.Statement).toList().size(), "statements");
            assertEquals(raw.count("RA"), g.find(Node.ANY, Vocab.conclusion, Node.ANY).toList().size(), "arguments");
            long attacks = g.find(Node.ANY, Vocab.undercuts, Node.ANY).toList().size()
                    + 2L * g.find(Node.ANY, Vocab.rebuts, Node.ANY).toList().size();
            assertEquals(raw.count("CA"), attacks, "attacks (a rebut counts both ways)");
            Cli.Run check = Cli.run("check", "--no-bundled", "--data", f.toString());
            assertEquals(0, check.exit(), "premise check: " + check.out() + check.err());
            assertEquals(raw.typeOf.size(), g.find(Node.ANY, AifTerms.aifNodeID, Node.ANY).toList().size(), "node records");
            assertEquals(raw.edges.size(), g.find(Node.ANY, Vocab.rdfType, AifTerms.AifEdge).toList().size(), "edge records");
        }));
    }

    @TestFactory
    Stream<DynamicTest> exportGivesBackTheSameMap() throws Exception {
        return RawAif.fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Path dir = Files.createDirectories(temp.resolve("once"));
            Path exported = dir.resolve(f.getFileName());
            Cli.Run run = Cli.run("export-aif", "--no-bundled", "--data", f.toString(), "-o", exported.toString());
            assertEquals(0, run.exit(), run.err());
            JsonObject original = JSON.parse(Files.readString(f));
            JsonObject back = JSON.parse(Files.readString(exported));
            assertEquals(objects(original, "nodes"), objects(back, "nodes"), "nodes");
            assertEquals(objects(original, "edges"), objects(back, "edges"), "edges");
            // And again: the export imports and exports to the same text.
            Path again = Files.createDirectories(temp.resolve("twice")).resolve(f.getFileName());
            run = Cli.run("export-aif", "--no-bundled", "--data", exported.toString(), "-o", again.toString());
            assertEquals(0, run.exit(), run.err());
            assertEquals(Files.readString(exported), Files.readString(again));
        }));
    }

    @TestFactory
    Stream<DynamicTest> reportAgreesWithBruteForce() throws Exception {
        return RawAif.fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            RawAif raw = new RawAif(f);
            Cli.Run run = Cli.run("report", "--format", "json", "--no-bundled", "--data", f.toString());
            assertEquals(0, run.exit(), run.err());
            Map<String, String> status = raw.status(Set.of());
            Map<String, Set<Set<String>>> expected = new TreeMap<>(), actual = new TreeMap<>();
            Map<String, String> expectedStatus = new TreeMap<>(), actualStatus = new TreeMap<>();
            for (String c : raw.arguments.keySet()) {
                Set<Set<String>> sets = new HashSet<>();
                for (Set<String> s : raw.supportSets(c)) sets.add(keys(raw, s));
                expected.put(raw.key(c), sets);
                expectedStatus.put(raw.key(c), status.get(c));
            }
            for (JsonValue c : JSON.parse(run.out()).get("conclusions").getAsArray()) {
                JsonObject o = c.getAsObject();
                String key = o.get("statement").getAsString().value();
                Set<Set<String>> sets = new HashSet<>();
                for (JsonValue s : o.get("supportSets").getAsArray()) {
                    Set<String> set = new HashSet<>();
                    s.getAsArray().forEach(m -> set.add(m.getAsString().value()));
                    sets.add(set);
                }
                actual.put(key, sets);
                actualStatus.put(key, o.get("status").getAsString().value());
            }
            assertEquals(expected, actual, "support sets");
            assertEquals(expectedStatus, actualStatus, "status");
        }));
    }

    @TestFactory
    Stream<DynamicTest> retractingEachLeafAgreesWithBruteForce() throws Exception {
        return RawAif.fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            RawAif raw = new RawAif(f);
            Map<String, String> before = raw.status(Set.of());
            int checked = 0;
            for (String leaf : raw.statements()) {
                if (!raw.isLeaf(leaf)) continue;
                Map<String, String> after = raw.status(Set.of(leaf));
                Set<String> expected = new HashSet<>();
                before.forEach((s, label) -> {
                    if (!label.equals(after.get(s))) expected.add(raw.key(s) + " " + label + " -> " + after.get(s));
                });
                Cli.Run run = Cli.run("whatif", "--format", "json", "--no-bundled", "--data", f.toString(), "--retract", raw.key(leaf));
                assertEquals(0, run.exit(), run.err());
                Set<String> actual = new HashSet<>();
                for (JsonValue c : JSON.parse(run.out()).get("statusChanges").getAsArray()) {
                    JsonObject o = c.getAsObject();
                    actual.add(o.get("statement").getAsString().value() + " " + o.get("from").getAsString().value()
                            + " -> " + o.get("to").getAsString().value());
                }
                assertEquals(expected, actual, "status changes when retracting " + raw.key(leaf));
                checked++;
            }
            assertTrue(checked > 0, "no leaf to retract");
        }));
    }

    @TestFactory
    Stream<DynamicTest> assumptionsOfEachConclusionAgreeWithTheRawJson() throws Exception {
        return RawAif.fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            RawAif raw = new RawAif(f);
            for (String c : raw.arguments.keySet()) {
                // The unsupported premises reachable backwards from c through its arguments.
                Set<String> expected = new java.util.TreeSet<>(), seen = new HashSet<>();
                java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(java.util.List.of(c));
                while (!todo.isEmpty()) {
                    String s = todo.poll();
                    if (!seen.add(s)) continue;
                    for (Set<String> premises : raw.arguments.getOrDefault(s, java.util.List.of())) {
                        for (String p : premises) {
                            if (raw.isLeaf(p)) expected.add(Vocab.STATEMENT + raw.key(p));
                            todo.add(p);
                        }
                    }
                }
                Cli.Run run = Cli.run("query", "assumptions-of", "--no-bundled", "--data", f.toString(),
                        "--param", "statement=" + raw.key(c), "--format", "csv");
                assertEquals(0, run.exit(), run.err());
                Set<String> actual = new java.util.TreeSet<>();
                run.rowsAfterHeader().forEach(row -> actual.add(row.split(",")[0]));
                assertEquals(expected, actual, "assumptions of " + raw.key(c));
            }
        }));
    }

    private static Set<String> keys(RawAif raw, Set<String> ids) {
        Set<String> keys = new HashSet<>();
        ids.forEach(id -> keys.add(raw.key(id)));
        return keys;
    }

    /** The array's objects as an order-insensitive set of field → JSON text maps. */
    private static Set<Map<String, String>> objects(JsonObject o, String array) {
        Set<Map<String, String>> result = new HashSet<>();
        for (JsonValue v : o.get(array).getAsArray()) {
            Map<String, String> fields = new HashMap<>();
            for (String k : v.getAsObject().keys()) fields.put(k, JSON.toStringFlat(v.getAsObject().get(k)));
            result.add(fields);
        }
        return result;
    }
}
