package org.premise.reason.credence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.premise.reason.analysis.ArgumentGraph;

/**
 * Small random argument graphs with credences, for comparing credence propagation with the
 * enumeration of every world: up to 16 leaves, claims with alternative arguments of one to
 * three premises, support cycles, a leaf that is also concluded by an argument, undercuts
 * (self-attacks too), rebuts, and questions on leaves and claims. Credences are mostly
 * arbitrary, sometimes 0, 1 or 0.5.
 */
final class RandomCredenceGraphs {
    record Case(ArgumentGraph graph, Map<String, Double> credences) {
    }

    private RandomCredenceGraphs() {
    }

    static Case generate(long seed, int leaves) {
        Random r = new Random(seed);
        int claims = 1 + r.nextInt(12);
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
                    int bound = r.nextInt(5) == 0 ? all.size() : leaves + i;
                    ps.add(all.get(r.nextInt(bound)));
                }
                b.argument("C" + i, ps);
            }
        }
        if (r.nextInt(4) == 0) {
            b.argument("L" + r.nextInt(leaves), all.get(r.nextInt(all.size())));
        }
        int undercuts = r.nextInt(all.size() / 3 + 2);
        for (int u = 0; u < undercuts; u++) {
            b.undercut(all.get(r.nextInt(all.size())), all.get(r.nextInt(all.size())));
        }
        int rebuts = r.nextInt(3);
        for (int u = 0; u < rebuts; u++) {
            b.rebut(all.get(r.nextInt(all.size())), all.get(r.nextInt(all.size())));
        }
        int questions = r.nextInt(4);
        for (int q = 0; q < questions; q++) {
            int bears = 1 + r.nextInt(2);
            for (int i = 0; i < bears; i++) {
                b.bearsOn("Q" + q, all.get(r.nextInt(all.size())));
            }
        }
        for (int i = 0; i < claims; i++) {
            b.conclusion("C" + i);
        }
        Map<String, Double> credences = new LinkedHashMap<>();
        for (int i = 0; i < leaves; i++) {
            int pick = r.nextInt(10);
            credences.put("L" + i, pick == 0 ? 0.0 : pick == 1 ? 1.0 : pick == 2 ? 0.5 : r.nextDouble());
        }
        return new Case(b.build(), credences);
    }
}
