package org.premise.reason.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.reasoner.rulesys.BuiltinRegistry;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.Functor;
import org.apache.jena.reasoner.rulesys.Rule;
import org.premise.BadInputException;

/**
 * Reads Jena rule files one rule at a time, so that a malformed rule is reported with its
 * file, line and column (Jena's own parser reports neither). Every rule must be named:
 * names are what derivation traces show users.
 */
public final class RuleFiles {
    private RuleFiles() {}

    static {
        // Before any rule is parsed: a functor finds its builtin when it is read.
        BuiltinRegistry.theRegistry.register(new PrintToStandardError());
    }

    /** A parsed rule and where it came from. */
    public record SourcedRule(Rule rule, String source, int line) {}

    /** Parses one rule file's text; {@code source} names it in messages. */
    public static List<SourcedRule> parse(String source, String text) {
        List<SourcedRule> rules = new ArrayList<>();
        StringBuilder prefixes = new StringBuilder();
        RuleScanner scanner = new RuleScanner(source, text);
        for (RuleScanner.Chunk chunk : scanner.chunks()) {
            switch (chunk.kind()) {
                case PREFIX -> prefixes.append(chunk.text()).append('\n');
                case RULE -> rules.add(parseOne(source, prefixes.toString(), chunk));
            }
        }
        return rules;
    }

    private static SourcedRule parseOne(String source, String prefixes, RuleScanner.Chunk chunk) {
        String body = chunk.text();
        int colon = body.indexOf(':');
        int paren = body.indexOf('(');
        if (colon < 0 || (paren >= 0 && paren < colon)) {
            throw new BadInputException(source, chunk.line(), chunk.column(),
                    "expected a rule name after '[' (as in [rule-name: ... -> ...]); every rule must be named");
        }
        List<Rule> parsed;
        try {
            parsed = Rule.parseRules(prefixes + body);
        } catch (RuntimeException e) {
            throw new BadInputException(source, chunk.line(), chunk.column(),
                    "malformed rule " + name(body, colon) + ": " + explain(firstLine(e.getMessage())), e);
        }
        if (parsed.size() != 1) {
            throw new BadInputException(source, chunk.line(), chunk.column(), "expected exactly one rule between '[' and ']'");
        }
        Rule rule = parsed.get(0);
        // Premise runs rules forward; Jena's forward engine would skip a backward rule without a word.
        if (rule.isBackward()) {
            throw new BadInputException(source, chunk.line(), chunk.column(), "rule " + name(body, colon)
                    + " is a backward rule (<-), which Premise does not run: write it forward, as [name: body -> head]");
        }
        // Jena only logs a warning for an unknown builtin and the rule then never fires.
        for (ClauseEntry[] clauses : List.of(rule.getBody(), rule.getHead())) {
            for (ClauseEntry clause : clauses) {
                if (clause instanceof Functor f && BuiltinRegistry.theRegistry.getImplementation(f.getName()) == null) {
                    throw new BadInputException(source, chunk.line(), chunk.column(), "malformed rule " + name(body, colon)
                            + ": unknown builtin " + f.getName() + "(...)");
                }
            }
        }
        return new SourcedRule(rule, source, chunk.line());
    }

    /** Refuses two rules with one name: a trace would not tell them apart. */
    public static void checkUniqueNames(List<SourcedRule> rules) {
        Map<String, SourcedRule> seen = new HashMap<>();
        for (SourcedRule r : rules) {
            SourcedRule before = seen.putIfAbsent(r.rule().getName(), r);
            if (before != null) {
                throw new BadInputException(r.source(), r.line(), 1, "rule name \"" + r.rule().getName()
                        + "\" is already used at " + before.source() + ":" + before.line());
            }
        }
    }

    private static String name(String body, int colon) {
        return "\"" + body.substring(1, colon).strip() + "\"";
    }

    private static final java.util.regex.Pattern TRIPLE_SIZE = java.util.regex.Pattern.compile("Triple with (\\d+) nodes!?");

    /** Jena's "Triple with 2 nodes!" says what is wrong in parser terms; say it in the user's. */
    private static String explain(String message) {
        java.util.regex.Matcher m = TRIPLE_SIZE.matcher(message);
        if (m.matches()) return "a clause (s p o) needs 3 terms: subject, predicate, object; found " + m.group(1);
        return message;
    }

    private static String firstLine(String message) {
        if (message == null) return "parse error";
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
