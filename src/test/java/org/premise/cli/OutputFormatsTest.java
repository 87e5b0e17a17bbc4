package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/** What infer and query write in each syntax parses back as that syntax, with the expected content. */
class OutputFormatsTest {
    static final String GRAPH = "https://w3id.org/premise/graph/";

    static DatasetGraph infer(String format, Lang lang) {
        Cli.Run run = Cli.run("infer", "--format", format);
        assertEquals(0, run.exit(), run.err());
        return RDFParser.fromString(run.out(), lang).toDatasetGraph();
    }

    static Set<String> graphNames(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    @Test
    void trigHasOneNamedGraphPerSourcePlusOntologyInferredAndAnalysis() {
        DatasetGraph dsg = infer("trig", Lang.TRIG);
        assertEquals(Set.of(GRAPH + "ontology", GRAPH + "inferred", GRAPH + "analysis",
                GRAPH + "links/wikidata", GRAPH + "links/dbpedia",
                GRAPH + "source/lossy-self-improvement.txt", GRAPH + "source/lossy-self-improvement.map.ttl"), graphNames(dsg));
        assertTrue(dsg.getDefaultGraph().isEmpty(), "every triple is in a named graph");
        for (String name : graphNames(dsg)) {
            assertTrue(dsg.getGraph(NodeFactory.createURI(name)).size() > 0, name + " is empty");
        }
    }

    @Test
    void jsonldParsesAsJsonLdWithTheSameGraphsAsTrig() {
        DatasetGraph trig = infer("trig", Lang.TRIG);
        DatasetGraph jsonld = infer("jsonld", Lang.JSONLD);
        assertEquals(graphNames(trig), graphNames(jsonld));
        for (String name : graphNames(trig)) {
            Node g = NodeFactory.createURI(name);
            assertTrue(trig.getGraph(g).isIsomorphicWith(jsonld.getGraph(g)), name + " differs between TriG and JSON-LD");
        }
    }

    @Test
    void queryJsonIsSparqlResultsWithTheRowsOfTsv() {
        Cli.Run json = Cli.run("query", "dependencies", "--format", "json");
        Cli.Run tsv = Cli.run("query", "dependencies", "--format", "tsv");
        assertEquals(0, json.exit(), json.err());
        assertEquals(0, tsv.exit(), tsv.err());
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<String> vars = results.getResultVars();
        assertEquals(tsv.lines().get(0), "?" + String.join("\t?", vars));
        Set<String> rows = new LinkedHashSet<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            List<String> cells = new ArrayList<>();
            for (String v : vars) cells.add(row.contains(v) ? NodeFmtLib.strNT(row.get(v).asNode()) : "");
            rows.add(String.join("\t", cells));
        }
        assertTrue(rows.size() > 10, rows::toString);
        assertEquals(new TreeSet<>(tsv.rowsAfterHeader()), new TreeSet<>(rows));
    }
}
