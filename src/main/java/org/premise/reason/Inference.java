package org.premise.reason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.RuleBudget;
import org.premise.rdf.GraphChanges;
import org.premise.rdf.GraphUnion;
import org.premise.reason.derive.ClosureView;
import org.premise.reason.derive.Derivation;
import org.premise.reason.rules.RuleFiles;
import org.premise.reason.rules.RuleRunawayException;

/**
 * Applies the rules to a knowledge base's asserted triples and gives it its inferred graph.
 *
 * <p>Two engines. Rule sets within the fast path (see {@link Derivation}: triple patterns,
 * {@code noValue}, {@code makeSkolem}, stratified) run on Premise's own evaluator, which
 * derives on demand and serves transitive predicates such as {@code premise:dependsOn} from a
 * closure index; its view becomes the knowledge base's inferred graph. Any other rule set runs
 * on Jena's forward RETE engine with derivation logging, as a whole, and its deductions are
 * copied into the inferred graph; {@link #fallbackReason()} says which rule sent it there.
 * Either way the result is never edited afterwards: a what-if is answered by the analysis.
 *
 * <p>A third kind runs no rules: {@link #stored} takes the inferred triples a store kept
 * ({@link #materialised()} of an earlier run with the same rules) and re-closes its closure
 * predicates with a {@link ClosureView} each. Only {@code explain} derives there, on demand.
 */
public final class Inference {
    private final KnowledgeBase kb;
    private Derivation derivation;
    private InfModel jena;
    private final String fallbackReason;
    private final RuleBudget budget;
    private final Stored stored;
    private GraphChanges revisionChanges = GraphChanges.NONE;

    /** What a store kept, and the rules that derived it (run only if {@code explain} asks). */
    private record Stored(Graph materialised, Map<Node, ClosureView> closures, List<RuleFiles.SourcedRule> rules) {}

    private Inference(KnowledgeBase kb, Derivation derivation, InfModel jena, String fallbackReason, RuleBudget budget) {
        this(kb, derivation, jena, fallbackReason, budget, null);
    }

    private Inference(KnowledgeBase kb, Derivation derivation, InfModel jena, String fallbackReason, RuleBudget budget,
                      Stored stored) {
        this.kb = kb;
        this.budget = budget;
        this.derivation = derivation;
        this.jena = jena;
        this.fallbackReason = fallbackReason;
        this.stored = stored;
    }

    /**
     * The inference a store kept, without running the rules: {@code materialised} is the
     * store's {@code graph:inferred} (what {@link #materialised()} gave when it was derived with
     * these {@code rules}, over these sources) and {@code closurePredicates} what its
     * {@code graph:derivation} names. The knowledge base's inferred graph becomes the stored
     * triples plus the closure pairs they leave out, re-closed over the asserted and stored
     * triples: the same graph a run of the rules gives. {@code budget} bounds a derivation
     * {@code explain} asks for.
     */
    public static Inference stored(KnowledgeBase kb, Graph materialised, Set<Node> closurePredicates,
                                   List<RuleFiles.SourcedRule> rules, RuleBudget budget) {
        Graph edges = new GraphUnion(List.of(kb.asserted(), materialised));
        Map<Node, ClosureView> closures = new LinkedHashMap<>();
        List<Graph> inferred = new ArrayList<>();
        inferred.add(materialised);
        for (Node p : closurePredicates) {
            ClosureView view = ClosureView.over(edges, p);
            closures.put(p, view);
            inferred.add(view);
        }
        kb.attachInferred(inferred.size() == 1 ? materialised : new GraphUnion(inferred));
        return new Inference(kb, null, null, null, budget, new Stored(materialised, Map.copyOf(closures), List.copyOf(rules)));
    }

    /** Applies the rules to the knowledge base and gives it its inferred graph, within the default budget. */
    public static Inference run(KnowledgeBase kb, List<RuleFiles.SourcedRule> rules) {
        return run(kb, rules, RuleBudget.DEFAULT);
    }

    /**
     * Applies the rules to the knowledge base and gives it its inferred graph. A run that passes
     * the budget, now or when a later read derives on demand, throws {@link RuleRunawayException}.
     */
    public static Inference run(KnowledgeBase kb, List<RuleFiles.SourcedRule> rules, RuleBudget budget) {
        Derivation.Prepared prepared = Derivation.prepare(kb.asserted(), rules, budget);
        if (prepared.derivation() != null) {
            kb.attachInferred(prepared.derivation().inferred(), true);
            return new Inference(kb, prepared.derivation(), null, null, budget);
        }
        return new Inference(kb, null, runJena(kb, rules, budget), prepared.unsupported(), budget);
    }

