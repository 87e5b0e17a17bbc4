package org.premise.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The harness's verdicts: what counts as a mismatch, and how a ratio reads when one side did not finish. */
class ScaleBenchmarkTest {
    private static ScaleBenchmark.EngineRun run(String engine, String phase, ScaleBenchmark.Phase outcome, long pairs) {
        ScaleBenchmark.EngineRun r = new ScaleBenchmark.EngineRun(engine);
        r.phases.put(phase, outcome);
        if (pairs >= 0) r.info.put("pairs", Long.toString(pairs));
        return r;
    }

    @Test
    void onlyAFinishedEngineWithAnotherCountIsAMismatch() {
        Map<String, ScaleBenchmark.EngineRun> runs = new LinkedHashMap<>();
        runs.put("bfs", run("bfs", "closure", ScaleBenchmark.Phase.ok(1), 100));
        runs.put("premise", run("premise", "derive", ScaleBenchmark.Phase.ok(10), 100));
        runs.put("rete", run("rete", "derive", new ScaleBenchmark.Phase("dnf", 30_000, ""), -1));
        runs.put("arq", run("arq", "closure", ScaleBenchmark.Phase.ok(5), 100));
        assertEquals(List.of(), ScaleBenchmark.check(runs));

        runs.put("backward", run("backward", "derive", ScaleBenchmark.Phase.ok(20), 99));
        List<String> problems = ScaleBenchmark.check(runs);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("backward derived 99"), problems.get(0));

        runs.get("premise").info.put("query_check", "MISMATCH expected 3 assumptions, got 2");
        assertEquals(2, ScaleBenchmark.check(runs).size());
    }

    @Test
    void ratiosSayWhichSideDidNotFinish() {
        ScaleBenchmark.Phase fast = ScaleBenchmark.Phase.ok(100);
        ScaleBenchmark.Phase slow = ScaleBenchmark.Phase.ok(2500);
        ScaleBenchmark.Phase dnf = new ScaleBenchmark.Phase("dnf", 120_000, "did not finish in 120 s");
        assertEquals("25.0x", ScaleBenchmark.ratio(slow, fast));
        assertEquals(">1200x", ScaleBenchmark.ratio(dnf, fast));
        assertEquals("<0.02x", ScaleBenchmark.ratio(slow, dnf));
        assertEquals("n/a (neither finished)", ScaleBenchmark.ratio(dnf, dnf));
    }
}
