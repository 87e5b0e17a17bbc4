package org.premise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.premise.cli.Cli;

/**
 * An independent SPARQL 1.1 client (Comunica, {@code src/test/node/sparql-client-check.mjs})
 * runs the {@code dependencies} query against the served seed over HTTP; its rows must equal
 * {@code premise query dependencies --format tsv}, compared as sets.
 */
class IndependentClientTest {

    @Test
    void comunicaSeesTheRowsTheCommandLinePrints() throws Exception {
        NodeTools.require(false, "@comunica/query-sparql");
        Cli.Run cli = Cli.run("query", "dependencies", "--format", "tsv");
        assertEquals(0, cli.exit(), cli.err());
        Set<String> expected = cli.rowsAfterHeader();
        assertFalse(expected.isEmpty(), "premise query dependencies printed no rows");

        try (ServedSeed served = ServedSeed.start()) {
            String query = Path.of("queries/dependencies.rq").toAbsolutePath().toString();
            NodeTools.Run run = NodeTools.node("sparql-client-check.mjs", served.sparqlEndpoint(), query);
            assertEquals(0, run.exit(), () -> "sparql-client-check.mjs failed:\n" + run.output());
            List<String> lines = run.output().lines().filter(l -> !l.isBlank()).toList();
            assertEquals(cli.lines().get(0), lines.get(0), "header");
            Set<String> actual = new LinkedHashSet<>(lines.subList(1, lines.size()));
            assertEquals(lines.size() - 1, actual.size(), "Comunica returned duplicate rows for a SELECT DISTINCT");
            if (!expected.equals(actual)) {
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(actual);
                Set<String> extra = new TreeSet<>(actual);
                extra.removeAll(expected);
                assertEquals(expected, actual, "rows differ; only in premise: " + missing + "; only from Comunica: " + extra);
            }
        }
    }
}
