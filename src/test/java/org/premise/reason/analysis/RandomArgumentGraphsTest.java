package org.premise.reason.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.premise.bench.AnalysisBenchmark;

/** The seeded generator, incremental what-if on generated graphs, and a benchmark smoke run. */
class RandomArgumentGraphsTest {

    @Test
    void sameSeedSameGraph() {
        ArgumentGraph a = RandomArgumentGraphs.generate(7, 2_000);
        ArgumentGraph b = RandomArgumentGraphs.generate(7, 2_000);
        assertEquals(a.statements(), b.statements());
        for (String s : a.statements()) {
            assertEquals(a.argumentsFor(s), b.argumentsFor(s), s);
            assertEquals(a.attackersOf(s), b.attackersOf(s), s);
        }
    }

    @Test
    void incrementalWhatIfEqualsFromScratchOnGeneratedGraphs() {
        ArgumentGraph g = RandomArgumentGraphs.generate(11, 3_000);
        Analysis baseline = Analysis.compute(g);
        Random r = new Random(11);
        List<String> ids = g.statements();
        for (int i = 0; i < 15; i++) {
            String retract = ids.get(r.nextInt(ids.size()));
            String assume = ids.get(r.nextInt(ids.size()));
            List<String> assumed = assume.equals(retract) ? List.of() : List.of(assume);
            String where = "generated seed 11, case " + i + ": retract " + retract + ", assume " + assumed;
            WhatIf w = baseline.whatIf(List.of(retract), assumed);
            Analysis scratch = Analysis.compute(g, List.of(retract), assumed);
            RandomGraphPropertiesTest.assertSameAnalysis(g, scratch, w.hypothetical(), where);
        }
    }

    @Test
    void benchmarkRunsAndChecksItself() {
        StringWriter text = new StringWriter();
        AnalysisBenchmark.run(new PrintWriter(text, true), 2_000, 3, 5);
        String out = text.toString();
        assertTrue(out.contains("== from scratch: true"), out);
        assertTrue(out.contains("ratio full / what-if"), out);
    }
}
