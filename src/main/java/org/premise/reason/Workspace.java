package org.premise.reason;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.premise.BundledResources;
import org.premise.Utf8Text;
import org.premise.kb.DerivationGraph;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.RuleBudget;
import org.premise.kb.SourceSpec;
import org.premise.rdf.GraphChanges;
import org.premise.rdf.Vocab;
import org.premise.reason.analysis.Analysis;
import org.premise.reason.analysis.AnalysisLimits;
import org.premise.reason.credence.CredencePropagation;
import org.premise.reason.credence.CredenceResult;
import org.premise.reason.rules.RuleFiles;

/**
 * A knowledge base with its rules applied: what every command starts from. Loading reads
 * the sources, parses the rules (bundled, then the user's) and runs them once.
 */
public final class Workspace {
    /** Where the bundled rule files live on the classpath. */
    public static final String BUNDLED_RULES = "premise/rules";

    private final KnowledgeBase kb;
    private final List<RuleFiles.SourcedRule> rules;
    private final Inference inference;
    private final AnalysisLimits limits;
    private Analysis analysis;
    private CredenceResult credence;

    private Workspace(KnowledgeBase kb, List<RuleFiles.SourcedRule> rules, Inference inference, AnalysisLimits limits) {
        this.kb = kb;
        this.rules = rules;
        this.inference = inference;
        this.limits = limits;
    }

    /**
     * Applies the rules to a knowledge base already loaded and attaches its inferred and
     * analysis graphs. Both are computed on demand: the rules as far as a reader asks for
     * their predicates, the analysis when something first reads it.
     */
    public static Workspace derive(KnowledgeBase kb, List<RuleFiles.SourcedRule> rules, AnalysisLimits limits) {
        return derive(kb, rules, limits, RuleBudget.DEFAULT);
    }

    /** {@link #derive(KnowledgeBase, List, AnalysisLimits)}, with the rules bounded by {@code budget}. */
    public static Workspace derive(KnowledgeBase kb, List<RuleFiles.SourcedRule> rules, AnalysisLimits limits,
            RuleBudget budget) {
        Inference inference = Inference.run(kb, rules, budget);
        Workspace ws = new Workspace(kb, rules, inference, limits);
        // The analysis reads asserted and inferred triples and writes its own named graph.
        kb.attachAnalysis(new AnalysisGraph(ws::analysis));
        kb.attachCredence(new CredenceGraph(ws::credence));
        return ws;
    }

    /**
     * A workspace over what a store kept, running no rules: {@code materialised} and
     * {@code closurePredicates} are the store's {@code graph:inferred} and what its
     * {@code graph:derivation} names, derived from these sources with these {@code rules} (a
     * caller checks that with {@link #fingerprint}); {@code analysis} fetches the store's
     * {@code graph:analysis} (asked at most once, when something first reads a term the
     * analysis writes) if it was derived with these limits too, else it is null: then the
     * analysis graph is computed when first read, as after {@link #derive}. The analysis itself
     * ({@link #analysis()}, for reports and what-ifs) is computed on first use, from the stored
     * triples. {@code budget} bounds a derivation {@code explain} asks for.
     */
    public static Workspace stored(KnowledgeBase kb, List<RuleFiles.SourcedRule> rules, AnalysisLimits limits,
                                   Graph materialised, Set<Node> closurePredicates, Supplier<Graph> analysis,
                                   RuleBudget budget) {
        Inference inference = Inference.stored(kb, materialised, closurePredicates, rules, budget);
        Workspace ws = new Workspace(kb, rules, inference, limits);
        kb.attachAnalysis(analysis != null ? AnalysisGraph.reading(analysis) : new AnalysisGraph(ws::analysis));
        kb.attachCredence(new CredenceGraph(ws::credence));
        return ws;
    }

    /** What this workspace derives with, as recorded beside a store's derived graphs. */
    public DerivationFingerprint fingerprint() {
        return DerivationFingerprint.of(rules, limits);
    }

