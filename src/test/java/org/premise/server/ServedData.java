package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.RdfExport;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.AnalysisLimits;

/**
 * What a server shows compared with what the command line derives from the same data: a
 * Graph Store dump against {@code premise infer --format trig}, graph by graph up to blank
 * nodes, and SELECT answers as sets of rows.
 */
final class ServedData {
    private ServedData() {}

    /** The whole served dataset, as a Graph Store GET in TriG gives it. */
    static DatasetGraph dump(PremiseServer server) {
        HttpResponse<String> http = SeedServers.get(server.datasetUrl() + "/data", "application/trig");
        assertEquals(200, http.statusCode(), http.body());
        DatasetGraph dump = DatasetGraphFactory.create();
        RDFParser.fromString(http.body(), Lang.TRIG).parse(dump);
        return dump;
    }

    /** What {@code premise infer --format trig} writes for a workspace, read back. */
    static DatasetGraph infer(Workspace ws) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExport.write(ws.kb(), org.premise.rdf.FileFormat.TRIG, false, out);
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TRIG).parse(dsg);
        return dsg;
    }

    /** The seed's ontology, rules and limits applied from scratch to these sources. */
    static Workspace fromScratch(Map<Node, Graph> sources, AnalysisLimits limits) {
        Workspace seed = SeedServers.seed();
        return Workspace.derive(KnowledgeBase.of(seed.kb().ontology(), sources), seed.rules(), limits);
    }

    /** The seed's sources with one more source graph. */
    static Map<Node, Graph> seedSourcesWith(Node name, Graph graph) {
        Map<Node, Graph> sources = new LinkedHashMap<>(SeedServers.seed().kb().sources());
        sources.put(name, graph);
        return sources;
    }

    /** Asserts the same named graphs, each isomorphic, and an empty default graph in both. */
    static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual) {
        Set<String> expectedNames = names(expected);
        assertEquals(expectedNames, names(actual), "named graphs");
        assertEquals(expected.getDefaultGraph().size(), actual.getDefaultGraph().size(), "default graph");
        List<String> differing = new ArrayList<>();
        for (String name : expectedNames) {
            Graph e = expected.getGraph(org.apache.jena.graph.NodeFactory.createURI(name));
            Graph a = actual.getGraph(org.apache.jena.graph.NodeFactory.createURI(name));
            if (!e.isIsomorphicWith(a)) differing.add(name + " (expected " + e.size() + " triples, served " + a.size() + ")");
        }
        if (!differing.isEmpty()) fail("graphs differ: " + differing);
    }

    private static Set<String> names(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    /** A SELECT's rows over HTTP, as TSV lines (header dropped). */
    static Set<String> rows(PremiseServer server, String query) {
        HttpResponse<String> http = SeedServers.query(server, query, "text/tab-separated-values");
        assertEquals(200, http.statusCode(), http.body());
        return afterHeader(http.body());
    }

    /** A SELECT's rows over a workspace's dataset (what the command line queries), as TSV lines. */
    static Set<String> rows(Workspace ws, String query) {
        try (QueryExecution qe = QueryExecution.dataset(ws.kb().dataset()).query(query).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetMgr.write(out, qe.execSelect(), ResultSetLang.RS_TSV);
            return afterHeader(out.toString(StandardCharsets.UTF_8));
        }
    }

    private static Set<String> afterHeader(String tsv) {
        Set<String> rows = new TreeSet<>();
        tsv.lines().skip(1).filter(l -> !l.isBlank()).forEach(rows::add);
        return rows;
    }

    /** A named query with its {@code ?statement} parameter bound to an IRI. */
    static String withStatement(String queryName, Node statement) {
        String text = SeedServers.queryFile(queryName);
        return text.replaceFirst("WHERE \\{", "WHERE {\n  VALUES ?statement { <" + statement.getURI() + "> }");
    }

    /** Every dependence pair. */
    static final String DEPENDS_ON = "PREFIX premise: <https://w3id.org/premise/ontology#> "
            + "SELECT ?s ?o WHERE { ?s premise:dependsOn ?o }";

    /** Every dependence pair in graph:inferred. */
    static final String DEPENDS_ON_IN_INFERRED = "PREFIX premise: <https://w3id.org/premise/ontology#> "
            + "SELECT ?s ?o WHERE { GRAPH <https://w3id.org/premise/graph/inferred> { ?s premise:dependsOn ?o } }";

    /** A graph with these triples. */
    static Graph graphOf(List<org.apache.jena.graph.Triple> triples) {
        Graph g = GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        return g;
    }
}