    /**
     * The inference after the asserted triples changed: {@code kb} is the changed knowledge
     * base (a new one, whose inferred graph this attaches) and {@code asserted} how its
     * asserted triples differ from this inference's. Premise's engine changes its derivation
     * in place ({@link Derivation#apply}), so this inference then shows the new facts too and
     * only the returned one should be used; Jena's runs from scratch.
     * {@link #revisionChanges()} says how the stored triples changed.
     */
    public Inference revise(KnowledgeBase kb, GraphChanges asserted, List<RuleFiles.SourcedRule> rules) {
        if (derivation == null || stored != null) {
            Inference fresh = run(kb, rules, budget);
            fresh.revisionChanges = GraphChanges.between(materialised(), fresh.materialised());
            return fresh;
        }
        GraphChanges changes = derivation.apply(asserted.added(), asserted.removed());
        kb.attachInferred(derivation.inferred(), true);
        Inference revised = new Inference(kb, derivation, null, null, budget);
        revised.revisionChanges = changes;
        return revised;
    }

    /** How {@link #materialised()} changed in the {@link #revise} that made this inference; none for one that ran afresh. */
    public GraphChanges revisionChanges() {
        return revisionChanges;
    }

    private static InfModel runJena(KnowledgeBase kb, List<RuleFiles.SourcedRule> rules, RuleBudget budget) {
        InfModel inf = jenaModel(kb, rules, budget);
        Graph deductions = inf.getDeductionsModel().getGraph();
        Graph asserted = kb.asserted();
        Graph inferred = kb.inferred();
        deductions.find().forEachRemaining(t -> {
            if (!asserted.contains(t)) inferred.add(t);
        });
        return inf;
    }

    private static InfModel jenaModel(KnowledgeBase kb, List<RuleFiles.SourcedRule> rules, RuleBudget budget) {
        List<Rule> plain = new ArrayList<>(rules.size());
        rules.forEach(r -> plain.add(r.rule()));
        GenericRuleReasoner reasoner = new GenericRuleReasoner(plain);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        reasoner.setDerivationLogging(true);
        BoundedReteGraph bounded = new BoundedReteGraph(reasoner, plain, kb.asserted(), rules, budget);
        bounded.setDerivationLogging(true);
        InfModel inf = ModelFactory.createInfModel(bounded);
        inf.prepare();
        return inf;
    }

    /** Asserted and inferred triples together: what the rules see and conclude. */
    public Graph graph() {
        List<Graph> both = List.of(kb.asserted(), kb.inferred());
        return kb.inferredDisjoint() ? GraphUnion.withDisjoint(both, kb.inferred()) : new GraphUnion(both);
    }

    /** Whether the triple holds, asserted or inferred. */
    public boolean holds(Triple t) {
        return kb.asserted().contains(t) || kb.inferred().contains(t);
    }

    /**
     * The inferred triples a store or a served dataset keeps: with Premise's engine, the
     * inferred graph without the pairs of its closure predicates that are not base edges
     * (a {@link ClosureView} per {@link #closurePredicates()} gives
     * them back); with Jena's, the whole inferred graph.
     */
    public Graph materialised() {
        if (stored != null) return stored.materialised();
        return derivation != null ? derivation.materialised() : kb.inferred();
    }

    /** The predicates served as transitive closures rather than stored (none with Jena's engine). */
    public Set<Node> closurePredicates() {
        if (stored != null) return stored.closures().keySet();
        return derivation != null ? derivation.closurePredicates() : java.util.Set.of();
    }

    /**
     * The pairs of a closure predicate that {@link #materialised()} and the asserted triples
     * leave out, as a read-only view sharing the derivation's index (every rule is run first);
     * null when the predicate is not one of {@link #closurePredicates()}.
     */
    public ClosureView closureView(Node predicate) {
        if (stored != null) return stored.closures().get(predicate);
        return derivation != null ? ClosureView.of(derivation, predicate) : null;
    }

    /** Runs every rule, so that the inferred graph may be read from several threads. */
    public void complete() {
        if (stored == null && derivation != null) derivation.complete();
    }

    /** The budget every run of the rules has, this one and those that revise it. */
    public RuleBudget budget() {
        return budget;
    }

    /** Which engine ran: "premise" (the fast evaluator), "jena" (forward RETE) or "stored" (none: a store's triples). */
    public String engine() {
        if (stored != null) return "stored";
        return derivation != null ? "premise" : "jena";
    }

    /** Why the rules ran on Jena's engine; null when they ran on Premise's own. */
    public String fallbackReason() {
        return fallbackReason;
    }

    /**
     * Premise's derivation, or null when Jena's engine ran. For a {@link #stored} inference,
     * one prepared now over the asserted triples (it derives only what is asked of it).
     */
    synchronized Derivation derivation() {
        if (stored != null && derivation == null && jena == null) {
            Derivation.Prepared prepared = Derivation.prepare(kb.asserted(), stored.rules(), budget);
            derivation = prepared.derivation();
            if (derivation == null) jena = jenaModel(kb, stored.rules(), budget);
        }
        return derivation;
    }

    /** Jena's rule model, or null when Premise's own engine ran (for a stored inference: see {@link #derivation()}). */
    synchronized InfModel jenaModel() {
        derivation();
        return jena;
    }
}
