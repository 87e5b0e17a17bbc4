package org.premise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.bench.ArgumentGraphFiles;
import org.premise.bench.GraphShapes;
import org.premise.kb.SourceSpec;

/**
 * The explorer at {@code /} in a real browser: {@code src/test/node/explorer-check.mjs} drives
 * headless Chromium against three servers: the seed (its 21 statements drawn with their labels;
 * retracting models-capable turns thesis from in to out and lists it under lost support;
 * retracting political-allocation leaves it in; reset; the URL reproduces the what-if after a
 * reload; the side panel), the seed with a statement whose text is {@code <img src=x
 * onerror=alert(1)>} (shown as text, nothing runs), and a generated 2 000-statement map (drawn
 * collapsed; the time it takes is printed as a benchmark, not asserted). Screenshots go to
 * {@code target/screenshots/}.
 */
class ExplorerBrowserTest {
    private static final Path SHOTS = Path.of("target/screenshots").toAbsolutePath();

    @Test
    void theExplorerShowsTheMapAndItsWhatIfsInChromium(@TempDir Path dir) throws Exception {
        NodeTools.require(true, "playwright-core");
        Path large = dir.resolve("dag-2000.ttl");
        ArgumentGraphFiles.write(GraphShapes.generate("dag", 2000, 42), large, GraphShapes.DEFAULT_FAR);
        try (ServedSeed seed = ServedSeed.start();
             ServedSeed markup = ServedSeed.start(Path.of("src/test/resources/web/markup-statement.ttl").toAbsolutePath());
             ServedSeed generated = ServedSeed.serve(new SourceSpec(false, List.of(large), true, List.of(), SourceSpec.DEFAULT_SET_CAP))) {
            NodeTools.Run run = NodeTools.node("explorer-check.mjs", "--seed", seed.url(), "--shots", SHOTS.toString(),
                    "--markup", markup.url(), "--large", generated.url());
            System.out.println(run.output().lines().filter(l -> l.startsWith("benchmark:")).findFirst().orElse(""));
            assertEquals(0, run.exit(), () -> "explorer-check.mjs failed:\n" + run.output());
            for (String line : List.of("ok the map shows all 21 statements with their labels (21 labelled)",
                    "ok retracting models-capable turns thesis from in to out",
                    "ok thesis is listed under lost support",
                    "ok after a reload the URL reproduces the what-if (thesis out, listed, toggle on retract)",
                    "ok reset restores every status and clears the diff and the URL",
                    "ok retracting political-allocation leaves thesis in (kept support through alternatives)",
                    "ok the side panel shows the markup as text",
                    "ok no img element was made and no script ran (no dialog)",
                    "ok no page errors, console errors, dialogs or requests elsewhere",
                    "PASS")) {
                NodeTools.assertPrinted(run, line);
            }
            assertTrue(run.output().lines().anyMatch(l -> l.startsWith("ok 2 000 statements: 300 drawn, the rest collapsed")), run.output());
        }
        for (String shot : List.of("explorer-seed.png", "explorer-whatif.png")) {
            assertTrue(Files.size(SHOTS.resolve(shot)) > 10_000, "the screenshot is missing or nearly empty: " + shot);
        }
    }
}
