package org.premise.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.premise.query.ArgumentGraph.EX;
import static org.premise.query.ArgumentGraph.EXAMPLES;
import static org.premise.query.ArgumentGraph.FILES;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.premise.BadInputException;

class QueryRunnerTest {
    private final QueryCatalog catalog = QueryCatalog.fromFolder(EXAMPLES);
    private final QueryRunner runner = new QueryRunner(ArgumentGraph.dataset());

    @Test
    void parseErrorPointsAtTheOffendingToken() {
        NamedQuery broken = catalog.resolve(FILES.resolve("broken.rq").toString());
        BadInputException e = assertThrows(BadInputException.class, () -> QueryRunner.parse(broken));
        // Line 6 is "  FILTER(?o > )": the ")" is column 15.
        assertEquals(FILES.resolve("broken.rq") + ":6:15: unexpected \")\"", e.toUserMessage());
    }

    @Test
    void unresolvedPrefixIsReportedWhereItIs() {
        NamedQuery query = NamedQuery.userQuery("p.rq", "p.rq", "# a comment\nSELECT ?x WHERE { ?x foo:p ?y }\n");
        BadInputException e = assertThrows(BadInputException.class, () -> QueryRunner.parse(query));
        assertEquals("p.rq:2:22: Unresolved prefixed name: foo:p", e.toUserMessage());
    }

    @Test
    void unknownParameterNamesTheDeclaredOnes() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> runner.select(catalog.resolve("dependents-of"), Map.of("stmt", "ex:a2")));
        assertEquals("queries/dependents-of.rq".replace("queries/", EXAMPLES + "/")
                + ": query \"dependents-of\" has no parameter \"stmt\"; its parameters: statement", e.toUserMessage());
        BadInputException none = assertThrows(BadInputException.class,
                () -> runner.select(catalog.resolve("dependencies"), Map.of("x", "1")));
        assertEquals("query \"dependencies\" has no parameter \"x\"; it takes no parameters", none.getMessage());
    }

    @Test
    void bindingAParameterRestrictsTheRows() {
        NamedQuery dependentsOf = catalog.resolve("dependents-of");
        assertEquals(Set.of("c1 a1", "p1 a1", "c1 p1", "c1 a2", "c2 a2"), pairs(runner.select(dependentsOf, Map.of())));
        assertEquals(Set.of("c1 a2", "c2 a2"), pairs(runner.select(dependentsOf, Map.of("statement", "ex:a2"))));
        assertEquals(Set.of("c1 a1", "p1 a1"), pairs(runner.select(dependentsOf, Map.of("?statement", "<" + EX + "a1>"))));
    }

    @Test
    void headerlessQueryMayBindAnyOfItsVariables() {
        NamedQuery mine = catalog.resolve(FILES.resolve("no-header.rq").toString());
        assertEquals(1, runner.select(mine, Map.of("s", "ex:p1")).size());
        BadInputException e = assertThrows(BadInputException.class, () -> runner.select(mine, Map.of("z", "1")));
        assertEquals("query \"no-header\" has no variable ?z to bind", e.getMessage());
    }

    @Test
    void askAndConstructRun() {
        NamedQuery ask = NamedQuery.userQuery("a.rq", "a.rq",
                "PREFIX ex: <" + EX + ">\nASK { ex:c1 ex:dependsOn ?x }");
        assertEquals("true", run(ask, Map.of(), null).strip());
        NamedQuery graph = catalog.resolve(FILES.resolve("graph-of.rq").toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryOutcome outcome = runner.run(graph, Map.of("s", "ex:c2"), null, out);
        assertEquals(new QueryOutcome("CONSTRUCT", 1), outcome);
        assertEquals("<" + EX + "c2> <" + EX + "dependsOn> <" + EX + "a2> .",
                run(graph, Map.of("s", "ex:c2"), ResultFormat.NT).strip());
    }

    @Test
    void longQueryTimesOut() {
        var dataset = ArgumentGraph.dataset();
        var model = dataset.getDefaultModel();
        for (int i = 0; i < 300; i++) model.add(model.createResource(EX + "s" + i), model.createProperty(EX, "p"), "v" + i);
        NamedQuery slow = NamedQuery.userQuery("slow.rq", "slow.rq",
                "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }");
        QueryRunner limited = new QueryRunner(dataset).timeout(java.time.Duration.ofMillis(200));
        BadInputException e = assertThrows(BadInputException.class, () -> limited.select(slow, Map.of()));
        assertEquals("slow.rq: query \"slow\" timed out after 200 ms", e.toUserMessage());
    }

    @Test
    void formatMustFitTheQueryForm() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> run(catalog.resolve("labels"), Map.of(), ResultFormat.TTL));
        assertEquals("format \"ttl\" does not fit a SELECT query; expected one of: table, csv, tsv, json, xml", e.getMessage());
    }

    private String run(NamedQuery query, Map<String, String> parameters, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(query, parameters, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Set<String> pairs(ResultSetRewindable rows) {
        Set<String> pairs = new HashSet<>();
        rows.forEachRemaining(row -> pairs.add(row.getResource("dependent").getLocalName() + " "
                + row.getResource("statement").getLocalName()));
        return pairs;
    }
}
