package org.premise.reason;

import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.premise.rdf.Vocab;
import org.premise.reason.analysis.Analysis;
import org.premise.reason.analysis.Status;

/**
 * Writes an {@link Analysis} as RDF under the ontology's analysis terms, so SPARQL sees
 * support sets, defeat sets, linchpins and statuses beside the rules' output.
 */
public final class AnalysisWriter {
    private AnalysisWriter() {}

    public static final Node SupportSet = Vocab.premise("SupportSet");
    public static final Node DefeatSet = Vocab.premise("DefeatSet");
    public static final Node supportSetOf = Vocab.premise("supportSetOf");
    public static final Node defeatSetOf = Vocab.premise("defeatSetOf");
    public static final Node member = Vocab.premise("member");
    public static final Node size = Vocab.premise("size");
    public static final Node linchpin = Vocab.premise("linchpin");
    public static final Node status = Vocab.premise("status");
    public static final Node supportSetsTruncated = Vocab.premise("supportSetsTruncated");
    public static final Node defeatSetsTruncated = Vocab.premise("defeatSetsTruncated");

    /** The ontology individual for a status. */
    public static Node statusNode(Status s) {
        return switch (s) {
            case IN -> Vocab.premise("In");
            case OUT -> Vocab.premise("Out");
            case UNDECIDED -> Vocab.premise("Undecided");
        };
    }

    /** Adds the analysis of every statement to {@code into}. */
    public static void write(Analysis analysis, Graph into) {
        for (String id : analysis.graph().statements()) writeStatement(analysis, id, into);
    }

    /** Adds the analysis of one statement to {@code into}: its status, flags, linchpins and its sets. */
    public static void writeStatement(Analysis analysis, String id, Graph into) {
        Node s = node(id);
        into.add(s, status, statusNode(analysis.status(id)));
        writeSets(into, s, analysis.supportSets(id), SupportSet, supportSetOf);
        writeSets(into, s, analysis.defeatSets(id), DefeatSet, defeatSetOf);
        if (analysis.supportSets().isTruncated(id)) into.add(s, supportSetsTruncated, bool(true));
        if (analysis.defeatSets().isTruncated(id)) into.add(s, defeatSetsTruncated, bool(true));
        analysis.linchpins(id).ifPresent(pins -> pins.forEach(p -> {
            if (!p.equals(id)) into.add(s, linchpin, node(p));
        }));
    }

    /**
     * Whether {@link #writeStatement} writes the same triples for the statement from both
     * analyses, up to the sets' blank nodes (and the order of the sets). Compares the answers,
     * not triples, so it is cheap; a statement that only one analysis has is not the same.
     */
    public static boolean writesTheSame(Analysis a, Analysis b, String id) {
        if (!a.graph().contains(id) || !b.graph().contains(id)) return false;
        return a.status(id) == b.status(id)
                && a.supportSets().isTruncated(id) == b.supportSets().isTruncated(id)
                && a.defeatSets().isTruncated(id) == b.defeatSets().isTruncated(id)
                && sameSets(a.supportSets(id), b.supportSets(id))
                && sameSets(a.defeatSets(id), b.defeatSets(id))
                && withoutSelf(a.linchpins(id), id).equals(withoutSelf(b.linchpins(id), id));
    }

    private static boolean sameSets(List<Set<String>> x, List<Set<String>> y) {
        return x.equals(y) || (x.size() == y.size() && new java.util.HashSet<>(x).equals(new java.util.HashSet<>(y)));
    }

    private static Set<String> withoutSelf(java.util.Optional<Set<String>> pins, String id) {
        Set<String> out = new java.util.HashSet<>(pins.orElse(Set.of()));
        out.remove(id);
        return out;
    }

    /**
     * The triples {@link #writeStatement} wrote for a statement, found in a graph holding
     * written analyses: those about the statement, and those of the sets that name it as owner.
     */
    public static List<Triple> statementTriples(Graph written, String id) {
        Node s = node(id);
        List<Triple> out = new java.util.ArrayList<>(written.find(s, Node.ANY, Node.ANY).toList());
        for (Node owner : List.of(supportSetOf, defeatSetOf)) {
            for (Triple link : written.find(Node.ANY, owner, s).toList()) {
                out.addAll(written.find(link.getSubject(), Node.ANY, Node.ANY).toList());
            }
        }
        return out;
    }

    /** Writes sets as blank nodes: type, owner, members, size. Returns the set nodes. */
    static List<Node> writeSets(Graph into, Node owner, List<Set<String>> sets, Node type, Node ownerProperty) {
        List<Node> nodes = new java.util.ArrayList<>();
        for (Set<String> set : sets) {
            Node n = NodeFactory.createBlankNode();
            nodes.add(n);
            into.add(n, Vocab.rdfType, type);
            if (ownerProperty != null) into.add(n, ownerProperty, owner);
            set.forEach(m -> into.add(n, member, node(m)));
            into.add(n, size, NodeFactory.createLiteralByValue(set.size(), XSDDatatype.XSDinteger));
        }
        return nodes;
    }

    /** The RDF node for an analysis id (an IRI, or a blank node's label). */
    public static Node node(String id) {
        return id.startsWith("_:") ? NodeFactory.createBlankNode(id.substring(2)) : NodeFactory.createURI(id);
    }

    private static Node bool(boolean b) {
        return NodeFactory.createLiteralByValue(b, XSDDatatype.XSDboolean);
    }
}
