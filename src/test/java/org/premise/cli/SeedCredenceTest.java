package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * {@code premise credence} on the seed (docs/semantics.md, "Credence"): with every credence 0.5
 * (the digest says Medium), P(thesis supported) = 0.5 (1 - 2^-7); models-capable has importance
 * 1 - 2^-7 and ranks first, each friction source 0.5 * 2^-6; a friction source certain makes
 * P(thesis supported) equal P(models-capable). Bad credences are exit 2 in one line.
 */
class SeedCredenceTest {
    private static final List<String> FRICTION = List.of("political-allocation", "gains-dont-transfer",
            "translation-gap", "parallelism-limits", "post-training-last-mile", "complexity-break", "oligopoly");

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static JsonObject figures(Cli.Run run, String statement) {
        assertEquals(0, run.exit(), run.err());
        for (var v : json(run.out()).getJsonArray("probabilities")) {
            JsonObject o = v.asJsonObject();
            if (o.getString("statement").equals(statement)) {
                return o;
            }
        }
        throw new AssertionError(statement + " not in " + run.out());
    }

    static double probability(JsonObject figures, String event) {
        return figures.getJsonObject(event).getJsonNumber("probability").doubleValue();
    }

    @Test
    void everyCredenceOneHalf() {
        JsonObject thesis = figures(Cli.run("credence", "thesis", "--top", "20", "--format", "json"), "thesis");
        assertEquals("exact", thesis.getString("method"));
        assertEquals(0.49609375, probability(thesis, "supported"), 0);
        assertEquals(0.5 * (1 - Math.pow(2, -7)), probability(thesis, "supported"), 0);
        assertEquals(0.49609375, probability(thesis, "in"), 0, "no attack defeats thesis when it is supported");
        JsonArray sensitivities = thesis.getJsonArray("sensitivities");
        JsonObject first = sensitivities.getJsonObject(0);
        assertEquals("models-capable", first.getString("leaf"));
        assertEquals(1 - Math.pow(2, -7), first.getJsonNumber("supported").doubleValue(), 0);
        assertEquals(1 - Math.pow(2, -7), first.getJsonNumber("in").doubleValue(), 0);
        int friction = 0;
        for (var v : sensitivities) {
            JsonObject s = v.asJsonObject();
            if (FRICTION.contains(s.getString("leaf"))) {
                friction++;
                assertEquals(0.5 * Math.pow(2, -6), s.getJsonNumber("supported").doubleValue(), 0, s.toString());
                assertEquals(0.5 * Math.pow(2, -6), s.getJsonNumber("in").doubleValue(), 0, s.toString());
            }
        }
        assertEquals(7, friction, sensitivities.toString());
    }

    @Test
    void aCertainFrictionSourceLeavesThesisAsLikelyAsModelsCapable() {
        JsonObject thesis = figures(Cli.run("credence", "thesis", "--credence", "political-allocation=1",
                "--format", "json"), "thesis");
        assertEquals(0.5, probability(thesis, "supported"), 0);
        JsonObject other = figures(Cli.run("credence", "thesis", "models-capable", "--credence",
                "political-allocation=1", "--credence", "models-capable=0.3", "--format", "json"), "thesis");
        assertEquals(0.3, probability(other, "supported"), 1e-15);
        JsonObject mc = figures(Cli.run("credence", "thesis", "models-capable", "--credence",
                "political-allocation=1", "--credence", "models-capable=0.3", "--format", "json"), "models-capable");
        assertEquals(probability(mc, "supported"), probability(other, "supported"), 1e-15);
    }

    @Test
    void theProductivityQuestionIsWorthTheMost() {
        Cli.Run run = Cli.run("credence", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonObject first = json(run.out()).getJsonArray("questions").getJsonObject(0);
        assertEquals("productivity-uplift", first.getString("question"));
    }

    @Test
    void reportAndWhatifShowProbabilitiesOnlyWhenACredenceIsGiven() {
        Cli.Run plain = Cli.run("report", "--format", "json");
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(!plain.out().contains("\"probability\""), "no credence given, no probability");
        Cli.Run report = Cli.run("report", "--format", "json", "--credence", "models-capable=0.8");
        assertEquals(0, report.exit(), report.err());
        for (var v : json(report.out()).getJsonArray("conclusions")) {
            JsonObject c = v.asJsonObject();
            if (c.getString("statement").equals("thesis")) {
                JsonObject p = c.getJsonObject("probability");
                assertEquals(0.8 * (1 - Math.pow(2, -7)), p.getJsonNumber("supported").doubleValue(), 1e-15);
                assertEquals("exact", p.getString("method"));
                assertEquals("models-capable", p.getString("checkFirst"));
            }
        }
        Cli.Run md = Cli.run("report", "--credence", "models-capable=0.8");
        assertTrue(md.out().contains("| thesis | in | 0.7938 | 0.7938 | exact | models-capable |"), md.out());
        Cli.Run whatif = Cli.run("whatif", "--retract", "models-capable", "--credence", "oligopoly=0.9", "--format", "json");
        assertEquals(0, whatif.exit(), whatif.err());
        boolean seen = false;
        for (var v : json(whatif.out()).getJsonArray("probabilities")) {
            JsonObject p = v.asJsonObject();
            if (p.getString("statement").equals("thesis")) {
                seen = true;
                double before = 0.5 * (1 - 0.1 * Math.pow(0.5, 6));
                assertEquals(before, p.getJsonObject("before").getJsonNumber("in").doubleValue(), 1e-15);
                assertEquals(0.0, p.getJsonObject("after").getJsonNumber("in").doubleValue(), 0);
            }
        }
        assertTrue(seen, whatif.out());
    }

    @Test
    void theNamedQuerySeesTheDataCredences() {
        Cli.Run run = Cli.run("query", "credence", "--data", "docs/examples/credences.ttl", "--param",
                "statement=thesis", "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(",0.33591369656250"), run.out());
        assertTrue(run.out().contains("statement/oligopoly,"), run.out());
    }

    @Test
    void badCredencesAreExitTwoInOneLine() {
        assertBad(new String[] {"credence", "--credence", "models-capable=1.5"}, "outside [0, 1]");
        assertBad(new String[] {"credence", "--credence", "models-capable=-0.1"}, "outside [0, 1]");
        assertBad(new String[] {"credence", "--credence", "models-capable=likely"}, "is not a number");
        assertBad(new String[] {"credence", "--credence", "models-capable"}, "expected KEY=P");
        assertBad(new String[] {"credence", "--credence", "modls-capable=0.3"},
                "unknown statement \"modls-capable\"; closest keys: models-capable");
        assertBad(new String[] {"credence", "--credence", "thesis=0.3"}, "is not a leaf");
        assertBad(new String[] {"credence", "thesis", "--samples", "0"}, "--samples");
        assertBad(new String[] {"credence", "thesis", "--format", "csv"}, "unknown format");
        assertBad(new String[] {"credence", "thesiss"}, "closest keys: thesis");
        assertBad(new String[] {"report", "--credence", "models-capable=2"}, "outside [0, 1]");
        assertBad(new String[] {"whatif", "--retract", "oligopoly", "--credence", "x=0.5"}, "unknown statement");
    }

    private static void assertBad(String[] args, String expected) {
        Cli.Run run = Cli.run(args);
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), String.join(" ", args) + ": " + run.err());
        assertEquals("", run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("premise: ") && run.err().contains(expected), run.err());
    }
}
