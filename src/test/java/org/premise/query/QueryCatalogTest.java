package org.premise.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.premise.query.ArgumentGraph.EXAMPLES;
import static org.premise.query.ArgumentGraph.FILES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.premise.BadInputException;
import org.premise.BundledResources;

class QueryCatalogTest {
    private final QueryCatalog catalog = QueryCatalog.fromFolder(EXAMPLES);

    @Test
    void listsQueriesByNameAndChecksApart() {
        assertEquals(List.of("dependencies", "dependents-of", "labels"), catalog.list().stream().map(NamedQuery::name).toList());
        assertEquals(List.of("unlabelled-statements"), catalog.checks().stream().map(NamedQuery::name).toList());
        assertEquals("Dependents of a statement", catalog.list().get(1).title());
    }

    @Test
    void classpathFolderGivesTheSameCatalog() {
        QueryCatalog onClasspath = QueryCatalog.fromResources(BundledResources.onClasspath(), "query-examples");
        assertEquals(catalog.list().stream().map(NamedQuery::text).toList(),
                onClasspath.list().stream().map(NamedQuery::text).toList());
        assertEquals("queries/checks/unlabelled-statements.rq", onClasspath.checks().get(0).source());
    }

    @Test
    void resolvesNamesChecksAndFiles() {
        assertEquals("dependencies", catalog.resolve("dependencies").name());
        assertEquals("unlabelled-statements", catalog.resolve("unlabelled-statements").name());
        NamedQuery file = catalog.resolve(FILES.resolve("no-header.rq").toString());
        assertEquals("no-header", file.name());
        assertEquals(FILES.resolve("no-header.rq").toString(), file.source());
    }

    @Test
    void unknownNameSuggestsTheClosest() {
        BadInputException e = assertThrows(BadInputException.class, () -> catalog.resolve("depencies"));
        assertEquals("unknown query \"depencies\"; did you mean: dependencies, dependents-of?", e.toUserMessage());
    }

    @Test
    void missingFileIsNamed() {
        BadInputException e = assertThrows(BadInputException.class, () -> catalog.resolve("nowhere/none.rq"));
        assertEquals("nowhere/none.rq: no such query file", e.toUserMessage());
    }

    /** Whatever the build bundles under premise/queries must have well-formed headers. */
    @Test
    void bundledCatalogLoads() {
        assertDoesNotThrow(QueryCatalog::bundled);
    }

    /** The project's own queries/ (written separately): every header parses, every query parses, SELECT columns match Returns. */
    @Test
    void projectQueriesAreDocumentedAndParse() {
        Path queries = Path.of("queries");
        Assumptions.assumeTrue(Files.isDirectory(queries), "no queries/ folder in this checkout");
        QueryCatalog project = QueryCatalog.fromFolder(queries);
        for (NamedQuery q : project.list()) assertReturnsMatch(q);
        for (NamedQuery q : project.checks()) assertReturnsMatch(q);
    }

    private static void assertReturnsMatch(NamedQuery q) {
        Query parsed = QueryRunner.parse(q);
        if (parsed.isSelectType() && !parsed.isQueryResultStar()) {
            assertEquals(parsed.getResultVars(), q.returns().stream().map(QueryVariable::name).toList(),
                    q.source() + ": **Returns:** should list the SELECT columns in order");
        }
    }
}
