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
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * ontology/premise.ttl is OWL 2 DL (the OWL API's profile checker), consistent and with every
 * class satisfiable (HermiT); and the vocabulary (premise.ttl, premise-rdf.ttl) passes the
 * ERROR-level label checks of ROBOT's report, restated here as SPARQL because ROBOT is not
 * run in-process beside Jena 5.
 */
class OntologyProfileTest {
    private static OWLOntology load() throws Exception {
        return OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new File("ontology/premise.ttl"));
    }

    @Test
    void theOntologyIsOwl2Dl() throws Exception {
        List<String> violations = new ArrayList<>();
        for (OWLProfileViolation v : new OWL2DLProfile().checkOntology(load()).getViolations()) violations.add(v.toString());
        assertEquals(List.of(), violations);
    }

    @Test
    void theOntologyIsConsistentAndEveryClassSatisfiable() throws Exception {
        OWLOntology o = load();
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(o);
        try {
            assertTrue(reasoner.isConsistent(), "HermiT finds the ontology inconsistent");
            List<String> unsatisfiable = new ArrayList<>();
            for (OWLClass c : o.getClassesInSignature()) if (!reasoner.isSatisfiable(c)) unsatisfiable.add(c.getIRI().toString());
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
