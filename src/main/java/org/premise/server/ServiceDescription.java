package org.premise.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.premise.rdf.Vocab;

/**
 * What a GET on the SPARQL query endpoint without a {@code query} parameter answers: a
 * SPARQL 1.1 Service Description of the endpoint (sd:Service, sd:endpoint, SPARQL 1.1 Query,
 * the result formats, the default dataset with its named graphs), in Turtle, or JSON-LD or
 * N-Triples when the client asks for them. A browser (a request accepting {@code text/html})
 * is sent to the SPARQL page instead ({@value #PAGE}), which is what a person opening the
 * printed URL wants.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** The SPARQL page, where a browser asking for the endpoint is sent. */
    static final String PAGE = org.premise.server.web.WebPage.SPARQL_PAGE;

    private ServiceDescription() {}

    /** Answers the request with the description of its endpoint (or sends a browser to the page). */
    static void answer(HttpAction action) throws IOException {
        String accept = String.valueOf(action.getRequestHeader("Accept")).toLowerCase(Locale.ROOT);
        if (accept.contains("text/html")) {
            action.setResponseStatus(303);
            action.setResponseHeader("Location", PAGE);
            action.setResponseContentLength(0);
            return;
        }
        Lang lang = accept.contains("application/ld+json") ? Lang.JSONLD
                : accept.contains("application/n-triples") ? Lang.NTRIPLES : Lang.TURTLE;
        Graph description = describe(action.getRequestRequestURL(), action.getDataset());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(description, lang, body);
        action.setResponseStatus(200);
        action.setResponseContentType(lang.getHeaderString() + "; charset=utf-8");
        action.setResponseHeader("Cache-Control", "no-store");
        action.setResponseContentLength(body.size());
        try (OutputStream out = action.getResponseOutputStream()) {
            body.writeTo(out);
        }
    }

    private static void write(Graph description, Lang lang, OutputStream out) {
        if (lang == Lang.JSONLD) RDFDataMgr.write(out, description, RDFFormat.JSONLD11_PRETTY);
        else if (lang == Lang.NTRIPLES) RDFDataMgr.write(out, description, RDFFormat.NTRIPLES);
        else RDFDataMgr.write(out, description, RDFFormat.TURTLE_PRETTY);
    }

    /** The description of the endpoint at {@code endpointUrl} serving {@code dataset}. */
    static Graph describe(String endpointUrl, DatasetGraph dataset) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("graph", Vocab.GRAPH);
        Node service = NodeFactory.createURI(endpointUrl);
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), service);
        g.add(service, RDFS.label.asNode(), NodeFactory.createLiteralString("Premise knowledge base (read-only SPARQL 1.1 query)"));
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads")) {
            g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + format));
        }
        Node ds = NodeFactory.createBlankNode();
        g.add(service, sd("defaultDataset"), ds);
        g.add(ds, RDF.type.asNode(), sd("Dataset"));
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(ds, sd("defaultGraph"), defaultGraph);
        g.add(defaultGraph, RDF.type.asNode(), sd("Graph"));
        g.add(defaultGraph, RDFS.comment.asNode(), NodeFactory.createLiteralString(
                "the union of the named graphs: the ontology, every source, the inferences and the analysis"));
        List<Node> names = Txn.calculateRead(dataset, () -> {
            List<Node> list = new ArrayList<>();
            Iter.forEach(dataset.listGraphNodes(), list::add);
            list.sort(java.util.Comparator.comparing(Node::toString));
            return list;
        });
        for (Node name : names) {
            Node named = NodeFactory.createBlankNode();
            g.add(ds, sd("namedGraph"), named);
            g.add(named, RDF.type.asNode(), sd("NamedGraph"));
            g.add(named, sd("name"), name);
        }
        return g;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }
}
