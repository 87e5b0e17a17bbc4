package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * Consequences 2 to 5 of the seed's argument map, through the command line (report,
 * whatif and the analysis queries). The expected sets are written out from the seed map,
 * independently of the analysis code.
 */
class SeedAnalysisTest {
    static final List<String> FRICTION = List.of("complexity-break", "gains-dont-transfer", "oligopoly",
            "parallelism-limits", "political-allocation", "post-training-last-mile", "translation-gap");

    private static JsonObject json(String... args) {
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.exit(), run.err());
        return JSON.parse(run.out());
    }

    private static Set<Set<String>> sets(JsonValue array) {
        Set<Set<String>> sets = new HashSet<>();
        array.getAsArray().forEach(set -> {
            Set<String> members = new TreeSet<>();
            set.getAsArray().forEach(m -> members.add(m.getAsString().value()));
            sets.add(members);
        });
        return sets;
    }

    private static JsonObject conclusion(JsonObject report, String key) {
        for (JsonValue c : report.get("conclusions").getAsArray()) {
            if (c.getAsObject().get("statement").getAsString().value().equals(key)) return c.getAsObject();
        }
        throw new AssertionError("no conclusion " + key + " in the report");
    }

    @Test
    void consequence2ThesisHasSevenSupportSetsAndOneLinchpin() {
        JsonObject thesis = conclusion(json("report", "--format", "json"), "thesis");
        Set<Set<String>> expected = new HashSet<>();
        FRICTION.forEach(f -> expected.add(new TreeSet<>(List.of("models-capable", f))));
        assertEquals(expected, sets(thesis.get("supportSets")));
        assertEquals(List.of("models-capable"), strings(thesis.get("linchpins")));
        assertEquals("in", thesis.get("status").getAsString().value());
    }

    @Test
    void consequence2LinchpinsQuery() {
        Cli.Run run = Cli.run("query", "linchpins", "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.rowsAfterHeader().contains(
                "https://w3id.org/premise/statement/thesis,https://w3id.org/premise/statement/models-capable"));
        assertEquals(1, run.rowsAfterHeader().stream().filter(r -> r.startsWith("https://w3id.org/premise/statement/thesis,")).count());
    }

    @Test
    void consequence3SmallestDefeatSetsOfThesis() {
        Set<Set<String>> expected = Set.of(Set.of("models-capable"), new TreeSet<>(FRICTION));
        Cli.Run run = Cli.run("query", "defeat-sets", "--format", "tsv");
        assertEquals(0, run.exit(), run.err());
        Set<Set<String>> got = new HashSet<>();
        for (String row : run.rowsAfterHeader()) {
            String[] cells = row.split("\t");
            if (cells[0].equals("<https://w3id.org/premise/statement/thesis>")) {
                got.add(new TreeSet<>(List.of(cells[2].replace("\"", "").split(" "))));
            }
        }
        assertEquals(expected, got);
    }

    @Test
    void consequence3RetractingModelsCapableDefeatsThesis() {
        JsonObject whatIf = json("whatif", "--retract", "models-capable", "--format", "json");
        assertTrue(strings(whatIf.get("lostSupport")).contains("thesis"));
    }

    @Test
    void consequence3RetractingAnyOneFrictionSourceLeavesThesisSupported() {
        for (String source : FRICTION) {
            JsonObject whatIf = json("whatif", "--retract", source, "--format", "json");
            assertFalse(strings(whatIf.get("lostSupport")).contains("thesis"), source);
            JsonObject kept = whatIf.get("keptSupport").getAsObject();
            assertTrue(kept.hasKey("thesis"), source);
            Set<Set<String>> expected = new HashSet<>();
            FRICTION.stream().filter(f -> !f.equals(source)).forEach(f -> expected.add(new TreeSet<>(List.of("models-capable", f))));
            assertEquals(expected, sets(kept.get("thesis")), source);
        }
    }

    @Test
    void consequence4RsiTakeoffIsOutUntilEveryFrictionSourceIsRetracted() {
        assertEquals("out", conclusion(json("report", "--format", "json"), "rsi-takeoff").get("status").getAsString().value());
        List<String> args = new ArrayList<>(List.of("whatif", "--format", "json", "--retract"));
        args.addAll(FRICTION);
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.exit(), run.err());
        JsonObject whatIf = JSON.parse(run.out());
        List<String> lost = strings(whatIf.get("lostSupport"));
        assertTrue(lost.containsAll(List.of("lossy-regime", "thesis")), lost.toString());
        Set<String> changes = new HashSet<>();
        whatIf.get("statusChanges").getAsArray().forEach(c -> changes.add(c.getAsObject().get("statement").getAsString().value()
                + ":" + c.getAsObject().get("from").getAsString().value() + "->" + c.getAsObject().get("to").getAsString().value()));
        assertTrue(changes.contains("rsi-takeoff:out->in"), changes.toString());
        assertTrue(changes.contains("lossy-regime:in->out"), changes.toString());
        assertTrue(changes.contains("thesis:in->out"), changes.toString());
    }

    @Test
    void consequence5ProductivityUpliftRanksFirst() {
        JsonObject report = json("report", "--format", "json");
        var questions = report.get("openQuestions").getAsArray();
        assertEquals("productivity-uplift", questions.get(0).getAsObject().get("question").getAsString().value());
        for (int i = 1; i < questions.size(); i++) {
            for (JsonValue reason : questions.get(i).getAsObject().get("reasons").getAsArray()) {
                JsonObject r = reason.getAsObject();
                if (r.get("conclusion").getAsString().value().equals("thesis")) {
                    assertTrue(r.get("k").getAsNumber().value().intValue() >= 7, "only a redundant support of thesis");
                }
            }
        }
        Cli.Run ranked = Cli.run("query", "unknowns-ranked", "--format", "csv");
        assertEquals(0, ranked.exit(), ranked.err());
        assertTrue(ranked.lines().get(1).startsWith("https://w3id.org/premise/statement/productivity-uplift,5,"), ranked.out());
    }

    @Test
    void aCapOnSupportSetsIsReportedNotSilentlyApplied() {
        JsonObject thesis = conclusion(json("report", "--format", "json", "--max-sets", "3"), "thesis");
        assertEquals(3, thesis.get("supportSets").getAsArray().size());
        assertTrue(thesis.get("supportSetsTruncated").getAsBoolean().value());
        assertEquals(List.of("models-capable"), strings(thesis.get("linchpins")), "linchpins are known also when truncated");
        JsonObject uncapped = conclusion(json("report", "--format", "json"), "thesis");
        assertFalse(uncapped.get("supportSetsTruncated").getAsBoolean().value());
    }

    @Test
    void whatIfNeverChangesTheStoredData() throws Exception {
        byte[] before = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("kb/lossy-self-improvement.map.ttl"));
        Cli.run("whatif", "--retract", "models-capable");
        Cli.Run after = Cli.run("query", "linchpins", "--format", "csv");
        assertTrue(after.out().contains("models-capable"));
        assertEquals(new String(before), java.nio.file.Files.readString(java.nio.file.Path.of("kb/lossy-self-improvement.map.ttl")));
    }

    @Test
    void markdownReportNamesTheLinchpinAndTheLoop() {
        Cli.Run run = Cli.run("report");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("### thesis"), run.out());
        assertTrue(run.out().contains("- Linchpins: models-capable"), run.out());
        assertTrue(run.out().contains("`kb:rsi-loop` is broken by 7 friction sources"), run.out());
        assertTrue(run.out().contains("1. **productivity-uplift**"), run.out());
    }

    private static List<String> strings(JsonValue array) {
        List<String> out = new ArrayList<>();
        array.getAsArray().forEach(v -> out.add(v.getAsString().value()));
        return out;
    }
}
