package org.premise.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.premise.cli.Cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * JSON-LD output is compact, with the context published in ontology/context.jsonld, and that
 * context covers the ontology: every class a term, every object property a term typed @id.
 */
class JsonLdContextTest {
    static final Path CONTEXT = Path.of("ontology/context.jsonld");

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void inferJsonLdCarriesThePublishedContextAndUsesItsTerms() throws Exception {
        Cli.Run run = Cli.run("infer", "--format", "jsonld");
        assertEquals(0, run.exit(), run.err());
        JsonObject out = json(run.out());
        JsonObject published = json(Files.readString(CONTEXT));
        assertEquals(published.get("@context"), out.get("@context"));
        assertEquals("@context", out.keySet().iterator().next(), "the context comes first");
        // Readable: terms and prefixed names, not full IRIs, for Premise's own vocabulary.
        assertTrue(run.out().contains("\"dependsOn\": ["), "dependsOn as a term");
        assertTrue(run.out().contains("\"@type\": \"Assumption\""), "classes as terms");
        assertTrue(run.out().contains("\"exactMatch\": \"wd:"), "links as prefixed names");
        String graphs = out.get("@graph").toString();
        assertTrue(!graphs.matches("(?s).*\"https://w3id\\.org/premise/ontology#[^\"]*\":.*"), "no full ontology IRIs as keys");
    }

    @Test
    void theContextHasATermForEveryClassAndAnIdTypedTermForEveryObjectProperty() throws Exception {
        JsonObject context = json(Files.readString(CONTEXT)).getJsonObject("@context");
        Model ontology = RDFDataMgr.loadModel("ontology/premise.ttl");
        List<String> missing = new ArrayList<>();
        String q = """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?term ?kind WHERE { ?term a ?kind FILTER(?kind IN (owl:Class, owl:ObjectProperty))
                  FILTER(STRSTARTS(STR(?term), "https://w3id.org/premise/ontology#")) }""";
        try (QueryExecution qe = QueryExecution.model(ontology).query(q).build()) {
            qe.execSelect().forEachRemaining(row -> {
                String local = row.getResource("term").getLocalName();
                if (local.equals("premise")) return; // the prefix's own name: written premise:premise
                JsonValue def = context.get(local);
                boolean objectProperty = row.getResource("kind").getLocalName().equals("ObjectProperty");
                String expected = "premise:" + local;
                boolean ok = objectProperty
                        ? def instanceof JsonObject o && expected.equals(o.getString("@id", "")) && "@id".equals(o.getString("@type", ""))
                        : def != null && def.getValueType() == JsonValue.ValueType.STRING && def.toString().equals("\"" + expected + "\"");
                if (!ok) missing.add(local + " -> " + def);
            });
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void voidAsJsonLdParsesToTheSameGraphAsNTriples() {
        Cli.Run jsonld = Cli.run("void", "--format", "jsonld");
        Cli.Run nt = Cli.run("void", "--format", "nt");
        assertEquals(0, jsonld.exit(), jsonld.err());
        Graph a = RDFParser.fromString(jsonld.out(), Lang.JSONLD).toGraph();
        Graph b = RDFParser.fromString(nt.out(), Lang.NTRIPLES).toGraph();
        assertTrue(IsoMatcher.isomorphic(a, b));
    }
}
