package org.premise.reason;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.Derivation;
import org.apache.jena.reasoner.rulesys.RuleDerivation;
import org.premise.kb.KnowledgeBase;

/**
 * How a triple came to hold: either it was asserted (in which named graph), or a named
 * rule derived it from other triples, each explained in turn, down to asserted triples.
 *
 * <p>With Premise's engine the triple is re-derived on demand: a rule instance whose
 * premises were all derived before it, and a closure pair along a shortest chain of base
 * edges. With Jena's engine (the fallback), the first derivation Jena recorded is shown.
 */
public record Explanation(Triple triple, Node assertedIn, String rule, List<Explanation> from) {

    /** True when the triple was stated in a source rather than derived. */
    public boolean isAsserted() { return assertedIn != null; }

    /** Explains a triple that holds in the knowledge base; null when it does not hold. */
    public static Explanation of(Triple t, KnowledgeBase kb, Inference inference) {
        Node graph = kb.graphAsserting(t);
        if (graph != null) return new Explanation(t, graph, null, List.of());
        if (inference.derivation() != null) {
            org.premise.reason.derive.Derivation.Step step = inference.derivation().explain(t);
            return step == null ? null : of(step, kb);
        }
        if (!inference.holds(t)) return null;
        return explainJena(t, kb, inference, new HashSet<>());
    }

    private static Explanation of(org.premise.reason.derive.Derivation.Step step, KnowledgeBase kb) {
        if (step.isAsserted()) return new Explanation(step.triple(), kb.graphAsserting(step.triple()), null, List.of());
        List<Explanation> parts = new ArrayList<>();
        for (org.premise.reason.derive.Derivation.Step s : step.from()) parts.add(of(s, kb));
        return new Explanation(step.triple(), null, step.rule(), List.copyOf(parts));
    }

    private static Explanation explainJena(Triple t, KnowledgeBase kb, Inference inference, Set<Triple> onPath) {
        Node graph = kb.graphAsserting(t);
        if (graph != null) return new Explanation(t, graph, null, List.of());
        var model = inference.jenaModel();
        Iterator<Derivation> it = model.getDerivation(model.asStatement(t));
        while (it.hasNext()) {
            if (it.next() instanceof RuleDerivation d) {
                onPath.add(t);
                List<Explanation> parts = new ArrayList<>();
                for (Triple match : d.getMatches()) {
                    if (match == null) continue;
                    if (onPath.contains(match)) continue;
                    parts.add(explainJena(match, kb, inference, onPath));
                }
                onPath.remove(t);
                return new Explanation(t, null, d.getRule().getName(), parts);
            }
        }
        // Holds, but no derivation was recorded (for example a functor or builtin result).
        return new Explanation(t, null, "(unrecorded)", List.of());
    }
}
