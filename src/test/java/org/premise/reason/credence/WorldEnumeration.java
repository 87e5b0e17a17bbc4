package org.premise.reason.credence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.premise.reason.analysis.Analysis;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.analysis.GroundedStatus;
import org.premise.reason.analysis.Status;

/**
 * The reference for credence propagation: every one of the 2^n worlds, each analysed by the
 * existing engine. Supported: some support set (from {@link Analysis}, checked whole) lies
 * inside the world. IN: {@link GroundedStatus} of a copy of the graph in which every leaf L is
 * a claim with one more argument, from a fresh leaf "L°" (L's standing on its own); a world
 * retracts the L° of the leaves that fail, so a failing leaf can still be concluded by its
 * arguments, as the model says.
 */
final class WorldEnumeration {
    final List<String> leaves = new ArrayList<>();
    final double[] credence;
    /** statement -> P(supported), P(IN). */
    final Map<String, Double> supported = new HashMap<>();
    final Map<String, Double> in = new HashMap<>();
    /** statement -> leaf -> Birnbaum importance. */
    final Map<String, double[]> importanceSupported = new HashMap<>();
    final Map<String, double[]> importanceIn = new HashMap<>();
    /**
     * question -> its value of information for all statements together: the sum over statements
     * c of the sum over joint answers a of |P(c IN and a) - P(a) P(c IN)|, where an answer says
     * for each statement the question bears on whether it holds (a leaf) or is supported (a claim).
     */
    final Map<String, Double> questionValue = new HashMap<>();

    WorldEnumeration(ArgumentGraph graph, Map<String, Double> credences) {
        for (String s : graph.statements()) {
            if (graph.isLeaf(s)) {
                leaves.add(s);
            }
        }
        int k = leaves.size();
        credence = new double[k];
        for (int i = 0; i < k; i++) {
            credence[i] = credences.get(leaves.get(i));
        }
        ArgumentGraph split = splitLeaves(graph);
        Analysis analysis = Analysis.compute(graph);
        Map<String, List<Long>> supportMasks = new HashMap<>();
        for (String s : graph.statements()) {
            if (analysis.supportSets().isTruncated(s)) {
                throw new IllegalStateException("support sets truncated: " + s);
            }
            List<Long> masks = new ArrayList<>();
            for (Set<String> set : analysis.supportSets(s)) {
                long m = 0;
                for (String leaf : set) {
                    m |= 1L << leaves.indexOf(leaf);
                }
                masks.add(m);
            }
            supportMasks.put(s, masks);
            supported.put(s, 0.0);
            in.put(s, 0.0);
            importanceSupported.put(s, new double[k]);
            importanceIn.put(s, new double[k]);
        }
        double[] without = new double[k];
        List<String> questions = graph.questions();
        List<List<String>> asked = new ArrayList<>();
        double[][] answerWeight = new double[questions.size()][];
        Map<String, double[][]> answerAndIn = new HashMap<>();
        for (int q = 0; q < questions.size(); q++) {
            asked.add(new ArrayList<>(graph.bearsOn(questions.get(q))));
            answerWeight[q] = new double[1 << asked.get(q).size()];
        }
        for (String s : graph.statements()) {
            double[][] table = new double[questions.size()][];
            for (int q = 0; q < questions.size(); q++) {
                table[q] = new double[answerWeight[q].length];
            }
            answerAndIn.put(s, table);
        }
        for (long w = 0; w < 1L << k; w++) {
            List<String> failing = new ArrayList<>();
            double weight = 1;
            for (int i = 0; i < k; i++) {
                boolean holds = (w >> i & 1) == 1;
                weight *= holds ? credence[i] : 1 - credence[i];
                if (!holds) {
                    failing.add(leaves.get(i) + "°");
                }
            }
            // The weight of the world without leaf i's factor, by prefix and suffix products.
            double prefix = 1;
            for (int i = 0; i < k; i++) {
                without[i] = prefix;
                prefix *= (w >> i & 1) == 1 ? credence[i] : 1 - credence[i];
            }
            double suffix = 1;
            for (int i = k - 1; i >= 0; i--) {
                without[i] *= suffix;
                suffix *= (w >> i & 1) == 1 ? credence[i] : 1 - credence[i];
            }
            GroundedStatus status = GroundedStatus.compute(split, failing, List.of());
            Map<String, Boolean> supportedHere = new HashMap<>();
            for (String s : graph.statements()) {
                boolean sup = false;
                for (long m : supportMasks.get(s)) {
                    sup |= (m & ~w) == 0;
                }
                supportedHere.put(s, sup);
            }
            int[] answer = new int[questions.size()];
            for (int q = 0; q < questions.size(); q++) {
                for (int j = 0; j < asked.get(q).size(); j++) {
                    String t = asked.get(q).get(j);
                    boolean holds = graph.isLeaf(t) ? (w >> leaves.indexOf(t) & 1) == 1 : supportedHere.get(t);
                    answer[q] |= holds ? 1 << j : 0;
                }
                answerWeight[q][answer[q]] += weight;
            }
            for (String s : graph.statements()) {
                boolean sup = supportedHere.get(s);
                boolean isIn = status.status(s) == Status.IN;
                if (sup) {
                    supported.merge(s, weight, Double::sum);
                    add(importanceSupported.get(s), without, w);
                }
                if (isIn) {
                    in.merge(s, weight, Double::sum);
                    add(importanceIn.get(s), without, w);
                    for (int q = 0; q < questions.size(); q++) {
                        answerAndIn.get(s)[q][answer[q]] += weight;
                    }
                }
            }
        }
        for (int q = 0; q < questions.size(); q++) {
            double total = 0;
            for (String s : graph.statements()) {
                for (int a = 0; a < answerWeight[q].length; a++) {
                    total += Math.abs(answerAndIn.get(s)[q][a] - answerWeight[q][a] * in.get(s));
                }
            }
            questionValue.put(questions.get(q), total);
        }
    }

    private static void add(double[] importance, double[] without, long w) {
        for (int i = 0; i < importance.length; i++) {
            importance[i] += (w >> i & 1) == 1 ? without[i] : -without[i];
        }
    }

    /** The graph with each leaf L turned into a claim concluded from a new leaf "L°" (and by its own arguments). */
    static ArgumentGraph splitLeaves(ArgumentGraph graph) {
        ArgumentGraph.Builder b = ArgumentGraph.builder();
        for (String s : graph.statements()) {
            b.statement(s);
            if (graph.isLeaf(s)) {
                b.leaf(s + "°");
                b.argument(s, s + "°");
            }
            for (ArgumentGraph.Argument a : graph.argumentsFor(s)) {
                b.argument(s, a.premises());
            }
        }
        for (String s : graph.statements()) {
            for (String a : graph.attackersOf(s)) {
                b.undercut(a, s);
            }
        }
        return b.build();
    }
}
