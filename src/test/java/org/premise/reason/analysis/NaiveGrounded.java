package org.premise.reason.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The grounded labelling exactly as docs/semantics.md states it, with no optimisation: every
 * round recomputes "supportable" from scratch and re-examines every statement.
 */
final class NaiveGrounded {
    private NaiveGrounded() {
    }

    static Map<String, Status> label(ArgumentGraph g, Collection<String> retract, Collection<String> assume) {
        Map<String, Status> label = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<String> supportable = supportable(g, label, retract, assume);
            for (String s : g.statements()) {
                if (label.containsKey(s)) {
                    continue;
                }
                boolean leaf = (g.isLeaf(s) || assume.contains(s)) && !retract.contains(s);
                boolean attackerIn = g.attackersOf(s).stream().anyMatch(a -> label.get(a) == Status.IN);
                if (attackerIn || !supportable.contains(s)) {
                    label.put(s, Status.OUT);
                    changed = true;
                    continue;
                }
                boolean attackersOut = g.attackersOf(s).stream().allMatch(a -> label.get(a) == Status.OUT);
                boolean argumentIn = !retract.contains(s) && g.argumentsFor(s).stream()
                        .anyMatch(arg -> arg.premises().stream().allMatch(p -> label.get(p) == Status.IN));
                if (attackersOut && (leaf || argumentIn)) {
                    label.put(s, Status.IN);
                    changed = true;
                }
            }
        }
        for (String s : g.statements()) {
            label.putIfAbsent(s, Status.UNDECIDED);
        }
        return label;
    }

    private static Set<String> supportable(ArgumentGraph g, Map<String, Status> label, Collection<String> retract,
            Collection<String> assume) {
        Set<String> out = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String s : g.statements()) {
                if (out.contains(s) || label.get(s) == Status.OUT || retract.contains(s)) {
                    continue;
                }
                boolean ok = g.isLeaf(s) || assume.contains(s)
                        || g.argumentsFor(s).stream().anyMatch(a -> out.containsAll(a.premises()));
                if (ok) {
                    out.add(s);
                    changed = true;
                }
            }
        }
        return out;
    }
}
