package org.premise.kb;

import java.nio.file.Path;
import java.util.List;

/**
 * Which sources make up a knowledge base: the bundled knowledge (default on), the user's
 * data files, the bundled rules (default on) and the user's rule files; and the cap on
 * support and defeat sets the analysis keeps per statement.
 */
public record SourceSpec(boolean bundledData, List<Path> data, boolean bundledRules, List<Path> rules, int setCap) {
    /** The default cap on support and defeat sets kept per statement. */
    public static final int DEFAULT_SET_CAP = 256;

    public SourceSpec {
        data = List.copyOf(data);
        rules = List.copyOf(rules);
        if (setCap < 1) throw new org.premise.BadInputException("--max-sets must be at least 1, not " + setCap);
    }

    /** The bundled knowledge base and rules, nothing else. */
    public static SourceSpec bundled() {
        return new SourceSpec(true, List.of(), true, List.of(), DEFAULT_SET_CAP);
    }
}
