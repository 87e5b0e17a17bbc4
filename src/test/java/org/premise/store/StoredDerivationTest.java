package org.premise.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.premise.app.Workspaces;
import org.premise.cli.Cli;
import org.premise.kb.DerivationGraph;
import org.premise.kb.SourceSpec;
import org.premise.query.NamedQuery;
import org.premise.query.QueryCatalog;
import org.premise.rdf.Vocab;
import org.premise.reason.DerivationFingerprint;
import org.premise.reason.Workspace;

/**
 * Reading commands on a store use the derived graphs {@code premise load} kept when they were
 * derived with the same rules, ontology, Premise version and limits, and answer exactly as if
 * they had derived them again: every named query (rows as sets), {@code report --format json},
 * {@code whatif}, {@code explain} and {@code infer} (graphs by isomorphism) are compared, through
 * the command line, between a read of the stored graphs and a read that re-derives (forced by a
 * rule file whose one rule never fires, which changes the fingerprint).
 */
class StoredDerivationTest {
    @TempDir static Path tmp;
    static Path store;
    static Path noOpRules;

    @BeforeAll
    static void loadTheSeedAndASecondDigest() throws IOException {
        store = tmp.resolve("kb.tdb");
        Cli.Run load = Cli.run("load", "--store", store.toString(), LoadCommandTest.SECOND_DIGEST.toString());
        assertEquals(0, load.exit(), load.err());
        noOpRules = Files.writeString(tmp.resolve("no-op.rules"), """
                # A rule that never fires: it only changes the rules' fingerprint.
                @prefix x: <urn:premise-test:> .
                [never-fires: (?a x:never ?b) -> (?a x:neverEither ?b)]
                """);
    }

    /** Runs a reading command on the store twice: from the stored graphs, and re-deriving. */
    private static Cli.Run[] both(String... command) {
        List<String> stored = new ArrayList<>(List.of(command));
        stored.addAll(List.of("--store", store.toString()));
        List<String> rederived = new ArrayList<>(stored);
        rederived.addAll(List.of("--rules", noOpRules.toString()));
        Cli.Run fromStore = Cli.run(stored);
        Cli.Run derived = Cli.run(rederived);
        assertEquals(0, fromStore.exit(), fromStore.err());
        assertEquals(0, derived.exit(), derived.err());
        assertFalse(fromStore.err().contains("note:"), "the stored graphs are current: " + fromStore.err());
        assertTrue(derived.err().startsWith("note: " + store + ": the store's derived graphs were made with other rules"),
                derived.err());
        assertEquals(1, derived.err().strip().lines().count(), derived.err());
        return new Cli.Run[] {fromStore, derived};
    }

