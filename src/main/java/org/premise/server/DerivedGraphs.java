package org.premise.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.premise.kb.DerivationGraph;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.RuleBudget;
import org.premise.rdf.GraphChanges;
import org.premise.rdf.Vocab;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.DerivationFingerprint;
import org.premise.reason.DerivationService;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.Analysis;
import org.premise.reason.analysis.AnalysisLimits;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.rules.RuleFiles;

/**
 * Keeps a served base's derived graphs ({@code graph:inferred}, {@code graph:derivation},
 * {@code graph:analysis}) in step with its asserted graphs as writes commit, writing only what
 * changed. It keeps, in memory, a copy of the asserted graphs ({@link AssertedGraphs}) and the
 * workspace derived from them; a write's own changes update the copy, the derivation follows
 * them in place ({@link Workspace#revise}: an insertion is continued from the new facts, a
 * removal re-derived from facts already encoded), and the base receives the difference. The
 * analysis is recomputed only when the write touched a predicate the argument graph is read
 * from, and then only the statements whose analysis changed are rewritten.
 * <p>
 * One instance serves one base, and only the base's writer (inside its write transaction)
 * calls it. The reasoning runs in memory: TDB2 is transactional only, and nothing derived
 * lives in the base's transaction until it is written there.
 */
public final class DerivedGraphs {
    private final DerivationService derivation;
    private final Workspace laidOutFrom;

    // The writer's state: null until attached, and again after a write failed to commit.
    private AssertedGraphs asserted;
    private Workspace current;
    private Analysis analysis;

    /**
     * Derives with this derivation's rules, limits and budget; the base's derived graphs are
     * checked against them when attached.
     */
    public DerivedGraphs(DerivationService derivation) {
        this(derivation, null);
    }

    /** Derives with these rules and limits, and the default rule budget. */
    public DerivedGraphs(List<RuleFiles.SourcedRule> rules, AnalysisLimits limits) {
        this(new DerivationService(rules, limits, RuleBudget.DEFAULT), null);
    }

    private DerivedGraphs(DerivationService derivation, Workspace laidOutFrom) {
        this.derivation = derivation;
        this.laidOutFrom = laidOutFrom;
    }

    /**
     * For a base {@link DerivationService#inMemory} made from this workspace: its analysis is the
     * workspace's, so attaching does not compute it again. The workspace is read, never changed.
     */
    public static DerivedGraphs of(Workspace ws) {
        return new DerivedGraphs(DerivationService.of(ws), ws);
    }

    /** The workspace given to {@link #of}, which a base laid out from it holds until its first write; else null. */
    Workspace laidOutFrom() {
        return laidOutFrom;
    }

    /** Derives a knowledge base with this derivation's rules, limits and budget. */
    Workspace derive(KnowledgeBase kb) {
        return derivation.derive(kb);
    }

    /** What a write's commit makes current: see {@link #accept}. */
    record Revision(Workspace workspace, Analysis analysis, ClosureOverlay overlay) {}

    /**
     * Makes this the derivation of {@code base} and returns the closures it serves: copies and
     * derives the asserted graphs, and writes to the base whatever its derived graphs lack or
     * have in excess (a store loaded with other rules or limits, or by an older version; the
     * blank nodes of rules' {@code makeSkolem}), in a write transaction of its own. For a base
     * laid out from the workspace given to {@link #of}, its analysis is trusted, not recomputed.
     */
    ClosureOverlay attach(DatasetGraph base) {
        Txn.executeWrite(base, () -> rederive(base, laidOutFrom, true));
        return ClosureOverlay.of(current.inference());
    }

