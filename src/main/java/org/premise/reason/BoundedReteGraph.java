package org.premise.reason;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.rulesys.RETERuleInfGraph;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.reasoner.rulesys.RuleDerivation;
import org.premise.kb.RuleBudget;

/**
 * Jena's forward RETE graph, stopped when the rules pass their {@link RuleBudget}. Jena's
 * engine cannot be interrupted and runs a rule that keeps deriving until the heap is gone; with
 * derivation logging on it reports every new triple with its rule, which is where this one
 * counts, per rule, and looks at the clock. Past the budget it throws
 * {@link RuleRunawayException} out of {@code prepare()}; the graph is then unusable.
 */
final class BoundedReteGraph extends RETERuleInfGraph {
    /** By rule name: names are unique ({@link RuleFiles#checkUniqueNames}), and Jena may copy rules. */
    private final Map<String, RuleFiles.SourcedRule> sources = new HashMap<>();
    private final Map<String, long[]> fired = new HashMap<>();
    private final RuleBudget budget;
    private final long started = System.nanoTime();
    private long derived;

    BoundedReteGraph(Reasoner reasoner, List<Rule> rules, Graph data, List<RuleFiles.SourcedRule> sourced, RuleBudget budget) {
        super(reasoner, rules, null);
        this.budget = budget;
        sourced.forEach(r -> sources.put(r.rule().getName(), r));
        setFunctorFiltering(true);
        rebind(data);
    }

    @Override
    public void logDerivation(Triple t, org.apache.jena.reasoner.Derivation derivation) {
        super.logDerivation(t, derivation);
        if (!(derivation instanceof RuleDerivation rd)) {
            return;
        }
        fired.computeIfAbsent(rd.getRule().getName(), r -> new long[1])[0]++;
        derived++;
        if (budget.limitsDerived() && derived > budget.maxDerived()) {
            throw runaway(true);
        }
        if ((derived & 1023) == 0 && budget.limitsTime() && System.nanoTime() - started > budget.timeout().toNanos()) {
            throw runaway(false);
        }
    }

    private RuleRunawayException runaway(boolean tooMany) {
        String most = null;
        long count = -1;
        for (Map.Entry<String, long[]> e : fired.entrySet()) {
            if (e.getValue()[0] > count) {
                most = e.getKey();
                count = e.getValue()[0];
            }
        }
        RuleFiles.SourcedRule s = sources.get(most);
        String name = most == null ? "?" : most;
        String where = s == null ? "rules" : s.source() + ":" + s.line();
        return tooMany ? RuleRunawayException.tooMany(name, where, count, budget)
                : RuleRunawayException.tooLong(name, where, count, budget);
    }
}
