package org.premise.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.premise.kb.BundledOntology;
import org.premise.rdf.GraphLookup;
import org.premise.rdf.Terms;
import org.premise.rdf.Vocab;

/**
 * The roles rules/proposals.rules proposes ({@code premise:candidateRole}), for a person to
 * confirm: each with the concepts behind it and the one Turtle line that makes it so. A
 * candidate friction source is confirmed by saying which loop condition it undercuts: the
 * condition about friction where there is one.
 */
final class Candidates {
    private static final Node FRICTION = NodeFactory.createURI(Vocab.CONCEPT + "friction");

    private Candidates() {}

    static List<AnalysisReport.CandidateView> of(Graph g) {
        List<AnalysisReport.CandidateView> views = new ArrayList<>();
        String condition = frictionCondition(g);
        g.find(Node.ANY, Vocab.candidateRole, Node.ANY).forEachRemaining(t -> {
            Node statement = t.getSubject();
            Node role = t.getObject();
            String shown = Terms.show(statement);
            Set<String> concepts = new TreeSet<>();
            g.find(statement, Vocab.dctermsSubject, Node.ANY).forEachRemaining(s -> {
                if (g.contains(s.getObject(), Vocab.suggestsRole, role)) concepts.add(Terms.show(s.getObject()));
            });
            String confirm;
            if (role.equals(Vocab.FrictionSource)) {
                confirm = condition == null ? "# no loop condition is known: " + shown + " premise:undercuts <condition> ."
                        : shown + " premise:undercuts " + condition + " .";
            } else {
                confirm = shown + " a " + Terms.show(role) + " .";
            }
            String key = GraphLookup.lexical(g, statement, Vocab.key);
            views.add(new AnalysisReport.CandidateView(key != null ? key : shown, Terms.show(role), new ArrayList<>(concepts),
                    GraphLookup.lexical(g, statement, Vocab.text), confirm));
        });
        views.sort(Comparator.comparing(AnalysisReport.CandidateView::role).thenComparing(AnalysisReport.CandidateView::statement));
        return views;
    }

    /** A loop condition about friction (by its text), else the first loop condition, else null. */
    private static String frictionCondition(Graph g) {
        Set<String> any = new TreeSet<>();
        Set<String> aboutFriction = new TreeSet<>();
        g.find(Node.ANY, Vocab.hasCondition, Node.ANY).forEachRemaining(t -> {
            Node condition = t.getObject();
            String shown = Terms.show(condition);
            any.add(shown);
            String text = GraphLookup.lexical(g, condition, Vocab.text);
            if (text != null && BundledOntology.conceptTagger().conceptsIn(text).contains(FRICTION)) aboutFriction.add(shown);
        });
        if (!aboutFriction.isEmpty()) return aboutFriction.iterator().next();
        return any.isEmpty() ? null : any.iterator().next();
    }
}
