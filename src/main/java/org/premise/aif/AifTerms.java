package org.premise.aif;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.premise.rdf.Vocab;

/** The ontology terms (ontology/premise.ttl) the AIF import and export read and write. */
public final class AifTerms {
    private AifTerms() {}

    public static final Node AifMap = Vocab.premise("AifMap");
    public static final Node AifNode = Vocab.premise("AifNode");
    public static final Node AifEdge = Vocab.premise("AifEdge");
    public static final Node aifNodeID = Vocab.premise("aifNodeID");
    public static final Node aifType = Vocab.premise("aifType");
    public static final Node aifText = Vocab.premise("aifText");
    public static final Node aifEdgeID = Vocab.premise("aifEdgeID");
    public static final Node aifFrom = Vocab.premise("aifFrom");
    public static final Node aifTo = Vocab.premise("aifTo");
    public static final Node aifExtra = Vocab.premise("aifExtra");
    public static final Node aifLocution = Vocab.premise("aifLocution");
    public static final Node scheme = Vocab.premise("scheme");
    public static final Node rephrases = Vocab.premise("rephrases");
    public static final Node preferredTo = Vocab.premise("preferredTo");
    public static final Node dctermsCreated = NodeFactory.createURI(Vocab.DCTERMS + "created");
}
