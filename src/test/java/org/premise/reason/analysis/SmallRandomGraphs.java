package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small random argument graphs for property tests: at most 10 leaves (so brute force over leaf
 * subsets is cheap), claims with several arguments of one to three premises (diamonds, multi-
 * premise arguments), support cycles and self-support, undercuts, rebuts, questions.
 */
final class SmallRandomGraphs {
    private SmallRandomGraphs() {
    }

    static ArgumentGraph generate(long seed) {
        Random r = new Random(seed);
        int leaves = 1 + r.nextInt(10);
        int claims = 1 + r.nextInt(10);
        List<String> all = new ArrayList<>();
        ArgumentGraph.Builder b = ArgumentGraph.builder();
        for (int i = 0; i < leaves; i++) {
            b.leaf("L" + i);
            all.add("L" + i);
        }
        for (int i = 0; i < claims; i++) {
            b.statement("C" + i);
            all.add("C" + i);
        }
        for (int i = 0; i < claims; i++) {
            int arguments = r.nextInt(10) < 1 ? 0 : 1 + r.nextInt(3);
            for (int a = 0; a < arguments; a++) {
                int premises = 1 + r.nextInt(3);
                List<String> ps = new ArrayList<>();
                for (int p = 0; p < premises; p++) {
                    // Mostly earlier statements (layers, diamonds); sometimes any (cycles).
                    int bound = r.nextInt(5) == 0 ? all.size() : leaves + i;
                    ps.add(all.get(r.nextInt(bound)));
                }
                b.argument("C" + i, ps);
            }
        }
        if (r.nextInt(5) == 0) {
            b.argument("L" + r.nextInt(leaves), all.get(r.nextInt(all.size())));
        }
        int undercuts = r.nextInt(all.size() / 2 + 1);
        for (int u = 0; u < undercuts; u++) {
            b.undercut(all.get(r.nextInt(all.size())), all.get(r.nextInt(all.size())));
        }
        int rebuts = r.nextInt(3);
        for (int u = 0; u < rebuts; u++) {
            b.rebut(all.get(r.nextInt(all.size())), all.get(r.nextInt(all.size())));
        }
        int questions = r.nextInt(5);
        for (int q = 0; q < questions; q++) {
            int bears = 1 + r.nextInt(2);
            for (int i = 0; i < bears; i++) {
                b.bearsOn("Q" + q, all.get(r.nextInt(all.size())));
            }
        }
        int conclusions = 1 + r.nextInt(3);
        for (int c = 0; c < conclusions; c++) {
            b.conclusion(all.get(leaves + r.nextInt(claims)));
        }
        return b.build();
    }

    /** Up to two random statements, avoiding the excluded ones. */
    static List<String> pick(Random r, ArgumentGraph g, List<String> exclude) {
        List<String> out = new ArrayList<>();
        int count = r.nextInt(3);
        for (int i = 0; i < count; i++) {
            String s = g.statements().get(r.nextInt(g.size()));
            if (!exclude.contains(s) && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
