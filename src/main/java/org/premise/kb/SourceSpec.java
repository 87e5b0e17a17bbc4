package org.premise.kb;

import java.nio.file.Path;
import java.util.List;

/**
 * Which sources make up a knowledge base: the bundled knowledge (default on), the user's
 * data files, the bundled rules (default on) and the user's rule files.
 */
public record SourceSpec(boolean bundledData, List<Path> data, boolean bundledRules, List<Path> rules) {
    public SourceSpec {
        data = List.copyOf(data);
        rules = List.copyOf(rules);
    }

    /** The bundled knowledge base and rules, nothing else. */
    public static SourceSpec bundled() {
        return new SourceSpec(true, List.of(), true, List.of());
    }
}
