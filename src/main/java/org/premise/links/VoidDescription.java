package org.premise.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.premise.kb.DatasetLayout;
import org.premise.kb.KnowledgeBase;
import org.premise.rdf.Vocab;

/**
 * A VoID description of a loaded knowledge base, computed from its graphs: the whole dataset
 * and one subset per named graph (triples, distinct subjects and objects, properties,
 * classes), and one {@code void:Linkset} per link set and target dataset (link predicates,
 * link triples, subjects and objects targets). Nothing in it is written by hand but the
 * names of the datasets Premise links to ({@link LinkTarget}).
 *
 * <p>A link is a triple of a link-set graph ({@code graph:links/...}) from a Premise IRI to
 * an IRI outside Premise's URI space, other than a type and other than the description of a
 * link ({@code premise:Link}, which names its link through {@code rdf:object}).
 */
public final class VoidDescription {
    private VoidDescription() {}

    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    /** Premise's URI space: every IRI it mints starts so. */
    public static final String PREMISE_SPACE = "https://w3id.org/premise/";
    /** The IRI of the loaded knowledge base as a dataset. */
    public static final String DATASET = PREMISE_SPACE + "dataset";

    /** The prefixes a VoID description is written with. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(Vocab.PREFIXES)
            .setNsPrefix("void", VOID)
            .setNsPrefix("foaf", FOAF)
            .setNsPrefix("dataset", DATASET + "/")
            .lock();

    private static Node v(String local) { return NodeFactory.createURI(VOID + local); }

    private static Node iri(String iri) { return NodeFactory.createURI(iri); }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    /** The link triples of a link-set graph (see the class comment). */
    public static List<Triple> links(Graph linkSet) {
        List<Triple> links = new ArrayList<>();
        linkSet.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(PREMISE_SPACE)
                    && t.getObject().isURI() && !t.getObject().getURI().startsWith(PREMISE_SPACE)
                    && !t.getPredicate().equals(RDF.type.asNode())
                    && !linkSet.contains(t.getSubject(), RDF.type.asNode(), Vocab.Link)) {
                links.add(t);
            }
        });
        return links;
    }

    /** Describes the knowledge base. */
    public static Graph describe(KnowledgeBase kb) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(PREFIXES);
        Node dataset = iri(DATASET);
        Map<Node, Graph> graphs = kb.namedGraphs();

        Set<Triple> all = new HashSet<>();
        graphs.values().forEach(g -> g.find().forEachRemaining(all::add));
        out.add(dataset, RDF.type.asNode(), v("Dataset"));
        out.add(dataset, Vocab.dctermsTitle, NodeFactory.createLiteralLang("Premise knowledge base", "en"));
        out.add(dataset, v("uriSpace"), NodeFactory.createLiteralString(PREMISE_SPACE));
        statistics(out, dataset, all);

        Map<String, LinkTarget> targets = new TreeMap<>();
        graphs.forEach((name, graph) -> {
            out.add(dataset, v("subset"), name);
            out.add(name, RDF.type.asNode(), v("Dataset"));
            List<Triple> triples = new ArrayList<>();
            graph.find().forEachRemaining(triples::add);
            statistics(out, name, triples);
            if (DatasetLayout.isLinkSet(name)) linksets(out, dataset, name, links(graph), targets);
        });
        targets.values().forEach(t -> target(out, t));
        return out;
    }

    private static void statistics(Graph out, Node subject, Iterable<Triple> triples) {
        long count = 0;
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Set<Node> properties = new HashSet<>();
        Set<Node> classes = new HashSet<>();
        for (Triple t : triples) {
            count++;
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            properties.add(t.getPredicate());
            if (t.getPredicate().equals(RDF.type.asNode())) classes.add(t.getObject());
        }
        out.add(subject, v("triples"), integer(count));
        out.add(subject, v("distinctSubjects"), integer(subjects.size()));
        out.add(subject, v("distinctObjects"), integer(objects.size()));
        out.add(subject, v("properties"), integer(properties.size()));
        out.add(subject, v("classes"), integer(classes.size()));
    }

    private static void linksets(Graph out, Node dataset, Node graphName, List<Triple> links, Map<String, LinkTarget> targets) {
        Map<LinkTarget, List<Triple>> byTarget = new TreeMap<>(java.util.Comparator.comparing(LinkTarget::slug));
        for (Triple t : links) byTarget.computeIfAbsent(LinkTarget.of(t.getObject().getURI()), k -> new ArrayList<>()).add(t);
        String local = graphName.getURI().substring(Vocab.LINKS_GRAPH.length());
        byTarget.forEach((target, triples) -> {
            targets.put(target.slug(), target);
            Node linkset = iri(DATASET + "/linkset/" + local + (byTarget.size() > 1 ? "/" + target.slug() : ""));
            out.add(linkset, RDF.type.asNode(), v("Linkset"));
            out.add(dataset, v("subset"), linkset);
            out.add(graphName, v("subset"), linkset);
            out.add(linkset, v("subjectsTarget"), dataset);
            out.add(linkset, v("objectsTarget"), targetNode(target));
            out.add(linkset, v("triples"), integer(triples.size()));
            Set<String> predicates = new TreeSet<>();
            triples.forEach(t -> predicates.add(t.getPredicate().getURI()));
            predicates.forEach(p -> out.add(linkset, v("linkPredicate"), iri(p)));
        });
    }

    private static Node targetNode(LinkTarget target) {
        return iri(DATASET + "/target/" + target.slug());
    }

    private static void target(Graph out, LinkTarget target) {
        Node node = targetNode(target);
        out.add(node, RDF.type.asNode(), v("Dataset"));
        out.add(node, v("uriSpace"), NodeFactory.createLiteralString(target.uriSpace()));
        if (target.title() != null) out.add(node, Vocab.dctermsTitle, NodeFactory.createLiteralLang(target.title(), "en"));
        if (target.homepage() != null) out.add(node, iri(FOAF + "homepage"), iri(target.homepage()));
        if (target.sparqlEndpoint() != null) out.add(node, v("sparqlEndpoint"), iri(target.sparqlEndpoint()));
    }
}
