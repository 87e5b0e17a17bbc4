package org.premise.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/** Shows RDF terms to people: prefixed names where a prefix is known, Turtle syntax otherwise. */
public final class Terms {
    private Terms() {}

    public static String show(Node node) {
        if (node.isURI()) {
            String s = Vocab.PREFIXES.shortForm(node.getURI());
            return s.equals(node.getURI()) ? "<" + s + ">" : s;
        }
        if (node.isBlank()) return "_:" + node.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "").substring(0, 8);
        return NodeFmtLib.str(node, org.apache.jena.riot.system.PrefixMapFactory.create(Vocab.PREFIXES));
    }

    public static String show(Triple t) {
        return show(t.getSubject()) + " " + show(t.getPredicate()) + " " + show(t.getObject());
    }
}
