package org.premise.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** The ontology describes itself and every term it declares, and declares every term the project uses. */
class OntologyTest {
    static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/premise.ttl");

    private static List<String> select(String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(ONTOLOGY).query(query).build()) {
            qe.execSelect().forEachRemaining(r -> rows.add(r.get("term").toString()));
        }
        return rows;
    }

    @Test
    void everyTermHasALabelAndAComment() {
        List<String> missing = select("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?term WHERE {
                  ?term a ?kind .
                  FILTER(STRSTARTS(STR(?term), "https://w3id.org/premise/ontology#"))
                  FILTER NOT EXISTS { ?term rdfs:label ?l . ?term rdfs:comment ?c }
                }""");
        assertEquals(List.of(), missing);
    }

    @Test
    void theOntologyHasItsIriVersionLicenceAndDescription() {
        List<String> found = select("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?term WHERE {
                  ?term a owl:Ontology ; owl:versionIRI ?v ; owl:versionInfo ?i ; dcterms:license ?l ; dcterms:description ?d .
                }""");
        assertEquals(List.of("https://w3id.org/premise/ontology"), found);
    }

    @Test
    void everyPremiseTermUsedInCodeRulesQueriesAndTheKnowledgeBaseIsDeclared() throws Exception {
        Pattern term = Pattern.compile("premise:([A-Za-z][A-Za-z0-9]*)");
        List<String> undeclared = new ArrayList<>();
        Pattern javaTerm = Pattern.compile("premise\\(\"([A-Za-z]+)\"\\)");
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = javaTerm.matcher(Files.readString(f));
                while (m.find()) {
                    if (!ONTOLOGY.contains(ONTOLOGY.createResource("https://w3id.org/premise/ontology#" + m.group(1)), null,
                            (org.apache.jena.rdf.model.RDFNode) null)) {
                        undeclared.add(f + ": premise(\"" + m.group(1) + "\")");
                    }
                }
            }
        }
        for (String folder : List.of("rules", "queries", "queries/checks", "kb")) {
            try (var files = Files.list(Path.of(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = term.matcher(Files.readString(f));
                    while (m.find()) {
                        var resource = ONTOLOGY.createResource("https://w3id.org/premise/ontology#" + m.group(1));
                        if (!ONTOLOGY.contains(resource, null, (org.apache.jena.rdf.model.RDFNode) null)) {
                            undeclared.add(f + ": premise:" + m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(undeclared.isEmpty(), "terms used but not declared in ontology/premise.ttl: " + undeclared);
    }
}
