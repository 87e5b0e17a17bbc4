package org.premise.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.reasoner.rulesys.Rule;
import org.premise.BadInputException;

/**
 * Reads Jena rule files one rule at a time, so that a malformed rule is reported with its
 * file, line and column (Jena's own parser reports neither). Every rule must be named:
 * names are what derivation traces show users.
 */
public final class RuleFiles {
    private RuleFiles() {}

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
        } catch (Rule.ParserException e) {
            throw new BadInputException(source, chunk.line(), chunk.column(),
                    "malformed rule: " + firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new BadInputException(source, chunk.line(), chunk.column(),
                    "malformed rule: " + firstLine(String.valueOf(e.getMessage())), e);
        }
        if (parsed.size() != 1) {
            throw new BadInputException(source, chunk.line(), chunk.column(), "expected exactly one rule between '[' and ']'");
        }
        return new SourcedRule(parsed.get(0), source, chunk.line());
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

    private static String firstLine(String message) {
        if (message == null) return "parse error";
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