    /**
     * Brings the base's derived graphs in step with a write transaction's changes (its
     * {@code log}, already applied to the base); call inside that transaction, before it
     * commits. Then {@link #accept} the revision once the base committed, or {@link #forget}
     * the state if anything failed.
     */
    Revision revise(DatasetGraph base, List<AssertedGraphs.Change> log) {
        if (asserted == null) {
            // The copy was lost with an earlier failed write: start again from the base as it is now.
            rederive(base, null, false);
            return new Revision(current, analysis, ClosureOverlay.of(current.inference()));
        }
        GraphChanges assertedChanges = asserted.apply(log);
        if (assertedChanges.isEmpty()) return new Revision(current, analysis, ClosureOverlay.of(current.inference()));
        Workspace next = current.revise(asserted.knowledgeBase(), assertedChanges);
        GraphChanges inferred = next.inference().revisionChanges();
        write(base, Vocab.INFERRED_GRAPH, inferred);
        write(base, Vocab.DERIVATION_GRAPH, GraphChanges.between(current.derivationGraph(), next.derivationGraph()));
        Analysis nextAnalysis = analysis;
        if (readByAnalysis(assertedChanges) || readByAnalysis(inferred)) {
            // Only what the write touched is read again, and only what lies downstream of it is compared and written.
            List<Triple> changed = new ArrayList<>();
            changed.addAll(assertedChanges.added());
            changed.addAll(assertedChanges.removed());
            changed.addAll(inferred.added());
            changed.addAll(inferred.removed());
            Graph graph = next.inference().graph();
            ArgumentGraph before = analysis.graph();
            ArgumentGraph after = ArgumentGraphReader.revise(before, graph, changed);
            nextAnalysis = Analysis.compute(after, List.of(), List.of(), derivation.limits());
            AnalysisChanges.write(base, analysis, nextAnalysis,
                    AnalysisRegion.affected(before, after, AnalysisRegion.candidates(changed, graph), graph));
        }
        return new Revision(next, nextAnalysis, ClosureOverlay.of(next.inference()));
    }

    /** The base committed the revision: it is now what later writes start from. */
    void accept(Revision revision) {
        current = revision.workspace();
        analysis = revision.analysis();
    }

    /** A write failed after its changes reached the copy: drop the copy; the next write starts again from the base. */
    void forget() {
        asserted = null;
        current = null;
        analysis = null;
    }

    /**
     * Copies the asserted graphs (of the workspace the base was laid out from, if given, else
     * of the base), derives them, and writes to the base's derived graphs what they lack or
     * have in excess; inside a write transaction. The copy and the derivation are this
     * object's own (later writes revise them in place): a workspace given is only read, and
     * its analysis is taken as the base's, unchecked. With {@code asCommitted} (the base holds
     * only committed data), a stored analysis whose fingerprint matches is trusted too.
     */
    private void rederive(DatasetGraph base, Workspace laidOut, boolean asCommitted) {
        asserted = laidOut != null ? AssertedGraphs.copyOf(laidOut.kb()) : AssertedGraphs.read(base);
        Graph metadata = base.getGraph(Vocab.DERIVATION_GRAPH);
        DerivationFingerprint fingerprint = derivation.fingerprint();
        boolean analysisCurrent = asCommitted && fingerprint.inferred().equals(DerivationGraph.inferredFingerprint(metadata))
                && fingerprint.analysis().equals(DerivationGraph.analysisFingerprint(metadata));
        Workspace derived = derivation.derive(asserted.knowledgeBase());
        derived.inference().complete();
        write(base, Vocab.INFERRED_GRAPH, GraphChanges.between(base.getGraph(Vocab.INFERRED_GRAPH), derived.inference().materialised()));
        write(base, Vocab.DERIVATION_GRAPH, GraphChanges.between(base.getGraph(Vocab.DERIVATION_GRAPH), derived.derivationGraph()));
        // The base's copy of the ontology follows the ontology in use (a store loaded by another version may differ).
        write(base, Vocab.ONTOLOGY_GRAPH, GraphChanges.between(base.getGraph(Vocab.ONTOLOGY_GRAPH), asserted.ontology()));
        if (laidOut != null) {
            analysis = laidOut.analysis();
        } else {
            analysis = derived.analysis();
            // A store whose analysis was derived with these rules, ontology and limits holds what this would write
            // (the sources are written with their derived graphs, in one transaction): checking it statement by
            // statement would compute every support and defeat set (minutes at 10^5 statements).
            if (!analysisCurrent) AnalysisChanges.reconcile(base, analysis);
        }
        current = derived;
    }

    private static boolean readByAnalysis(GraphChanges changes) {
        return !Collections.disjoint(changes.predicates(), ArgumentGraphReader.PREDICATES);
    }

    private static void write(DatasetGraph base, Node graphName, GraphChanges changes) {
        Graph graph = base.getGraph(graphName);
        for (Triple t : changes.removed()) graph.delete(t);
        for (Triple t : changes.added()) graph.add(t);
    }
}
