package org.premise.reason.analysis;

import java.util.Arrays;
import java.util.function.IntPredicate;

import org.premise.ints.IntList;

/**
 * The part of a statement's support ancestry that is still to be computed, as whole support
 * components in topological order: what the lazy engines compute, oldest premises first, when
 * a statement is first asked about. Only premises of usable arguments (all premises
 * supportable) of supportable statements are followed; nothing else contributes support.
 * Iterative, so long chains do not overflow the stack.
 */
final class Ancestry {
    private Ancestry() {
    }

    /**
     * The components, ascending (that is, topologically), holding the statements not yet known;
     * the walk marks what it reached in the scratch.
     */
    static int[] missingComponents(ArgumentGraph graph, Supportability supportability, int statement,
            IntPredicate known, Scratch scratch) {
        SupportComponents components = graph.components;
        int own = components.componentOf[statement];
        if (!known.test(statement) && !components.cyclic[own] && premisesKnown(graph, supportability, statement, known)) {
            // The common case when statements are asked in order: only the statement itself is missing.
            return new int[] {own};
        }
        IntList missing = new IntList();
        Marks missingMarks = scratch.componentsMissing;
        Marks seen = scratch.ancestrySeen;
        missingMarks.clear();
        seen.clear();
        IntList stack = new IntList();
        stack.add(statement);
        seen.add(statement);
        while (!stack.isEmpty()) {
            int t = stack.removeLast();
            if (known.test(t)) {
                continue;
            }
            int c = components.componentOf[t];
            if (missingMarks.add(c)) {
                missing.add(c);
                // A component is solved as a whole: follow every member's premises.
                for (int m : components.members[c]) {
                    if (seen.add(m)) {
                        stack.add(m);
                    }
                }
            }
            if (!supportability.supportable(t)) {
                continue;
            }
            for (int arg : graph.argumentsFor[t]) {
                if (!supportability.usable(graph, arg)) {
                    continue;
                }
                for (int p : graph.argumentPremises[arg]) {
                    if (seen.add(p)) {
                        stack.add(p);
                    }
                }
            }
        }
        int[] out = missing.toArray();
        Arrays.sort(out);
        return out;
    }

    private static boolean premisesKnown(ArgumentGraph graph, Supportability supportability, int statement,
            IntPredicate known) {
        if (!supportability.supportable(statement)) {
            return true;
        }
        for (int arg : graph.argumentsFor[statement]) {
            for (int p : graph.argumentPremises[arg]) {
                if (!known.test(p) && supportability.supportable(p)) {
                    return false;
                }
            }
        }
        return true;
    }
}
