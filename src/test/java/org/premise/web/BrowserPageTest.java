package org.premise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The SPARQL page in a real browser: {@code src/test/node/browser-check.mjs} drives headless
 * Chromium against the served seed (the printed SPARQL URL opens the page; dependencies by
 * clicking, downloaded as CSV; assumptions-of with statement=thesis; a CONSTRUCT shown as
 * Turtle; a malformed query) and saves {@code target/screenshots/premise-page.png}.
 */
class BrowserPageTest {
    private static final Path SCREENSHOT = Path.of("target/screenshots/premise-page.png").toAbsolutePath();

    @Test
    void pageRunsNamedQueriesInChromium() throws Exception {
        NodeTools.require(true, "playwright-core");
        Files.deleteIfExists(SCREENSHOT);
        try (ServedSeed served = ServedSeed.start()) {
            NodeTools.Run run = NodeTools.node("browser-check.mjs", served.url(), SCREENSHOT.toString());
            assertEquals(0, run.exit(), () -> "browser-check.mjs failed:\n" + run.output());
            NodeTools.assertPrinted(run, "ok assumptions-of: every kind is premise:Assumption or premise:Evidence");
            NodeTools.assertPrinted(run, "ok the printed SPARQL URL opens the SPARQL page in a browser");
            NodeTools.assertPrinted(run, "ok the editor highlights SPARQL keywords");
            NodeTools.assertPrinted(run, "ok download: dependencies.csv is the server's CSV");
            NodeTools.assertPrinted(run, "ok CONSTRUCT: the answer is shown as Turtle");
            NodeTools.assertPrinted(run, "ok CONSTRUCT: downloads offered as Turtle, N-Triples, JSON-LD");
            NodeTools.assertPrinted(run, "ok malformed query: HTTP 400 with Jena's message and position");
            NodeTools.assertPrinted(run, "ok no page errors, console errors or requests elsewhere");
            NodeTools.assertPrinted(run, "PASS");
            assertTrue(run.output().lines().anyMatch(l -> l.startsWith("ok dependencies: a row thesis | models-capable")), run.output());
            assertTrue(run.output().lines().anyMatch(l -> l.startsWith("ok assumptions-of statement=thesis: models-capable")), run.output());
        }
        assertTrue(Files.size(SCREENSHOT) > 10_000, "the screenshot is missing or nearly empty: " + SCREENSHOT);
    }
}
