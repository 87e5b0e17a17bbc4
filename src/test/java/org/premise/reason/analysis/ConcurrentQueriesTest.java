package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Answers are computed on first request and kept; a server asks from several threads at once.
 * Threads asking everything in different orders must get what one thread gets alone.
 */
class ConcurrentQueriesTest {

    @Test
    void concurrentQueriesAgreeWithSequentialOnes() throws Exception {
        ArgumentGraph g = RandomArgumentGraphs.generate(5, 3_000);
        Analysis sequential = Analysis.compute(g);
        Analysis shared = Analysis.compute(g);
        WhatIf sequentialWhatIf = sequential.whatIf(List.of("t3-L1"), List.of("t5-C2"));
        WhatIf sharedWhatIf = shared.whatIf(List.of("t3-L1"), List.of("t5-C2"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<String> order = new ArrayList<>(g.statements());
                Collections.shuffle(order, new Random(t));
                done.add(pool.submit(() -> askEverything(shared, sharedWhatIf, order)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        RandomGraphPropertiesTest.assertSameAnalysis(g, sequential, shared, "concurrent baseline");
        RandomGraphPropertiesTest.assertSameAnalysis(g, sequentialWhatIf.hypothetical(), sharedWhatIf.hypothetical(),
                "concurrent what-if");
    }

    private static void askEverything(Analysis a, WhatIf w, List<String> order) {
        for (String s : order) {
            a.supportSets(s);
            a.linchpins(s);
            a.defeatSets(s);
            w.hypothetical().defeatSets(s);
            w.hypothetical().linchpins(s);
        }
        a.questionRanking().ranked();
        w.questionsMatteringMore();
    }
}
