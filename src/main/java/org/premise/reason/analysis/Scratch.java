package org.premise.reason.analysis;

/**
 * Working arrays the size of the graph for one computation at a time, borrowed from the graph
 * ({@link ArgumentGraph#scratch()}) and given back when the computation ends, so a support
 * check or an ancestry walk costs array reads and no allocation in the size of the graph. A
 * computation that starts another one (a defeat search asking for support sets) borrows
 * another scratch, so uses never interleave; several threads each hold their own.
 */
final class Scratch implements AutoCloseable {
    private final ArgumentGraph graph;
    /** statement -> its position in the region of the current support check. */
    final Marks regionPositions;
    /** argument -> premises not yet supportable, in the current support check. */
    final Marks missingPremises;
    /** statement -> reached, in the current walk over a proof. */
    final Marks proofSeen;
    /** statement -> reached, in the current ancestry walk. */
    final Marks ancestrySeen;
    /** component -> still to compute, in the current ancestry walk. */
    final Marks componentsMissing;

    Scratch(ArgumentGraph graph) {
        this.graph = graph;
        int n = graph.size();
        regionPositions = new Marks(n);
        missingPremises = new Marks(graph.argumentCount());
        proofSeen = new Marks(n);
        ancestrySeen = new Marks(n);
        componentsMissing = new Marks(graph.components.members.length);
    }

    /** Gives the scratch back to the graph for the next computation. */
    @Override
    public void close() {
        graph.giveBack(this);
    }
}
