package org.premise.reason.rules;

import java.time.Duration;

import org.premise.BadInputException;
import org.premise.kb.RuleBudget;

/**
 * The rules passed their {@link RuleBudget}: they derived more triples than allowed, or one run
 * took longer. Names the rule that fired most in the run, where it is written, and the flag
 * that raises the limit; commands report it as bad input (exit code 2), in one line.
 */
public final class RuleRunawayException extends BadInputException {
    private final String rule;

    private RuleRunawayException(String source, int line, String rule, String message) {
        super(source, line, -1, message);
        this.rule = rule;
    }

    /** The name of the rule that fired most. */
    public String rule() {
        return rule;
    }

    /** Too many derived triples; {@code where} is the rule's {@code file:line}. */
    public static RuleRunawayException tooMany(String rule, String where, long derivedByRule, RuleBudget budget) {
        return new RuleRunawayException(file(where), line(where), rule, "rule \"" + rule + "\" kept firing: the rules "
                + "derived more than " + budget.maxDerived() + " triples (--max-derived), " + derivedByRule
                + " of them by this rule in this run; a rule that makes a new value or blank node from what it "
                + "derived may never stop");
    }

    /** One run took longer than the budget allows. */
    public static RuleRunawayException tooLong(String rule, String where, long derivedByRule, RuleBudget budget) {
        Duration t = budget.timeout();
        return new RuleRunawayException(file(where), line(where), rule, "the rules ran longer than " + t.toSeconds()
                + " s (--rules-timeout); rule \"" + rule + "\" fired most: " + derivedByRule + " triples in this run");
    }

    private static String file(String where) {
        int colon = where.lastIndexOf(':');
        return colon < 0 ? where : where.substring(0, colon);
    }

    private static int line(String where) {
        int colon = where.lastIndexOf(':');
        try {
            return colon < 0 ? -1 : Integer.parseInt(where.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