    @TestFactory
    Stream<DynamicTest> everyNamedQueryAnswersTheSameFromTheStoredGraphs() {
        return QueryCatalog.bundled().list().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            List<String> command = new ArrayList<>(List.of("query", q.name(), "--format", "tsv"));
            command.addAll(parameters(q));
            Cli.Run[] runs = both(command.toArray(String[]::new));
            assertEquals(runs[1].lines().isEmpty() ? "" : runs[1].lines().get(0),
                    runs[0].lines().isEmpty() ? "" : runs[0].lines().get(0), "header");
            assertEquals(rows(q, runs[1]), rows(q, runs[0]), q.name());
        }));
    }

    /**
     * The rows as a set. unknowns-ranked joins its reasons with GROUP_CONCAT, whose order
     * SPARQL leaves to the order the graph lists triples in (a store lists them in index
     * order): its reasons are compared as sorted lists.
     */
    private static Set<String> rows(NamedQuery q, Cli.Run run) {
        if (!q.name().equals("unknowns-ranked")) return run.rowsAfterHeader();
        Set<String> rows = new LinkedHashSet<>();
        for (String row : run.rowsAfterHeader()) {
            String[] cells = row.split("\t", -1);
            String reasons = cells[cells.length - 1];
            List<String> parts = new ArrayList<>(List.of(reasons.replace("\"", "").split(", ")));
            parts.sort(null);
            cells[cells.length - 1] = String.join(", ", parts);
            rows.add(String.join("\t", cells));
        }
        return rows;
    }

    private static List<String> parameters(NamedQuery q) {
        List<String> params = new ArrayList<>();
        if (q.parameter("statement").isPresent()) params.addAll(List.of("--param", "statement=thesis"));
        if (q.parameter("concept").isPresent()) params.addAll(List.of("--param", "concept=concept:friction"));
        return params;
    }

    @Test
    void theQueriesReallyHaveRowsToCompare() {
        Cli.Run[] runs = both("query", "linchpins", "--format", "tsv");
        assertFalse(runs[0].rowsAfterHeader().isEmpty());
    }

    @Test
    void theJsonReportIsTheSame() {
        Cli.Run[] runs = both("report", "--format", "json");
        assertEquals(JSON.parseAny(runs[1].out()), JSON.parseAny(runs[0].out()));
    }

    @Test
    void theMarkdownReportAndAWhatIfAreTheSame() {
        Cli.Run[] report = both("report");
        assertEquals(report[1].out(), report[0].out());
        Cli.Run[] whatif = both("whatif", "--retract", "models-capable", "--format", "json");
        assertEquals(JSON.parseAny(whatif[1].out()), JSON.parseAny(whatif[0].out()));
    }

    @Test
    void explainDerivesTheOneTripleOnDemand() {
        Cli.Run[] runs = both("explain", "thesis", "premise:dependsOn", "models-capable");
        assertTrue(runs[0].out().contains("[depends-on"), runs[0].out());
        assertEquals(runs[1].out(), runs[0].out());
    }

    @Test
    void theInferredAndAnalysisGraphsAreIsomorphic() {
        Cli.Run[] runs = both("infer", "--format", "nt");
        Graph stored = parse(runs[0].out());
        Graph derived = parse(runs[1].out());
        assertTrue(stored.size() > 0);
        assertTrue(derived.isIsomorphicWith(stored), "stored " + stored.size() + " triples, derived " + derived.size());
        Cli.Run[] inferredOnly = both("infer", "--inferred-only", "--format", "nt");
        assertTrue(parse(inferredOnly[1].out()).isIsomorphicWith(parse(inferredOnly[0].out())));
    }

    @Test
    void theStoreRecordsWhatItsDerivedGraphsWereDerivedWith() {
        DerivationFingerprint expected = DerivationFingerprint.of(Workspace.loadRules(SourceSpec.bundled()),
                Workspace.limits(SourceSpec.bundled()));
        DatasetGraph dsg = Store.openExisting(store);
        try {
            Txn.executeRead(dsg, () -> {
                Graph derivation = dsg.getGraph(Vocab.DERIVATION_GRAPH);
                assertEquals(expected.inferred(), DerivationGraph.inferredFingerprint(derivation));
                assertEquals(expected.analysis(), DerivationGraph.analysisFingerprint(derivation));
                assertTrue(derivation.contains(DerivationGraph.RULES_RUN, Vocab.rdfType, Vocab.provActivity));
            });
        } finally {
            Store.release(dsg);
        }
        assertNotNull(expected.inferred());
        assertTrue(expected.inferred().contains("derivation format " + DerivationFingerprint.FORMAT), expected.inferred());
    }

    @Test
    void theStoredGraphsAreUsedOnlyWhenCurrent() {
        SourceSpec plain = new SourceSpec(true, List.of(), true, List.of(), SourceSpec.DEFAULT_SET_CAP, store);
        List<String> notes = new ArrayList<>();
        assertEquals("stored", Workspaces.open(plain, notes::add).inference().engine());
        assertEquals(List.of(), notes);

        SourceSpec otherRules = new SourceSpec(true, List.of(), true, List.of(noOpRules), SourceSpec.DEFAULT_SET_CAP, store);
        assertEquals("premise", Workspaces.open(otherRules, notes::add).inference().engine());
        assertEquals(1, notes.size());

        SourceSpec withData = new SourceSpec(true, List.of(Path.of("src/test/resources/digests/lab-governance.txt")), true, List.of(), SourceSpec.DEFAULT_SET_CAP, store);
        assertEquals("premise", Workspaces.open(withData, notes::add).inference().engine());
        assertEquals(1, notes.size(), "--data on top is no stale derivation: " + notes);
    }

    @Test
    void otherSetLimitsRecomputeOnlyTheAnalysis() {
        Cli.Run stored = Cli.run("query", "support-sets", "--param", "statement=thesis", "--max-sets", "1",
                "--store", store.toString(), "--format", "tsv");
        Cli.Run derived = Cli.run("query", "support-sets", "--param", "statement=thesis", "--max-sets", "1",
                "--store", store.toString(), "--format", "tsv", "--rules", noOpRules.toString());
        assertEquals(0, stored.exit(), stored.err());
        assertTrue(stored.err().startsWith("note: " + store + ": the store's analysis was made with other limits"), stored.err());
        assertEquals(derived.rowsAfterHeader(), stored.rowsAfterHeader());
        assertEquals(1, stored.rowsAfterHeader().size(), stored.out());
        SourceSpec capped = new SourceSpec(true, List.of(), true, List.of(), 1, store);
        assertEquals("stored", Workspaces.open(capped, line -> {}).inference().engine());
    }

    private static Graph parse(String ntriples) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ntriples, Lang.NTRIPLES).parse(g);
        return g;
    }
}
