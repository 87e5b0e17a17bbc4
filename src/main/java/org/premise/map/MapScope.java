package org.premise.map;

import java.util.List;

/**
 * What part of the knowledge base a map shows, and in which scenario.
 *
 * @param document      a document (key such as {@code lossy-self-improvement}, prefixed name or IRI):
 *                      its statements and the implicit ones an analyst linked to them; null for all
 * @param focus         a statement (key, prefixed name or IRI): it, what it rests on and what rests
 *                      on it, to {@code depth} steps each way, and the direct attackers of those; null for all
 * @param depth         steps from the focus (an argument from premise to conclusion is one step)
 * @param maxStatements above this many statements in scope, the map collapses the deepest premises
 *                      (and says what it left out)
 * @param retract       statements the what-if retracts (empty for none)
 * @param assume        statements the what-if assumes
 */
public record MapScope(String document, String focus, int depth, int maxStatements, List<String> retract,
                       List<String> assume) {
    /** Default {@link #depth}. */
    public static final int DEFAULT_DEPTH = 3;
    /** Default {@link #maxStatements}: what a page or a poster still shows legibly. */
    public static final int DEFAULT_MAX_STATEMENTS = 300;

    public MapScope {
        if (depth < 0) throw new IllegalArgumentException("depth must be 0 or more");
        if (maxStatements < 1) throw new IllegalArgumentException("maxStatements must be 1 or more");
        retract = List.copyOf(retract);
        assume = List.copyOf(assume);
    }

    /** The whole knowledge base, as it stands. */
    public static MapScope everything() {
        return new MapScope(null, null, DEFAULT_DEPTH, DEFAULT_MAX_STATEMENTS, List.of(), List.of());
    }

    /** Whether a what-if is drawn. */
    public boolean isWhatIf() {
        return !retract.isEmpty() || !assume.isEmpty();
    }
}
