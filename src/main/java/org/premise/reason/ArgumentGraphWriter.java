package org.premise.reason;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.rdf.Vocab;
import org.premise.reason.analysis.ArgumentGraph;

/**
 * Writes an {@link ArgumentGraph} as an argument map in Premise's vocabulary, the inverse of
 * {@link ArgumentGraphReader}: statements {@code st:<id>} with a text, leaves typed
 * {@code premise:Assumption}, one {@code kb:arg-<n>} node per argument, attacks as
 * {@code premise:undercuts} (a rebut as an undercut each way), open questions typed
 * {@code premise:OpenQuestion} with what they bear on, conclusions typed
 * {@code premise:Conclusion}. It turns generated graphs into data for tests and benchmarks.
 */
public final class ArgumentGraphWriter {
    private ArgumentGraphWriter() {}

    /** The argument map of {@code arguments}, as a new graph. */
    public static Graph write(ArgumentGraph arguments) {
        Graph g = GraphFactory.createDefaultGraph();
        Node openQuestion = Vocab.OpenQuestion;
        int n = 0;
        for (String id : arguments.statements()) {
            Node s = Vocab.statement(id);
            g.add(s, Vocab.rdfType, arguments.isLeaf(id) ? Vocab.Assumption : Vocab.Statement);
            g.add(s, Vocab.text, NodeFactory.createLiteralString("Statement " + id + "."));
            for (ArgumentGraph.Argument a : arguments.argumentsFor(id)) {
                Node argument = NodeFactory.createURI(Vocab.KB + "arg-" + n++);
                g.add(argument, Vocab.rdfType, Vocab.Argument);
                g.add(argument, Vocab.conclusion, s);
                a.premises().forEach(p -> g.add(argument, Vocab.premiseOf, Vocab.statement(p)));
            }
            arguments.attackersOf(id).forEach(attacker -> g.add(Vocab.statement(attacker), Vocab.undercuts, s));
        }
        for (String q : arguments.questions()) {
            Node question = Vocab.statement(q);
            g.add(question, Vocab.rdfType, openQuestion);
            g.add(question, Vocab.text, NodeFactory.createLiteralString("Question " + q + "?"));
            arguments.bearsOn(q).forEach(s -> g.add(question, Vocab.bearsOn, Vocab.statement(s)));
        }
        arguments.conclusions().forEach(c -> g.add(Vocab.statement(c), Vocab.rdfType, Vocab.Conclusion));
        return g;
    }
}
