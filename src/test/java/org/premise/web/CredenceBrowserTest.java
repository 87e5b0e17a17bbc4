package org.premise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.premise.cli.Cli;

/**
 * The explorer's credences in a real browser: {@code src/test/node/credence-check.mjs} drives
 * headless Chromium against the seed: off by default; on, thesis shows the P(in) that
 * {@code premise credence} computes; political-allocation's slider at 1 makes it 0.5; a reload
 * keeps it; reset clears it.
 */
class CredenceBrowserTest {
    @Test
    void theSlidersMoveTheShownProbabilities() throws Exception {
        NodeTools.require(true, "playwright-core");
        Cli.Run cli = Cli.run("credence", "thesis", "--format", "json");
        assertEquals(0, cli.exit(), cli.err());
        double pIn = JSON.parse(cli.out()).get("probabilities").getAsArray().get(0).getAsObject()
                .get("in").getAsObject().get("probability").getAsNumber().value().doubleValue();
        String expected = String.format(java.util.Locale.ROOT, "%.3f", pIn);
        try (ServedSeed seed = ServedSeed.start()) {
            NodeTools.Run run = NodeTools.node("credence-check.mjs", "--seed", seed.url(), "--expect-thesis", expected);
            assertEquals(0, run.exit(), () -> "credence-check.mjs failed:\n" + run.output());
            for (String line : List.of("ok credences are off by default: no figure under thesis, sliders hidden",
                    "ok with credences on thesis shows P(in) " + expected + " (expected " + expected + ")",
                    "ok political-allocation at 1 makes thesis P(in) 0.500 (= P(models-capable) 0.5)",
                    "ok after a reload the URL reproduces the credences (thesis 0.500, the slider at 1)",
                    "ok no page errors or console errors",
                    "PASS")) {
                NodeTools.assertPrinted(run, line);
            }
        }
    }
}