    /**
     * The derived graphs as a store or a served base keeps them ({@link org.premise.kb.DatasetLayout}),
     * in the order they are written: {@code graph:inferred} without closure pairs, the metadata
     * graph {@code graph:derivation} naming the closure predicates and this workspace's
     * {@link #fingerprint}, and {@code graph:analysis}.
     */
    public Map<Node, Graph> derivedGraphs() {
        Map<Node, Graph> derived = new LinkedHashMap<>();
        derived.put(Vocab.INFERRED_GRAPH, inference.materialised());
        derived.put(Vocab.DERIVATION_GRAPH, derivationGraph());
        derived.put(Vocab.ANALYSIS_GRAPH, kb.analysis());
        return derived;
    }

    /** The metadata graph {@code graph:derivation} of this workspace: its closure predicates and fingerprints. */
    public Graph derivationGraph() {
        DerivationFingerprint fingerprint = fingerprint();
        return DerivationGraph.of(inference.closurePredicates(), fingerprint.inferred(), fingerprint.analysis());
    }

    /**
     * The workspace of a knowledge base after its asserted triples changed, with the same rules
     * and limits: {@code kb} is the changed knowledge base (a new one, whose inferred and
     * analysis graphs this attaches) and {@code asserted} how its asserted triples differ from
     * this workspace's. The rules follow as {@link Inference#revise} says (in place, with
     * Premise's engine: use only the returned workspace afterwards); the analysis is computed
     * when first read.
     */
    public Workspace revise(KnowledgeBase kb, GraphChanges asserted) {
        Workspace ws = new Workspace(kb, rules, inference.revise(kb, asserted, rules), limits);
        kb.attachAnalysis(new AnalysisGraph(ws::analysis));
        return ws;
    }

    /**
     * Derives everything now (all rules, the whole analysis graph), so that the knowledge base
     * can be copied or shared between threads. Returns this workspace.
     */
    public Workspace complete() {
        inference.complete();
        kb.analysis().find().close();
        return this;
    }

    /** The analysis limits a spec asks for. */
    public static AnalysisLimits limits(SourceSpec spec) {
        return new AnalysisLimits(spec.setCap(), spec.setCap(), AnalysisLimits.DEFAULT.defeatSearchSteps());
    }

    /** The bundled and user rules of a spec, parsed and checked for duplicate names. */
    public static List<RuleFiles.SourcedRule> loadRules(SourceSpec spec) {
        List<RuleFiles.SourcedRule> rules = new ArrayList<>();
        if (spec.bundledRules()) {
            BundledResources.onClasspath().readAll(BUNDLED_RULES).forEach((name, text) -> {
                if (name.endsWith(".rules")) rules.addAll(RuleFiles.parse("rules/" + name, text));
            });
        }
        for (Path file : spec.rules()) {
            // A file, gzipped or not, or standard input for '-'.
            try (org.premise.rdf.InputFile input = org.premise.rdf.InputFile.open(file)) {
                rules.addAll(RuleFiles.parse(input.name(), Utf8Text.decode(input.name(), input.readAllBytes())));
            }
        }
        RuleFiles.checkUniqueNames(rules);
        return List.copyOf(rules);
    }

    public KnowledgeBase kb() { return kb; }

    public List<RuleFiles.SourcedRule> rules() { return rules; }

    public Inference inference() { return inference; }

    /** The limits the analysis runs with. */
    public AnalysisLimits limits() { return limits; }

    /** Support sets, defeat sets, linchpins, statuses and question ranking of the knowledge base (computed on first use). */
    public synchronized Analysis analysis() {
        if (analysis == null) {
            analysis = Analysis.compute(ArgumentGraphReader.read(inference.graph()), List.of(), List.of(), limits);
        }
        return analysis;
    }

    /**
     * The credence figures of every conclusion under the credences the data states (no
     * command-line credences) and the default limits, computed on first use: what the analysis
     * graph shows as premise:probability.
     */
    public synchronized CredenceResult credence() {
        if (credence == null) {
            Analysis a = analysis();
            credence = Credences.read(kb.union(), a.graph(), java.util.Map.of(), Credences.CONFIDENCE_TABLE)
                    .propagate(a.graph().conclusions(), List.of(), List.of(), CredencePropagation.Options.DEFAULT);
        }
        return credence;
    }
}
