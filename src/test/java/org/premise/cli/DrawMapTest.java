package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code premise draw}, as a user runs it: what the map holds (checked against independent
 * readings of the same knowledge base: the analysis graph's statuses and SPARQL over the
 * arguments), what a what-if marks, what a focus keeps, how a large map is collapsed and says
 * so, and that texts cannot break the DOT or Mermaid they are written into.
 */
class DrawMapTest {
    private static final String PREFIXES = "PREFIX premise: <https://w3id.org/premise/ontology#>\n"
            + "PREFIX st: <https://w3id.org/premise/statement/>\n";

    @TempDir Path dir;

    private static JsonObject map(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("draw", "--format", "json"));
        all.addAll(List.of(args));
        Cli.Run run = Cli.run(all);
        assertEquals(0, run.exit(), run.err());
        return JSON.parse(run.out());
    }

    private static Map<String, JsonObject> byKey(JsonObject map, String field) {
        Map<String, JsonObject> out = new HashMap<>();
        for (JsonValue v : map.get(field).getAsArray()) {
            JsonObject o = v.getAsObject();
            out.put(o.get("key").getAsString().value(), o);
        }
        return out;
    }

    private static String str(JsonObject o, String field) {
        return o.get(field).isNull() ? null : o.get(field).getAsString().value();
    }

    /** Rows of a SELECT as CSV lines after the header, through the command line. */
    private Set<String> select(String query, String... args) throws IOException {
        Path file = Files.writeString(dir.resolve("q" + System.nanoTime() + ".rq"), PREFIXES + query);
        List<String> all = new java.util.ArrayList<>(List.of("query", file.toString(), "--format", "csv"));
        all.addAll(List.of(args));
        Cli.Run run = Cli.run(all);
        assertEquals(0, run.exit(), run.err());
        Set<String> rows = new TreeSet<>();
        run.out().lines().skip(1).map(String::strip).forEach(rows::add);
        return rows;
    }

    private static String key(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    @Test
    void seedMapHasEveryStatementWithItsTextKindAndTheAnalysisStatus() throws IOException {
        JsonObject map = map();
        Map<String, JsonObject> statements = byKey(map, "statements");
        // The analysis graph, a separate path from the same analysis, gives every statement a status.
        Map<String, String> statuses = new HashMap<>();
        for (String row : select("SELECT ?s ?status WHERE { ?s premise:status ?st . BIND(LCASE(STRAFTER(STR(?st), '#')) AS ?status) }")) {
            String[] f = row.split(",");
            statuses.put(key(f[0]), f[1]);
        }
        assertEquals(21, statuses.size());
        assertEquals(statuses.keySet(), statements.keySet());
        statuses.forEach((k, status) -> assertEquals(status, str(statements.get(k), "status"), k));

        assertEquals("current models already do valuable knowledge work", str(statements.get("models-capable"), "label"));
        assertTrue(str(statements.get("models-capable"), "text").startsWith("Current language models are already capable"));
        assertEquals("assumption", str(statements.get("models-capable"), "kind"));
        assertEquals("prediction", str(statements.get("step-forward-2026"), "kind"));
        assertEquals("conclusion", str(statements.get("thesis"), "kind"));
        assertEquals("evidence", str(statements.get("automl-precedent"), "kind"));
        assertTrue(statements.get("closed-loop").get("implicit").getAsBoolean().value());
        assertTrue(statements.get("models-capable").get("linchpin").getAsBoolean().value());
        assertFalse(statements.get("political-allocation").get("linchpin").getAsBoolean().value());
        assertFalse(map.get("truncated").getAsBoolean().value());

        // Open questions, with what they bear on, as the Turtle says.
        Map<String, JsonObject> questions = byKey(map, "questions");
        assertEquals(select("SELECT ?q WHERE { ?q a premise:OpenQuestion }").stream().map(DrawMapTest::key).collect(java.util.stream.Collectors.toSet()),
                questions.keySet());
        Set<String> bears = new TreeSet<>();
        questions.values().forEach(q -> q.get("bearsOn").getAsArray().forEach(v ->
                bears.add(key(str(q, "id")) + " " + key(v.getAsString().value()))));
        Set<String> expected = new TreeSet<>();
        select("SELECT ?q ?s WHERE { ?q premise:bearsOn ?s }").forEach(r -> {
            String[] f = r.split(",");
            expected.add(key(f[0]) + " " + key(f[1]));
        });
        assertEquals(expected, bears);

        // Arguments: the same (conclusion, premise) pairs as SPARQL over asserted and derived arguments.
        Set<String> pairs = new TreeSet<>();
        for (JsonValue v : map.get("arguments").getAsArray()) {
            JsonObject a = v.getAsObject();
            a.get("premises").getAsArray().forEach(p -> pairs.add(key(str(a, "conclusion")) + " " + key(p.getAsString().value())));
        }
        Set<String> sparql = new TreeSet<>();
        select("SELECT ?c ?p WHERE { ?a premise:conclusion ?c ; premise:premise ?p }").forEach(r -> {
            String[] f = r.split(",");
            sparql.add(key(f[0]) + " " + key(f[1]));
        });
        assertEquals(sparql, pairs);
        assertEquals(select("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a premise:conclusion ?c }"),
                Set.of(String.valueOf(map.get("arguments").getAsArray().size())));
        // One rebut, drawn once; the undercuts of the loop's conditions.
        long rebuts = map.get("attacks").getAsArray().stream().filter(v -> str(v.getAsObject(), "kind").equals("rebut")).count();
        assertEquals(1, rebuts);
        long undercuts = map.get("attacks").getAsArray().stream().filter(v -> str(v.getAsObject(), "kind").equals("undercut")).count();
        assertEquals(select("SELECT (COUNT(*) AS ?n) WHERE { ?a premise:undercuts ?b }"), Set.of(String.valueOf(undercuts)));
    }

    @Test
    void retractingModelsCapableDrawsTheThesisOutWithLostSupport() {
        JsonObject map = map("--whatif-retract", "models-capable");
        Map<String, JsonObject> statements = byKey(map, "statements");
        JsonObject thesis = statements.get("thesis");
        assertEquals("out", str(thesis, "status"));
        assertEquals("in", str(thesis, "statusBefore"));
        assertTrue(thesis.get("lostSupport").getAsBoolean().value());
        assertTrue(statements.get("models-capable").get("changedByUser").getAsBoolean().value());

        // The same lost support as `premise whatif`, which the map must not contradict.
        Cli.Run whatif = Cli.run("whatif", "--retract", "models-capable", "--format", "json");
        assertEquals(0, whatif.exit(), whatif.err());
        Set<String> lost = new TreeSet<>();
        JSON.parse(whatif.out()).get("lostSupport").getAsArray().forEach(v -> lost.add(v.getAsString().value()));
        Set<String> drawnLost = new TreeSet<>();
        statements.forEach((k, s) -> {
            if (s.get("lostSupport").getAsBoolean().value() && !s.get("changedByUser").getAsBoolean().value()) drawnLost.add(k);
        });
        assertEquals(lost, drawnLost);

        JsonObject kept = byKey(map("--whatif-retract", "political-allocation"), "statements").get("thesis");
        assertEquals("in", str(kept, "status"));
        assertFalse(kept.get("lostSupport").getAsBoolean().value());
    }

    @Test
    void focusKeepsWhatTheStatementRestsOnAndWhatRestsOnIt() throws IOException {
        Set<String> drawn = byKey(map("lossy-regime", "--depth", "1"), "statements").keySet();
        Set<String> expected = new TreeSet<>(Set.of("lossy-regime"));
        select("SELECT ?p WHERE { ?a premise:conclusion st:lossy-regime ; premise:premise ?p }").forEach(r -> expected.add(key(r)));
        select("SELECT ?c WHERE { ?a premise:premise st:lossy-regime ; premise:conclusion ?c }").forEach(r -> expected.add(key(r)));
        // and the direct attackers of those
        Set<String> withAttackers = new TreeSet<>(expected);
        for (String s : expected) {
            select("SELECT ?x WHERE { { ?x premise:undercuts st:" + s + " } UNION { ?x premise:rebuts st:" + s
                    + " } UNION { st:" + s + " premise:rebuts ?x } }").forEach(r -> withAttackers.add(key(r)));
        }
        assertEquals(withAttackers, new TreeSet<>(drawn));
        assertTrue(drawn.contains("rsi-takeoff"), "the rebuttal of lossy-regime is drawn");
        assertEquals(Set.of("lossy-regime"), byKey(map("--focus", "lossy-regime", "--depth", "0"), "statements").keySet()
                .stream().filter(k -> !k.equals("rsi-takeoff")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aDocumentByItsKey() {
        JsonObject map = map("lossy-self-improvement");
        assertEquals("Lossy-Self-Improvement Vs Recursive Self-Improvement", str(map, "title"));
        assertEquals(21, map.get("statements").getAsArray().size());
        Set<String> kinds = new HashSet<>();
        map.get("groups").getAsArray().forEach(g -> kinds.add(str(g.getAsObject(), "kind")));
        assertTrue(kinds.containsAll(Set.of("document", "section", "loop")), kinds.toString());
    }

    @Test
    void aLargeMapKeepsItsTopLevelsAndSaysWhatItCollapsed() throws IOException {
        Path file = dir.resolve("dag.ttl");
        org.premise.bench.ArgumentGraphFiles.main(new String[] {"--shape", "dag", "--statements", "2000", "--seed", "7",
                "-o", file.toString()});
        JsonObject map = map("--no-bundled", "--data", file.toString(), "--max-statements", "150");
        int drawn = map.get("statements").getAsArray().size();
        assertTrue(drawn <= 150 && drawn > 0, "drawn " + drawn);
        assertTrue(map.get("truncated").getAsBoolean().value());
        long hidden = map.get("collapsed").getAsArray().stream()
                .mapToLong(v -> v.getAsObject().get("statements").getAsNumber().value().longValue()).sum();
        JsonObject all = map("--no-bundled", "--data", file.toString(), "--max-statements", "100000");
        assertFalse(all.get("truncated").getAsBoolean().value());
        int total = all.get("statements").getAsArray().size() + all.get("questions").getAsArray().size();
        assertEquals(total, drawn + map.get("questions").getAsArray().size() + hidden);

        // Kept from the top down: every drawn statement is a conclusion, or a premise of a drawn
        // argument whose conclusion is drawn, so the picture hangs together.
        Set<String> ids = new HashSet<>();
        Map<String, String> kinds = new HashMap<>();
        map.get("statements").getAsArray().forEach(v -> {
            ids.add(str(v.getAsObject(), "id"));
            kinds.put(str(v.getAsObject(), "id"), str(v.getAsObject(), "kind"));
        });
        Set<String> connected = new HashSet<>();
        for (JsonValue v : map.get("arguments").getAsArray()) {
            JsonObject a = v.getAsObject();
            assertTrue(ids.contains(str(a, "conclusion")), "argument drawn without its conclusion: " + a);
            a.get("premises").getAsArray().forEach(p -> connected.add(p.getAsString().value()));
        }
        for (String id : ids) {
            assertTrue(connected.contains(id) || kinds.get(id).equals("conclusion") || kinds.get(id).equals("prediction"),
                    "drawn but hanging from nothing drawn: " + id);
        }
        assertTrue(map.get("collapsed").getAsArray().stream()
                .anyMatch(c -> str(c.getAsObject(), "what").contains("breadth first from the conclusions")), map.get("collapsed").toString());
        // Arguments that lost premises to the collapse say how many.
        assertTrue(map.get("arguments").getAsArray().stream()
                .anyMatch(v -> v.getAsObject().get("hiddenPremises").getAsNumber().value().intValue() > 0));
        Cli.Run dot = Cli.run("draw", "--no-bundled", "--data", file.toString(), "--max-statements", "150");
        assertEquals(0, dot.exit(), dot.err());
        assertTrue(dot.err().contains("note: collapsed"), dot.err());
        assertTrue(dot.out().contains("Collapsed: " + (hidden - map.get("collapsed").getAsArray().stream()
                .filter(c -> str(c.getAsObject(), "what").startsWith("open questions"))
                .mapToLong(c -> c.getAsObject().get("statements").getAsNumber().value().longValue()).sum())), dot.out());
    }

    @Test
    void hostileTextStaysTextInDotAndMermaid() throws IOException, InterruptedException {
        String hostile = "<img src=x onerror=alert(1)> \\\"}; digraph { evil [label=\\\"x\\\"] } # `code` end";
        Path file = Files.writeString(dir.resolve("hostile.ttl"), PREFIXES
                + "st:evil a premise:Assumption ; premise:key \"evil\" ; premise:text \"" + hostile + "\" .\n"
                + "st:claim a premise:Conclusion ; premise:key \"claim\" ; premise:text \"a claim\" .\n"
                + "[] a premise:Argument ; premise:premise st:evil ; premise:conclusion st:claim .\n");
        Cli.Run dot = Cli.run("draw", "--no-bundled", "--data", file.toString(), "--format", "dot");
        assertEquals(0, dot.exit(), dot.err());
        assertTrue(dot.out().contains("\\\"}; digraph { evil [label=\\\"x\\\"]"), dot.out());
        Path dotFile = Files.writeString(dir.resolve("map.dot"), dot.out());
        graphviz(dotFile);

        Cli.Run mermaid = Cli.run("draw", "--no-bundled", "--data", file.toString(), "--format", "mermaid");
        assertEquals(0, mermaid.exit(), mermaid.err());
        assertFalse(mermaid.out().contains("<img"), mermaid.out());
        assertTrue(mermaid.out().contains("#lt;img src=x onerror=alert(1)#gt;"), mermaid.out());
        assertTrue(mermaid.out().startsWith("---\ntitle: 'Argument map: the knowledge base'\n---\nflowchart BT\n"), mermaid.out());
    }

    @Test
    void seedDotIsReadByGraphviz() throws IOException, InterruptedException {
        Path out = dir.resolve("seed.dot");
        Cli.Run run = Cli.run("draw", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        String dot = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(dot.startsWith("digraph \"argument map\" {"), dot);
        assertEquals(21 + 5, dot.lines().filter(l -> l.strip().matches("s\\d+ \\[shape=.*")).count());
        graphviz(out);
        Cli.Run whatIf = Cli.run("draw", "--whatif-retract", "models-capable", "--format", "dot");
        assertTrue(whatIf.out().contains("lost support"), whatIf.out());
    }

    @Test
    void badNamesAndFormatsAreOneLineErrors() {
        Cli.Run focus = Cli.run("draw", "modls-capable");
        assertEquals(ExitCodes.BAD_INPUT, focus.exit());
        assertTrue(focus.err().contains("closest keys: models-capable"), focus.err());
        assertEquals(1, focus.err().strip().lines().count(), focus.err());
        Cli.Run document = Cli.run("draw", "--format", "json", "--focus", "thesis", "lossy-self-improvement");
        assertEquals(ExitCodes.BAD_INPUT, document.exit());
        Cli.Run format = Cli.run("draw", "--format", "png");
        assertEquals(ExitCodes.BAD_INPUT, format.exit());
        assertTrue(format.err().contains("expected one of: dot, svg, graphml, mermaid, json"), format.err());
        Cli.Run clash = Cli.run("draw", "--format", "dot", "-o", dir.resolve("x.svg").toString());
        assertEquals(ExitCodes.BAD_INPUT, clash.exit());
        assertFalse(Files.exists(dir.resolve("x.svg")));
        Cli.Run retract = Cli.run("draw", "--whatif-retract", "productivity-uplift");
        assertEquals(ExitCodes.BAD_INPUT, retract.exit());
        assertTrue(retract.err().contains("open question"), retract.err());
    }

    /** Graphviz reads the file: required under CI (.ci/run installs it), skipped elsewhere when missing. */
    private static void graphviz(Path dot) throws IOException, InterruptedException {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/dot"));
        if (!installed) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail("CI=true but Graphviz's dot is missing (Debian package graphviz)");
            Assumptions.abort("Graphviz's dot is not installed");
        }
        Process p = new ProcessBuilder("/usr/bin/dot", "-Tsvg", dot.toString()).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
