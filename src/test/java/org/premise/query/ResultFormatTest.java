package org.premise.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.premise.query.ArgumentGraph.EX;
import static org.premise.query.ArgumentGraph.EXAMPLES;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.premise.BadInputException;

class ResultFormatTest {
    private final QueryCatalog catalog = QueryCatalog.fromFolder(EXAMPLES);
    private final QueryRunner runner = new QueryRunner(ArgumentGraph.dataset());

    @Test
    void tableIsAlignedWithShortIrisAndReadableLiterals() {
        String table = run("labels", ResultFormat.TABLE);
        assertEquals(String.join("\n",
                "statement  label",
                "---------  -----------------",
                "ex:a1      Assumption one@en",
                "ex:a2      \" padded \"",
                "ex:c1      Conclusion one") + "\n", table.replace(System.lineSeparator(), "\n"));
    }

    @Test
    void jsonIsSparqlJsonWithTheSameRows() {
        String json = run("dependencies", ResultFormat.JSON);
        ResultSet parsed = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(List.of("conclusion", "assumption"), parsed.getResultVars());
        assertEquals(rows(runner.select(catalog.resolve("dependencies"), Map.of())), rows(parsed));
    }

    @Test
    void xmlIsSparqlXmlWithTheSameRows() {
        String xml = run("dependencies", ResultFormat.XML);
        ResultSet parsed = ResultSetMgr.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML);
        assertEquals(rows(runner.select(catalog.resolve("dependencies"), Map.of())), rows(parsed));
    }

    @Test
    void csvAndTsvHaveStandardHeaders() {
        String csv = run("dependencies", ResultFormat.CSV);
        assertEquals("conclusion,assumption", csv.lines().findFirst().orElseThrow());
        assertTrue(csv.contains(EX + "c2," + EX + "a2"), csv);
        String tsv = run("dependencies", ResultFormat.TSV);
        assertEquals("?conclusion\t?assumption", tsv.lines().findFirst().orElseThrow());
        assertTrue(tsv.contains("<" + EX + "c2>\t<" + EX + "a2>"), tsv);
    }

    @Test
    void askInStandardFormats() {
        NamedQuery ask = NamedQuery.userQuery("a.rq", "a.rq", "PREFIX ex: <" + EX + ">\nASK { ex:a1 ex:dependsOn ?x }");
        assertFalse(ResultSetMgr.readBoolean(new ByteArrayInputStream(bytes(ask, ResultFormat.JSON)), ResultSetLang.RS_JSON));
        assertFalse(ResultSetMgr.readBoolean(new ByteArrayInputStream(bytes(ask, ResultFormat.XML)), ResultSetLang.RS_XML));
        assertEquals("false", new String(bytes(ask, ResultFormat.TABLE), StandardCharsets.UTF_8).strip());
    }

    @Test
    void constructAsTurtleAndJsonLdParsesToTheSameGraph() {
        NamedQuery graph = NamedQuery.userQuery("g.rq", "g.rq",
                "PREFIX ex: <" + EX + ">\nCONSTRUCT { ?s ex:dependsOn ?o } WHERE { ?s ex:dependsOn ?o }");
        Model turtle = ModelFactory.createDefaultModel();
        RDFDataMgr.read(turtle, new ByteArrayInputStream(bytes(graph, null)), Lang.TURTLE);
        Model jsonld = ModelFactory.createDefaultModel();
        RDFDataMgr.read(jsonld, new ByteArrayInputStream(bytes(graph, ResultFormat.JSONLD)), Lang.JSONLD);
        assertEquals(4, turtle.size());
        assertTrue(turtle.isIsomorphicWith(jsonld));
        assertTrue(new String(bytes(graph, ResultFormat.TTL), StandardCharsets.UTF_8).contains("ex:c1"));
    }

    @Test
    void writerVariantGivesTheSameText() {
        StringWriter out = new StringWriter();
        QueryOutcome outcome = runner.run(catalog.resolve("labels"), Map.of(), ResultFormat.CSV, out);
        assertEquals(new QueryOutcome("SELECT", 3), outcome);
        assertEquals(run("labels", ResultFormat.CSV), out.toString());
    }

    @Test
    void formatNamesAreChecked() {
        var construct = org.apache.jena.query.QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }");
        var select = org.apache.jena.query.QueryFactory.create("SELECT * WHERE { ?s ?p ?o }");
        assertEquals(ResultFormat.TTL, ResultFormat.choice(construct).named("Turtle"));
        assertEquals(ResultFormat.XML, ResultFormat.choice(select).named("xml"));
        assertEquals(ResultFormat.RDFXML, ResultFormat.choice(construct).named("XML"));
        BadInputException e = assertThrows(BadInputException.class, () -> ResultFormat.choice(select).named("yaml"));
        assertEquals("unknown format \"yaml\" for query; expected one of: table, csv, tsv, json, xml", e.getMessage());
        e = assertThrows(BadInputException.class, () -> ResultFormat.choice(construct).named("csv"));
        assertEquals("format \"csv\" does not fit a CONSTRUCT query; expected one of: ttl, nt, jsonld, rdfxml", e.getMessage());
    }

    private String run(String name, ResultFormat format) {
        return new String(bytes(catalog.resolve(name), format), StandardCharsets.UTF_8);
    }

    private byte[] bytes(NamedQuery query, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(query, Map.of(), format, out);
        return out.toByteArray();
    }

    private static Set<Map<String, String>> rows(ResultSet results) {
        Set<Map<String, String>> rows = new HashSet<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            Map<String, String> values = new java.util.TreeMap<>();
            row.varNames().forEachRemaining(v -> values.put(v, row.get(v).toString()));
            rows.add(values);
        }
        return rows;
    }
}
