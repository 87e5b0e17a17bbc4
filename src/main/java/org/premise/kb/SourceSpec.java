package org.premise.kb;

import java.nio.file.Path;
import java.util.List;

/**
 * Which sources make up a knowledge base: the bundled knowledge (default on), the user's
 * data files, the bundled rules (default on) and the user's rule files; the cap on support
 * and defeat sets the analysis keeps per statement; and, optionally, a store (a TDB2 folder
 * made by {@code premise load}) whose sources replace the bundled knowledge; and the budget of
 * a run of the rules.
 *
 * @param store a store to read the sources from instead of the bundled knowledge, or null
 * @param ruleBudget how much work a run of the rules may do ({@link RuleBudget#DEFAULT} unless the user says)
 */
public record SourceSpec(boolean bundledData, List<Path> data, boolean bundledRules, List<Path> rules, int setCap,
                         Path store, RuleBudget ruleBudget) {
    /** The default cap on support and defeat sets kept per statement. */
    public static final int DEFAULT_SET_CAP = 256;

    public SourceSpec {
        data = List.copyOf(data);
        org.premise.rdf.StandardInput.atMostOnce(java.util.stream.Stream.concat(data.stream(), rules.stream()).toList());
        rules = List.copyOf(rules);
        if (setCap < 1) throw new org.premise.BadInputException("--max-sets must be at least 1, not " + setCap);
        if (ruleBudget == null) ruleBudget = RuleBudget.DEFAULT;
    }

    /** Sources with the default rule budget. */
    public SourceSpec(boolean bundledData, List<Path> data, boolean bundledRules, List<Path> rules, int setCap, Path store) {
        this(bundledData, data, bundledRules, rules, setCap, store, RuleBudget.DEFAULT);
    }

    /** Sources without a store: the bundled knowledge (if asked) and the user's files. */
    public SourceSpec(boolean bundledData, List<Path> data, boolean bundledRules, List<Path> rules, int setCap) {
        this(bundledData, data, bundledRules, rules, setCap, null);
    }

    /** The bundled knowledge base and rules, nothing else. */
    public static SourceSpec bundled() {
        return new SourceSpec(true, List.of(), true, List.of(), DEFAULT_SET_CAP);
    }
}
