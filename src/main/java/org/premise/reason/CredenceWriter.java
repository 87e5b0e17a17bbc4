package org.premise.reason;

import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.premise.rdf.Vocab;
import org.premise.reason.credence.CredenceResult.Sensitivity;
import org.premise.reason.credence.CredenceResult.StatementCredence;
import org.premise.reason.credence.CredenceResult;

/**
 * Writes credence figures as RDF under the ontology's terms: per statement its P(IN)
 * ({@code premise:probability}), P(supported), the method, for a sampled one its 95% interval
 * and sample count; its sensitivities as {@code premise:Sensitivity} nodes; per open question
 * its value of information.
 */
public final class CredenceWriter {
    private CredenceWriter() {}

    public static final Node probability = Vocab.premise("probability");
    public static final Node probabilitySupported = Vocab.premise("probabilitySupported");
    public static final Node probabilityMethod = Vocab.premise("probabilityMethod");
    public static final Node probabilityLow = Vocab.premise("probabilityLow");
    public static final Node probabilityHigh = Vocab.premise("probabilityHigh");
    public static final Node samples = Vocab.premise("samples");
    public static final Node Sensitivity = Vocab.premise("Sensitivity");
    public static final Node sensitivityOf = Vocab.premise("sensitivityOf");
    public static final Node leaf = Vocab.premise("leaf");
    public static final Node leafCredence = Vocab.premise("leafCredence");
    public static final Node importance = Vocab.premise("importance");
    public static final Node importanceSupported = Vocab.premise("importanceSupported");
    public static final Node rank = Vocab.premise("rank");
    public static final Node valueOfInformation = Vocab.premise("valueOfInformation");
    public static final Node Exact = Vocab.premise("Exact");
    public static final Node Sampled = Vocab.premise("Sampled");

    /** Every predicate {@link #write} uses (and rdf:type). */
    public static final Set<Node> PREDICATES = Set.of(probability, probabilitySupported, probabilityMethod,
            probabilityLow, probabilityHigh, samples, sensitivityOf, leaf, leafCredence, importance,
            importanceSupported, rank, valueOfInformation, Vocab.rdfType);
    /** The classes of the nodes {@link #write} makes. */
    public static final Set<Node> CLASSES = Set.of(Sensitivity);

    /** The ontology individual for a method. */
    public static Node methodNode(CredenceResult.Method m) {
        return m == CredenceResult.Method.EXACT ? Exact : Sampled;
    }

    /** Adds the figures to {@code into}. */
    public static void write(CredenceResult result, Graph into) {
        for (StatementCredence s : result.statements()) {
            Node n = AnalysisWriter.node(s.statement());
            into.add(n, probability, dbl(s.in().value()));
            into.add(n, probabilitySupported, dbl(s.supported().value()));
            into.add(n, probabilityMethod, methodNode(s.method()));
            if (s.method() == CredenceResult.Method.SAMPLED) {
                into.add(n, probabilityLow, dbl(s.in().low()));
                into.add(n, probabilityHigh, dbl(s.in().high()));
                into.add(n, samples, NodeFactory.createLiteralByValue(s.samples(), XSDDatatype.XSDinteger));
            }
            int r = 0;
            for (Sensitivity x : s.sensitivities()) {
                Node b = NodeFactory.createBlankNode();
                into.add(b, Vocab.rdfType, Sensitivity);
                into.add(b, sensitivityOf, n);
                into.add(b, leaf, AnalysisWriter.node(x.leaf()));
                into.add(b, leafCredence, dbl(x.credence()));
                if (x.in() != null) {
                    into.add(b, importance, dbl(x.in()));
                }
                if (x.supported() != null) {
                    into.add(b, importanceSupported, dbl(x.supported()));
                }
                into.add(b, rank, NodeFactory.createLiteralByValue(++r, XSDDatatype.XSDinteger));
            }
        }
        for (CredenceResult.QuestionValue q : result.questions()) {
            into.add(AnalysisWriter.node(q.question()), valueOfInformation, dbl(q.value()));
        }
    }

    static Node dbl(double d) {
        return NodeFactory.createLiteralByValue(d, XSDDatatype.XSDdouble);
    }
}
