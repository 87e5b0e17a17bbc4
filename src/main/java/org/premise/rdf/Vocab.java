package org.premise.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/**
 * The IRIs Premise mints and the ontology terms the Java code reads or writes. The
 * ontology itself (ontology/premise.ttl) documents every term; this class only names them.
 */
public final class Vocab {
    private Vocab() {}

    /** Ontology namespace, prefix {@code premise:}. */
    public static final String PREMISE = "https://w3id.org/premise/ontology#";
    /** Statements: {@code st:<key>}. */
    public static final String STATEMENT = "https://w3id.org/premise/statement/";
    /** Documents, their sections and appearances: {@code doc:<slug>}, {@code doc:<slug>/section/1}. */
    public static final String DOCUMENT = "https://w3id.org/premise/document/";
    /** Other knowledge-base resources (arguments, loops, maps): {@code kb:<name>}. */
    public static final String KB = "https://w3id.org/premise/kb/";
    /** Concepts of the Premise concept scheme: {@code concept:<name>}. */
    public static final String CONCEPT = "https://w3id.org/premise/concept/";
    /** Named graphs: {@code graph:ontology}, {@code graph:inferred}, {@code graph:source/<file>}. */
    public static final String GRAPH = "https://w3id.org/premise/graph/";
    /** Named graphs of the link sets to other datasets: {@code graph:links/<name>}. */
    public static final String LINKS_GRAPH = GRAPH + "links/";

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SCHEMA = "https://schema.org/";

    /** The prefixes shown to users in tables and written in Turtle output. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("premise", PREMISE)
            .setNsPrefix("st", STATEMENT)
            .setNsPrefix("doc", DOCUMENT)
            .setNsPrefix("kb", KB)
            .setNsPrefix("concept", CONCEPT)
            .setNsPrefix("graph", GRAPH)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("skos", SKOS)
            .setNsPrefix("dcterms", DCTERMS)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("schema", SCHEMA)
            .lock();

    public static Node premise(String local) { return NodeFactory.createURI(PREMISE + local); }

    public static Node statement(String key) { return NodeFactory.createURI(STATEMENT + key); }

    // classes
    public static final Node Document = premise("Document");
    public static final Node Section = premise("Section");
    public static final Node Appearance = premise("Appearance");
    public static final Node Statement = premise("Statement");
    public static final Node OpenQuestion = premise("OpenQuestion");
    public static final Node Assumption = premise("Assumption");
    public static final Node Evidence = premise("Evidence");
    public static final Node Conclusion = premise("Conclusion");
    public static final Node Argument = premise("Argument");
    public static final Node KeyTakeaways = premise("KeyTakeaways");
    public static final Node Sections = premise("Sections");
    public static final Node Unknowns = premise("Unknowns");

    // document structure
    public static final Node hasSection = premise("hasSection");
    public static final Node hasAppearance = premise("hasAppearance");
    public static final Node inDocument = premise("inDocument");
    public static final Node inBlock = premise("inBlock");
    public static final Node inSection = premise("inSection");
    public static final Node position = premise("position");
    public static final Node textAsWritten = premise("textAsWritten");
    public static final Node sourceCount = premise("sourceCount");
    public static final Node confidence = premise("confidence");
    /** How much a leaf is believed, a number from 0 to 1 (docs/semantics.md, "Credence"). */
    public static final Node credence = premise("credence");
    public static final Node updatedAsWritten = premise("updatedAsWritten");
    public static final Node lineEnding = premise("lineEnding");
    public static final Node endsWithLineEnding = premise("endsWithLineEnding");
    public static final Node startsWithByteOrderMark = premise("startsWithByteOrderMark");
    public static final Node hasUnknownsBlock = premise("hasUnknownsBlock");

    // statements and arguments
    public static final Node text = premise("text");
    public static final Node key = premise("key");
    public static final Node premiseOf = premise("premise");
    public static final Node conclusion = premise("conclusion");
    public static final Node undercuts = premise("undercuts");
    public static final Node rebuts = premise("rebuts");
    public static final Node bearsOn = premise("bearsOn");
    public static final Node dependsOn = premise("dependsOn");
    public static final Node closurePredicate = premise("closurePredicate");

    // links to other datasets
    public static final Node Link = premise("Link");

    // reused vocabularies
    public static final Node dctermsTitle = NodeFactory.createURI(DCTERMS + "title");
    public static final Node dctermsModified = NodeFactory.createURI(DCTERMS + "modified");
    public static final Node provWasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node provEntity = NodeFactory.createURI(PROV + "Entity");
    public static final Node provActivity = NodeFactory.createURI(PROV + "Activity");
    public static final Node provWasGeneratedBy = NodeFactory.createURI(PROV + "wasGeneratedBy");
    public static final Node provUsed = NodeFactory.createURI(PROV + "used");
    public static final Node provGeneratedAtTime = NodeFactory.createURI(PROV + "generatedAtTime");
    public static final Node provStartedAtTime = NodeFactory.createURI(PROV + "startedAtTime");
    public static final Node dctermsSubject = NodeFactory.createURI(DCTERMS + "subject");
    public static final Node dctermsIdentifier = NodeFactory.createURI(DCTERMS + "identifier");
    public static final Node schemaName = NodeFactory.createURI(SCHEMA + "name");
    public static final Node skosConcept = NodeFactory.createURI(SKOS + "Concept");
    public static final Node skosPrefLabel = NodeFactory.createURI(SKOS + "prefLabel");
    public static final Node skosAltLabel = NodeFactory.createURI(SKOS + "altLabel");
    public static final Node skosBroader = NodeFactory.createURI(SKOS + "broader");
    public static final Node sha256 = premise("sha256");
    public static final Node suggestsRole = premise("suggestsRole");
    public static final Node candidateRole = premise("candidateRole");
    public static final Node FrictionSource = premise("FrictionSource");
    public static final Node hasCondition = premise("hasCondition");
    public static final Node rdfType = RDF.type.asNode();
    public static final Node rdfsLabel = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    // named graphs
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(GRAPH + "ontology");
    public static final Node INFERRED_GRAPH = NodeFactory.createURI(GRAPH + "inferred");
    public static final Node ANALYSIS_GRAPH = NodeFactory.createURI(GRAPH + "analysis");
    /** How the derived graphs are kept: which predicates graph:inferred stores as base edges only ({@link #closurePredicate}). */
    public static final Node DERIVATION_GRAPH = NodeFactory.createURI(GRAPH + "derivation");

    /** The named graph holding what one source file asserted. */
    public static Node sourceGraph(String fileName) {
        return NodeFactory.createURI(GRAPH + "source/" + encodeSegment(fileName));
    }

    /** The named graph holding one link set (ontology/links/<name>.ttl). */
    public static Node linkSetGraph(String name) {
        return NodeFactory.createURI(LINKS_GRAPH + encodeSegment(name));
    }

    /** Percent-encodes what cannot stand in an IRI path segment. */
    public static String encodeSegment(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }
}
