package org.premise.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.util.SimpleIRIMapper;

/**
 * ontology/premise.ttl, and ontology/concepts.ttl with premise.ttl imported, are OWL 2 DL (the
 * OWL API's profile checker), consistent and with every class satisfiable (HermiT); and the
 * vocabulary (premise.ttl, premise-rdf.ttl, concepts.ttl) passes the ERROR-level label checks of
 * ROBOT's report, restated here as SPARQL because ROBOT is not run in-process beside Jena 5.
 */
class OntologyProfileTest {
    /** The ontology IRI premise.ttl has, which the other modules import. */
    static final IRI PREMISE = IRI.create("https://w3id.org/premise/ontology");

    /** Loads one module; an import of premise.ttl is read from the file here, never fetched. */
    private static OWLOntology load(String file) throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        manager.getIRIMappers().add(new SimpleIRIMapper(PREMISE, IRI.create(new File("ontology/premise.ttl"))));
        OWLOntologyLoaderConfiguration strict = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.THROW_EXCEPTION);
        return manager.loadOntologyFromOntologyDocument(new FileDocumentSource(new File(file)), strict);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ontology/premise.ttl", "ontology/concepts.ttl"})
    void theOntologyIsOwl2Dl(String file) throws Exception {
        OWLOntology o = load(file);
        if (file.endsWith("concepts.ttl")) {
            assertEquals(List.of(PREMISE), o.getDirectImports().stream().map(i -> i.getOntologyID().getOntologyIRI().orElseThrow()).toList());
            assertTrue(o.getIndividualsInSignature().size() >= 30, "concepts as individuals: " + o.getIndividualsInSignature().size());
        }
        List<String> violations = new ArrayList<>();
        for (OWLProfileViolation v : new OWL2DLProfile().checkOntology(o).getViolations()) violations.add(v.toString());
        assertEquals(List.of(), violations);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ontology/premise.ttl", "ontology/concepts.ttl"})
    void theOntologyIsConsistentAndEveryClassSatisfiable(String file) throws Exception {
        OWLOntology o = load(file);
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(o);
        try {
            assertTrue(reasoner.isConsistent(), "HermiT finds " + file + " inconsistent");
            List<String> unsatisfiable = new ArrayList<>();
            for (OWLClass c : o.getClassesInSignature(Imports.INCLUDED)) if (!reasoner.isSatisfiable(c)) unsatisfiable.add(c.getIRI().toString());
            assertEquals(List.of(), unsatisfiable);
        } finally {
            reasoner.dispose();
        }
    }

    /** ROBOT's ERROR-level label checks: duplicate (here ignoring case), multiple, missing, badly formatted labels. */
    @Test
    void labelsAreUniqueSingleAndClean() {
        Model m = RDFDataMgr.loadModel("ontology/premise.ttl");
        m.add(RDFDataMgr.loadModel("ontology/premise-rdf.ttl"));
        m.add(RDFDataMgr.loadModel("ontology/concepts.ttl"));
        List<String> problems = new ArrayList<>();
        String q = """
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT DISTINCT ?problem ?entity WHERE {
                  { ?entity rdfs:label ?l . ?other rdfs:label ?l2 FILTER(?entity != ?other && LCASE(STR(?l)) = LCASE(STR(?l2))) BIND("duplicate label" AS ?problem) }
                  UNION { ?entity rdfs:label ?l , ?l2 FILTER(?l != ?l2) BIND("multiple labels" AS ?problem) }
                  UNION { ?entity rdfs:label ?l FILTER(REGEX(STR(?l), "^\\\\s|\\\\s$|[\\\\n\\\\t]")) BIND("label whitespace or formatting" AS ?problem) }
                  UNION { ?entity ?p ?o FILTER(?p != rdf:type && !isBlank(?entity))
                          FILTER NOT EXISTS { ?entity rdfs:label ?any } FILTER NOT EXISTS { ?entity a owl:Ontology }
                          FILTER(STRSTARTS(STR(?entity), "https://w3id.org/premise/"))
                          BIND("missing label" AS ?problem) }
                }""";
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> problems.add(r.get("problem") + ": " + r.get("entity")));
        }
        assertEquals(List.of(), problems);
    }
}
