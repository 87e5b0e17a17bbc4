package org.premise.reason;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.rulesys.BuiltinException;
import org.apache.jena.reasoner.rulesys.RETERuleInfGraph;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.reasoner.rulesys.RuleDerivation;
import org.premise.BadInputException;
import org.premise.kb.RuleBudget;
import org.premise.reason.rules.RuleFiles;
import org.premise.reason.rules.RuleRunawayException;

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

    /**
     * Runs the rules; a builtin that fails on what it is given (a wrong number of arguments, a
     * body-only builtin in a head, a value of the wrong kind) fails the user's rule, which is bad
     * input naming that rule where it is written, not an internal error.
     */
    @Override
    public synchronized void prepare() {
        try {
            super.prepare();
        } catch (BuiltinException e) {
            throw ruleFailed(e);
        }
    }

    /** Jena's message is "Error in clause of rule (NAME) BUILTIN: problem". */
    private BadInputException ruleFailed(BuiltinException e) {
        String message = String.valueOf(e.getMessage());
        String prefix = "Error in clause of rule (";
        RuleFiles.SourcedRule rule = null;
        for (Map.Entry<String, RuleFiles.SourcedRule> s : sources.entrySet()) {
            String named = prefix + s.getKey() + ") ";
            if (message.startsWith(named) && (rule == null || s.getKey().length() > rule.rule().getName().length())) {
                rule = s.getValue();
            }
        }
        if (rule == null) return new BadInputException("rules", -1, -1, "a rule failed: " + message, e);
        String problem = message.substring(prefix.length() + rule.rule().getName().length() + 2);
        return new BadInputException(rule.source(), rule.line(), -1,
                "rule \"" + rule.rule().getName() + "\" cannot run: " + problem, e);
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
