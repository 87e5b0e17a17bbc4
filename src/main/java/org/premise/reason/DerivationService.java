package org.premise.reason;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.premise.kb.DatasetLayout;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.RuleBudget;
import org.premise.kb.SourceSpec;
import org.premise.reason.analysis.AnalysisLimits;
import org.premise.reason.rules.RuleFiles;

/**
 * How Premise derives: rules, analysis limits and a rule budget, turning a knowledge base's
 * asserted graphs into its inferred and analysis graphs ({@link Workspace}). The one service
 * the command line, a store's load and a server's writes all derive with, so that the three
 * keep the same derived graphs, recorded under the same {@link #fingerprint()}.
 * (The rule engine itself is {@link org.premise.reason.derive.Derivation}.)
 */
public final class DerivationService {
    private final List<RuleFiles.SourcedRule> rules;
    private final AnalysisLimits limits;
    private final RuleBudget budget;
    private final DerivationFingerprint fingerprint;

    /** Derives with these rules, limits and budget. */
    public DerivationService(List<RuleFiles.SourcedRule> rules, AnalysisLimits limits, RuleBudget budget) {
        this.rules = List.copyOf(rules);
        this.limits = limits;
        this.budget = budget == null ? RuleBudget.DEFAULT : budget;
        this.fingerprint = DerivationFingerprint.of(this.rules, limits);
    }

    /** The derivation a spec asks for: its rules (bundled and the user's, parsed and checked), {@code --max-sets} and budget. */
    public static DerivationService of(SourceSpec spec) {
        return new DerivationService(Workspace.loadRules(spec), Workspace.limits(spec), spec.ruleBudget());
    }

    /** The derivation a workspace was derived with. */
    public static DerivationService of(Workspace ws) {
        return new DerivationService(ws.rules(), ws.limits(), ws.inference().budget());
    }

    public List<RuleFiles.SourcedRule> rules() { return rules; }

    public AnalysisLimits limits() { return limits; }

    public RuleBudget budget() { return budget; }

    /** What this derives with, as recorded beside a store's or a served base's derived graphs. */
    public DerivationFingerprint fingerprint() { return fingerprint; }

    /** Applies the rules to a knowledge base and attaches its inferred and analysis graphs (see {@link Workspace#derive}). */
    public Workspace derive(KnowledgeBase kb) {
        return Workspace.derive(kb, rules, limits, budget);
    }

    /** A workspace over derived graphs a store kept, running no rules (see {@link Workspace#stored}). */
    public Workspace stored(KnowledgeBase kb, Graph materialised, Set<Node> closurePredicates, Supplier<Graph> analysis) {
        return Workspace.stored(kb, rules, limits, materialised, closurePredicates, analysis, budget);
    }

    /**
     * A transactional in-memory dataset holding a workspace's graphs in the {@link DatasetLayout}
     * (its rules and analysis run to completion), as {@code serve} serves it without a store.
     */
    public static DatasetGraph inMemory(Workspace ws) {
        KnowledgeBase kb = ws.kb();
        return DatasetLayout.inMemory(kb.ontology(), kb.sources(), ws.derivedGraphs());
    }
}
