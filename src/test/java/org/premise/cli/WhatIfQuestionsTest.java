package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * A what-if lists the open questions whose weight fell as well as those whose weight rose, as
 * docs/semantics.md says (issue 10, finding 8: only the risers were listed). Retracting
 * {@code models-capable} takes the support of most conclusions, and with it the reasons some
 * questions had to matter.
 */
class WhatIfQuestionsTest {
    @Test
    void questionsWhoseWeightFellAreListedWithTheBaselineWeights() {
        Cli.Run run = Cli.run("whatif", "--retract", "models-capable", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonObject whatIf = JSON.parse(run.out());

        // The baseline weights, read independently through the named query.
        Cli.Run ranked = Cli.run("query", "unknowns-ranked", "--format", "csv");
        assertEquals(0, ranked.exit(), ranked.err());
        Map<String, Double> baseline = new HashMap<>();
        ranked.out().lines().skip(1).forEach(line -> {
            String[] f = line.split(",", 4);
            baseline.put(f[0].substring(f[0].lastIndexOf('/') + 1), Double.parseDouble(f[2]));
        });

        assertFalse(whatIf.get("questionsMatteringLess").getAsArray().isEmpty(), run.out());
        for (JsonValue v : whatIf.get("questionsMatteringLess").getAsArray()) {
            JsonObject q = v.getAsObject();
            String key = q.get("question").getAsString().value();
            double before = q.get("weightBefore").getAsNumber().value().doubleValue();
            double after = q.get("weightAfter").getAsNumber().value().doubleValue();
            assertTrue(after < before, key);
            assertEquals(baseline.get(key), before, 0.0005, key);
        }
        Cli.Run text = Cli.run("whatif", "--retract", "models-capable");
        assertTrue(text.out().contains("Open questions that matter less ("
                + whatIf.get("questionsMatteringLess").getAsArray().size() + "):"), text.out());
    }
}
