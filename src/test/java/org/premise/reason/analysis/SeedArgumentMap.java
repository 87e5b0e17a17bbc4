package org.premise.reason.analysis;

import java.util.List;

/** The seed's argument map (docs: ../shared/design/seed-argument-map.md) built in Java. */
final class SeedArgumentMap {
    static final List<String> FRICTION_SOURCES = List.of("political-allocation", "gains-dont-transfer",
            "translation-gap", "parallelism-limits", "post-training-last-mile", "complexity-break", "oligopoly");
    static final List<String> CONCLUSIONS = List.of("thesis", "lossy-regime", "step-forward-2026",
            "coding-progress", "agi-threshold");

    private SeedArgumentMap() {
    }

    static ArgumentGraph build() {
        ArgumentGraph.Builder b = ArgumentGraph.builder();
        for (String f : FRICTION_SOURCES) {
            b.assumption(f);
        }
        b.assumption("models-capable").assumption("hard-to-predict").evidence("automl-precedent")
                .leaf("rsi-requirements");
        // The RSI view's loop conditions: held by its proponents, so leaves here.
        b.assumption("closed-loop").assumption("amplifying-gains").assumption("low-friction");
        b.argument("rsi-takeoff", "closed-loop", "amplifying-gains", "low-friction");
        for (String f : FRICTION_SOURCES) {
            b.undercut(f, "low-friction");
            b.argument("rsi-loop-broken", f);
        }
        b.undercut("gains-dont-transfer", "amplifying-gains").undercut("complexity-break", "amplifying-gains");
        b.rebut("rsi-takeoff", "lossy-regime");
        b.argument("lossy-regime", "rsi-loop-broken", "models-capable");
        b.argument("thesis", "lossy-regime");
        b.argument("step-forward-2026", "models-capable", "lossy-regime");
        b.argument("coding-progress", "models-capable");
        b.argument("agi-threshold", "models-capable");
        b.bearsOn("consolidation", "oligopoly");
        b.bearsOn("productivity-uplift", "models-capable").bearsOn("productivity-uplift", "translation-gap");
        b.bearsOn("metric-correlation", "translation-gap");
        b.bearsOn("last-mile-difficulty", "post-training-last-mile");
        b.bearsOn("meta-work", "gains-dont-transfer").bearsOn("meta-work", "closed-loop");
        for (String c : CONCLUSIONS) {
            b.conclusion(c);
        }
        return b.build();
    }
}
