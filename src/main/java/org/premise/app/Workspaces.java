package org.premise.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.premise.kb.DatasetLayout;
import org.premise.kb.DerivationGraph;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.SourceSpec;
import org.premise.rdf.Vocab;
import org.premise.reason.DerivationFingerprint;
import org.premise.reason.DerivationService;
import org.premise.reason.Workspace;
import org.premise.store.Store;

/**
 * Opens the workspace a command works on, from a store or in memory: the one place that
 * decides. Without a store, or with {@code --data} on top of one, the sources are loaded and
 * derived in memory ({@link #inMemory}). With {@code --store} and no {@code --data}, the derived
 * graphs the store kept are used as they are, without running the rules, when they were
 * derived with what this command would derive with (the fingerprints in
 * {@code graph:derivation}, {@link DerivationFingerprint}): {@code graph:inferred} when the
 * rules, the ontology and the Premise version match, {@code graph:analysis} when the analysis
 * limits ({@code --max-sets}) match too. Otherwise the rules run in memory over the store's
 * sources, as without a store, and a stale derivation is reported in one note. Either way the
 * answers are the same, and the store is only read.
 */
public final class Workspaces {
    private Workspaces() {}

    /** What one read transaction took from a store: its sources and, if current, its inferred graph. */
    private record Snapshot(Map<Node, Graph> sources, Graph inferred, Set<Node> closurePredicates, boolean analysisCurrent,
                            String stale) {}

    /**
     * The workspace of a spec: from the store's derived graphs where they are current, else
     * derived in memory as {@link #inMemory} does.
     *
     * @param note told, in one line, when the store's derivation is stale and is redone in memory
     */
    public static Workspace open(SourceSpec spec, Consumer<String> note) {
        if (spec.store() == null || !spec.data().isEmpty()) return inMemory(spec);
        // Rules first: a bad rule file is reported before the store is opened.
        DerivationService derivation = DerivationService.of(spec);
        DerivationFingerprint wanted = derivation.fingerprint();
        DatasetGraph store = Store.openForReading(spec.store(), note);
        boolean keptOpen = false;
        try {
            Snapshot snapshot = Txn.calculateRead(store, () -> read(store, spec.store(), wanted));
            KnowledgeBase kb = KnowledgeBase.of(DatasetLayout.ontology(), snapshot.sources());
            if (snapshot.stale() != null) note.accept(spec.store() + ": " + snapshot.stale());
            if (snapshot.inferred() == null) return derivation.derive(kb);
            Supplier<Graph> analysis = null;
            if (snapshot.analysisCurrent()) {
                // The stored analysis can be large (millions of triples at 10^5 statements): it is
                // copied only if something reads it. The store stays open until then, so that no
                // other process can change it in between (TDB2 lets one process open a folder).
                keptOpen = true;
                analysis = () -> {
                    try {
                        return Txn.calculateRead(store, () -> Store.copy(store, Vocab.ANALYSIS_GRAPH));
                    } finally {
                        Store.release(store);
                    }
                };
            }
            return derivation.stored(kb, snapshot.inferred(), snapshot.closurePredicates(), analysis);
        } finally {
            if (!keptOpen) Store.release(store);
        }
    }

    /** Loads the spec's sources (the bundled knowledge, the user's files) and derives them in memory; rules are read first. */
    public static Workspace inMemory(SourceSpec spec) {
        DerivationService derivation = DerivationService.of(spec);
        return derivation.derive(KnowledgeBaseLoader.load(spec));
    }

    private static Snapshot read(DatasetGraph store, Path dir, DerivationFingerprint wanted) {
        Map<Node, Graph> sources = Store.sources(store);
        Graph derivation = Store.copy(store, Vocab.DERIVATION_GRAPH);
        String inferredWith = DerivationGraph.inferredFingerprint(derivation);
        if (!wanted.inferred().equals(inferredWith)) {
            String why = inferredWith == null
                    ? "the store does not record what its derived graphs were derived with (made by an older Premise)"
                    : "the store's derived graphs were made with other rules, another ontology or another Premise version";
            return new Snapshot(sources, null, null, false, why + "; deriving them again in memory "
                    + "('premise load --store " + dir + "' with the same options would store them)");
        }
        Graph inferred = Store.copy(store, Vocab.INFERRED_GRAPH);
        Set<Node> closurePredicates = DerivationGraph.closurePredicates(derivation);
        if (!wanted.analysis().equals(DerivationGraph.analysisFingerprint(derivation))) {
            return new Snapshot(sources, inferred, closurePredicates, false,
                    "the store's analysis was made with other limits (--max-sets); computing it again in memory");
        }
        return new Snapshot(sources, inferred, closurePredicates, true, null);
    }
}
