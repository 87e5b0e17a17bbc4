package org.premise.reason.credence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.premise.reason.credence.CredenceResult.Method;
import org.premise.reason.credence.CredenceResult.Sensitivity;
import org.premise.reason.credence.CredenceResult.StatementCredence;

/**
 * Exact credence propagation equals the enumeration of all 2^n worlds, each analysed by the
 * existing engine ({@link WorldEnumeration}), on 300 random graphs with 1 to 16 leaves:
 * P(supported), P(IN) and the Birnbaum importance of every leaf for every statement, and the
 * value of information of every open question, to 1e-12.
 */
class ExactAgreesWithEveryWorldTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void threeHundredRandomGraphs() {
        int worlds = 0;
        for (int i = 0; i < 300; i++) {
            // Every leaf count from 1 to 16; the larger ones less often (2^16 worlds each).
            int leaves = i < 280 ? 1 + i % 12 : 13 + i % 4;
            RandomCredenceGraphs.Case c = RandomCredenceGraphs.generate(1000 + i, leaves);
            check(c, "graph " + i);
            worlds += 1 << leaves;
        }
        assertTrue(worlds > 400_000, "enumerated " + worlds + " worlds");
    }

    static void check(RandomCredenceGraphs.Case c, String label) {
        WorldEnumeration reference = new WorldEnumeration(c.graph(), c.credences());
        List<String> statements = c.graph().statements();
        CredenceResult result = CredencePropagation.compute(c.graph(), c.credences(), statements, List.of(), List.of(),
                new CredencePropagation.Options(100_000, 64, 1, Integer.MAX_VALUE));
        for (StatementCredence s : result.statements()) {
            String at = label + ", " + s.statement();
            assertEquals(Method.EXACT, s.method(), at);
            assertEquals(reference.supported.get(s.statement()), s.supported().value(), TOLERANCE, at + " P(supported)");
            assertEquals(reference.in.get(s.statement()), s.in().value(), TOLERANCE, at + " P(IN)");
            Map<String, Sensitivity> listed = new HashMap<>();
            for (Sensitivity x : s.sensitivities()) {
                listed.put(x.leaf(), x);
            }
            double[] sup = reference.importanceSupported.get(s.statement());
            double[] in = reference.importanceIn.get(s.statement());
            for (int l = 0; l < reference.leaves.size(); l++) {
                String leaf = reference.leaves.get(l);
                Sensitivity x = listed.get(leaf);
                double gotIn = x == null ? 0 : x.in();
                double gotSup = x == null ? 0 : x.supported();
                assertEquals(in[l], gotIn, TOLERANCE, at + " importance of " + leaf + " for IN");
                assertEquals(sup[l], gotSup, TOLERANCE, at + " importance of " + leaf + " for supported");
            }
        }
        for (CredenceResult.QuestionValue q : result.questions()) {
            assertEquals(reference.questionValue.get(q.question()), q.value(), TOLERANCE,
                    label + ", value of information of " + q.question());
        }
    }
}
