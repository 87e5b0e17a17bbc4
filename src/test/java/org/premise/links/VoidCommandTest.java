package org.premise.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.premise.cli.Cli;

/**
 * The figures of {@code premise void} agree with an independent count: SPARQL over what
 * {@code premise infer --format trig} exports.
 */
class VoidCommandTest {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DATASET = "https://w3id.org/premise/dataset";
    static Graph description;
    static DatasetGraph exported;

    @BeforeAll
    static void run() {
        Cli.Run v = Cli.run("void", "--format", "nt");
        assertEquals(0, v.exit(), v.err());
        description = RDFParser.fromString(v.out(), Lang.NTRIPLES).toGraph();
        Cli.Run trig = Cli.run("infer", "--format", "trig");
        assertEquals(0, trig.exit(), trig.err());
        exported = RDFParser.fromString(trig.out(), Lang.TRIG).toDatasetGraph();
    }

    static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(exported)).query(query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    static long number(String subject, String property) {
        List<Node> values = new ArrayList<>();
        description.find(NodeFactory.createURI(subject), NodeFactory.createURI(VOID + property), Node.ANY)
                .forEachRemaining(t -> values.add(t.getObject()));
        assertEquals(1, values.size(), subject + " void:" + property + ": " + values);
        return Long.parseLong(values.get(0).getLiteralLexicalForm());
    }

    static Set<String> objects(String subject, String property) {
        Set<String> values = new TreeSet<>();
        description.find(NodeFactory.createURI(subject), NodeFactory.createURI(VOID + property), Node.ANY)
                .forEachRemaining(t -> values.add(t.getObject().toString()));
        return values;
    }

    @Test
    void theDatasetFiguresCountTheDistinctTriplesOfAllNamedGraphs() {
        QuerySolution row = select("""
                SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
                       (COUNT(DISTINCT ?p) AS ?properties)
                WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }""").get(0);
        assertEquals(row.getLiteral("triples").getLong(), number(DATASET, "triples"));
        assertEquals(row.getLiteral("subjects").getLong(), number(DATASET, "distinctSubjects"));
        assertEquals(row.getLiteral("objects").getLong(), number(DATASET, "distinctObjects"));
        assertEquals(row.getLiteral("properties").getLong(), number(DATASET, "properties"));
        long classes = select("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?x a ?c } }").get(0).getLiteral("n").getLong();
        assertEquals(classes, number(DATASET, "classes"));
    }

    @Test
    void everyNamedGraphIsASubsetWithItsOwnCounts() {
        Set<String> graphs = new TreeSet<>();
        exported.listGraphNodes().forEachRemaining(n -> graphs.add(n.getURI()));
        Set<String> subsets = new TreeSet<>(objects(DATASET, "subset"));
        subsets.removeIf(s -> s.startsWith(DATASET + "/linkset/"));
        assertEquals(graphs, subsets);
        for (String g : graphs) {
            Graph graph = exported.getGraph(NodeFactory.createURI(g));
            Set<Node> subjects = new HashSet<>();
            graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
            assertEquals(graph.size(), number(g, "triples"), g);
            assertEquals(subjects.size(), number(g, "distinctSubjects"), g);
        }
    }

    @Test
    void eachLinkSetIsALinksetWithItsPredicatesTargetAndLinkCount() {
        for (String name : List.of("wikidata", "dbpedia")) {
            String linkset = DATASET + "/linkset/" + name;
            String graph = "https://w3id.org/premise/graph/links/" + name;
            List<QuerySolution> rows = select("""
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o FILTER(?p IN (skos:exactMatch, skos:closeMatch)) } }
                    GROUP BY ?p""".formatted(graph));
            Set<String> predicates = new TreeSet<>();
            long links = 0;
            for (QuerySolution r : rows) {
                predicates.add(r.getResource("p").getURI());
                links += r.getLiteral("n").getLong();
            }
            assertEquals(links, number(linkset, "triples"), linkset);
            assertEquals(predicates, objects(linkset, "linkPredicate"), linkset);
            assertEquals(Set.of(DATASET), objects(linkset, "subjectsTarget"));
            String target = DATASET + "/target/" + name;
            assertEquals(Set.of(target), objects(linkset, "objectsTarget"));
            assertEquals(Set.of(VOID + "Linkset"), types(linkset));
            Set<String> expectedSpace = Set.of(name.equals("wikidata") ? "\"http://www.wikidata.org/entity/\"" : "\"http://dbpedia.org/resource/\"");
            assertEquals(expectedSpace, objects(target, "uriSpace"));
            assertEquals(Set.of(linkset), objects(graph, "subset"));
        }
    }

    @Test
    void theDescriptionIsValidRdfForAnyVoidReader() {
        // Parses as Turtle too, and as a model the same as the N-Triples.
        Cli.Run ttl = Cli.run("void");
        assertEquals(0, ttl.exit(), ttl.err());
        Graph fromTurtle = RDFParser.fromString(ttl.out(), Lang.TURTLE).toGraph();
        assertEquals(true, ModelFactory.createModelForGraph(fromTurtle).isIsomorphicWith(ModelFactory.createModelForGraph(description)));
    }

    static Set<String> types(String subject) {
        Set<String> values = new TreeSet<>();
        description.find(NodeFactory.createURI(subject), org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY)
                .forEachRemaining(t -> values.add(t.getObject().getURI()));
        return values;
    }
}
