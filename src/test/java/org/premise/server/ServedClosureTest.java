package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.premise.kb.DatasetLayout;
import org.premise.kb.SourceSpec;
import org.premise.rdf.Vocab;
import org.premise.reason.Workspace;

/**
 * The base keeps no closure pairs, yet every reader sees them: the served dependence equals a
 * materialised closure on the seed and after writes (compared with a from-scratch workspace
 * on the same data), and the metadata graph naming the closure predicates is neither shown nor
 * writable.
 */
class ServedClosureTest {
    static Stream<Named<Supplier<DatasetGraph>>> bases() {
        return Stream.of(Named.of("in memory", SeedServers::inMemory), Named.of("TDB2", SeedServers::tdb2));
    }

    private static PremiseServer start(Supplier<DatasetGraph> base) {
        return PremiseServer.serve(base.get(), SeedServers.derivation(), SeedServers.testDefaults().withUpdate(true), null);
    }

    /** Statements whose dependents and assumptions are compared: conclusions, claims and a leaf. */
    private static final List<Node> STATEMENTS = List.of(Vocab.statement("thesis"), Vocab.statement("rsi-loop-broken"),
            Vocab.statement("lossy-regime"), Vocab.statement("models-capable"));

    private static final Node NEW_PREMISE = Vocab.statement("served-new-premise");
    private static final Node NEW_ARGUMENT = NodeFactory.createURI(Vocab.KB + "arg-served-new");
    private static final Node CONCLUSION = Vocab.statement("lossy-regime");
    private static final List<Triple> NEW_ARGUMENT_TRIPLES = List.of(
            Triple.create(NEW_ARGUMENT, Vocab.rdfType, Vocab.Argument),
            Triple.create(NEW_ARGUMENT, Vocab.conclusion, CONCLUSION),
            Triple.create(NEW_ARGUMENT, Vocab.premiseOf, NEW_PREMISE),
            Triple.create(NEW_PREMISE, Vocab.rdfType, Vocab.Assumption),
            Triple.create(NEW_PREMISE, Vocab.text, NodeFactory.createLiteralString("A premise added over HTTP.")));

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void theServedClosureIsTheMaterialisedOneAndFollowsWrites(Supplier<DatasetGraph> base) {
        PremiseServer server = start(base);
        try {
            assertServedAsDerived(server, SeedServers.seed());
            Set<String> before = ServedData.rows(server, ServedData.DEPENDS_ON);

            HttpResponse<String> insert = SeedServers.update(server, "INSERT DATA { " + turtle(NEW_ARGUMENT_TRIPLES) + " }");
            assertEquals(204, insert.statusCode(), insert.body());
            Workspace withArgument = ServedData.fromScratch(
                    ServedData.seedSourcesWith(DatasetLayout.UPDATES_GRAPH, ServedData.graphOf(NEW_ARGUMENT_TRIPLES)),
                    Workspace.limits(SourceSpec.bundled()));
            assertServedAsDerived(server, withArgument);
            Set<String> after = ServedData.rows(server, ServedData.DEPENDS_ON);
            assertTrue(after.containsAll(before));
            // The conclusion and everything resting on it now depend on the new premise.
            Set<String> dependents = ServedData.rows(server, ServedData.withStatement("dependents-of", NEW_PREMISE));
            assertTrue(dependents.size() > 1, dependents::toString);
            assertTrue(dependents.stream().anyMatch(r -> r.startsWith("<" + Vocab.statement("thesis").getURI() + ">")), dependents::toString);

            HttpResponse<String> delete = SeedServers.update(server, "DELETE DATA { " + turtle(NEW_ARGUMENT_TRIPLES) + " }");
            assertEquals(204, delete.statusCode(), delete.body());
            assertServedAsDerived(server, SeedServers.seed());
            assertEquals(before, ServedData.rows(server, ServedData.DEPENDS_ON));
            assertEquals(Set.of(), ServedData.rows(server, ServedData.withStatement("dependents-of", NEW_PREMISE)));
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void theBaseKeepsOnlyTheBaseEdgesAndNamesTheClosurePredicate(Supplier<DatasetGraph> base) {
        DatasetGraph stored = base.get();
        PremiseServer server = PremiseServer.serve(stored, SeedServers.derivation(), SeedServers.testDefaults(), null);
        try {
            long served = ServedData.rows(server, ServedData.DEPENDS_ON_IN_INFERRED).size();
            Txn.executeRead(stored, () -> {
                long kept = stored.getGraph(Vocab.INFERRED_GRAPH).find(Node.ANY, Vocab.dependsOn, Node.ANY).toList().size();
                assertTrue(kept < served, "the base keeps " + kept + " dependence pairs of the " + served + " served");
                assertEquals(SeedServers.seed().inference().materialised().find(Node.ANY, Vocab.dependsOn, Node.ANY).toList().size(), kept);
                assertTrue(stored.contains(Vocab.DERIVATION_GRAPH, Vocab.INFERRED_GRAPH, Vocab.closurePredicate, Vocab.dependsOn));
            });
        } finally {
            server.stop();
        }
    }

    @Test
    void theMetadataGraphIsHiddenAndCannotBeWritten() {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults().withUpdate(true));
        try {
            HttpResponse<String> insert = SeedServers.update(server, "INSERT DATA { GRAPH <" + Vocab.DERIVATION_GRAPH.getURI()
                    + "> { <" + Vocab.INFERRED_GRAPH.getURI() + "> <" + Vocab.closurePredicate.getURI() + "> <urn:p> } }");
            assertEquals(403, insert.statusCode(), insert.body());
            assertTrue(insert.body().contains("derived"), insert.body());
            // To readers the graph does not exist, so dropping it is a no-op (it is not refused, and it stays).
            HttpResponse<String> drop = SeedServers.update(server, "DROP GRAPH <" + Vocab.DERIVATION_GRAPH.getURI() + ">");
            assertTrue(drop.statusCode() == 204 || drop.statusCode() == 403, drop.statusCode() + " " + drop.body());
            DatasetGraph base = server.dataset().getWrapped();
            Txn.executeRead(base, () -> assertTrue(base.contains(Vocab.DERIVATION_GRAPH, Vocab.INFERRED_GRAPH,
                    Vocab.closurePredicate, Vocab.dependsOn)));
            String graphParam = "?graph=" + SeedServers.encode(Vocab.DERIVATION_GRAPH.getURI());
            int put = SeedServers.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data" + graphParam))
                    .header("Content-Type", "application/n-triples")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:p> <urn:o> .\n")).build()).statusCode();
            assertEquals(403, put);

            // Not a graph readers see, by name, in the list of graphs, or in the union.
            assertEquals(Set.of(), ServedData.rows(server, "SELECT * WHERE { GRAPH <" + Vocab.DERIVATION_GRAPH.getURI() + "> { ?s ?p ?o } }"));
            assertFalse(ServedData.rows(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }").contains("<" + Vocab.DERIVATION_GRAPH.getURI() + ">"));
            assertEquals(Set.of(), ServedData.rows(server, "SELECT * WHERE { ?s <" + Vocab.closurePredicate.getURI() + "> ?o }"));
            // The closure is still served.
            assertEquals(ServedData.rows(SeedServers.seed(), ServedData.DEPENDS_ON), ServedData.rows(server, ServedData.DEPENDS_ON));
        } finally {
            server.stop();
        }
    }

    /** Dependence pairs (everywhere and in graph:inferred), dependents and assumptions as a workspace derives them. */
    static void assertServedAsDerived(PremiseServer server, Workspace ws) {
        assertEquals(ServedData.rows(ws, ServedData.DEPENDS_ON), ServedData.rows(server, ServedData.DEPENDS_ON));
        assertEquals(ServedData.rows(ws, ServedData.DEPENDS_ON_IN_INFERRED), ServedData.rows(server, ServedData.DEPENDS_ON_IN_INFERRED));
        for (Node statement : STATEMENTS) {
            for (String query : List.of("dependents-of", "assumptions-of")) {
                String q = ServedData.withStatement(query, statement);
                assertEquals(ServedData.rows(ws, q), ServedData.rows(server, q), query + " " + statement);
            }
        }
        String q = ServedData.withStatement("dependents-of", NEW_PREMISE);
        assertEquals(ServedData.rows(ws, q), ServedData.rows(server, q), "dependents-of " + NEW_PREMISE);
    }

    private static String turtle(List<Triple> triples) {
        StringBuilder out = new StringBuilder();
        for (Triple t : triples) {
            out.append(NodeFmtLib.strNT(t.getSubject())).append(' ').append(NodeFmtLib.strNT(t.getPredicate())).append(' ')
                    .append(NodeFmtLib.strNT(t.getObject())).append(" .\n");
        }
        return out.toString();
    }
}
