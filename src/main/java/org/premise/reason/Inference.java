package org.premise.reason;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.premise.kb.KnowledgeBase;

/**
 * Runs the rules forward over a knowledge base's asserted triples and stores what they
 * derived in its inferred graph. The InfModel is kept for explanations (derivation logging
 * is on); it is never edited afterwards: a what-if is answered by the analysis, not by
 * deleting triples from it.
 */
public final class Inference {
    private final InfModel model;

    private Inference(InfModel model) {
        this.model = model;
    }

    /** Applies the rules to the knowledge base and fills its inferred graph. */
    public static Inference run(KnowledgeBase kb, List<RuleFiles.SourcedRule> rules) {
        List<Rule> plain = new ArrayList<>(rules.size());
        rules.forEach(r -> plain.add(r.rule()));
        GenericRuleReasoner reasoner = new GenericRuleReasoner(plain);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        reasoner.setDerivationLogging(true);
        InfModel inf = ModelFactory.createInfModel(reasoner, ModelFactory.createModelForGraph(kb.asserted()));
        inf.prepare();
        Graph deductions = inf.getDeductionsModel().getGraph();
        Graph asserted = kb.asserted();
        Graph inferred = kb.inferred();
        deductions.find().forEachRemaining(t -> {
            if (!asserted.contains(t)) inferred.add(t);
        });
        return new Inference(inf);
    }

    /** The rule model, for derivation look-ups. */
    public InfModel model() { return model; }

    /** Whether the triple holds, asserted or inferred. */
    public boolean holds(Triple t) {
        return model.getGraph().contains(t);
    }
}
