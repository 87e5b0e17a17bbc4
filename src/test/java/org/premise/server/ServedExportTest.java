package org.premise.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.SourceSpec;
import org.premise.rdf.Vocab;
import org.premise.reason.ArgumentGraphWriter;
import org.premise.reason.DerivationService;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.AnalysisLimits;
import org.premise.reason.analysis.RandomArgumentGraphs;

/**
 * A dump of the served dataset (Graph Store GET, TriG) equals what {@code premise infer
 * --format trig} writes for the same data, graph by graph up to blank nodes: on the seed, on a
 * generated argument graph, and after each of a series of random writes (compared with a
 * from-scratch derivation of the data as written), over an in-memory and a TDB2 base.
 */
class ServedExportTest {
    private static final AnalysisLimits LIMITS = Workspace.limits(SourceSpec.bundled());
    private static final Node GENERATED = Vocab.sourceGraph("generated.ttl");

    @Test
    void theSeedExportsAsInferDoes() {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults());
        try {
            ServedData.assertSameGraphs(ServedData.infer(SeedServers.seed()), ServedData.dump(server));
        } finally {
            server.stop();
        }
    }

    @Test
    void aGeneratedGraphExportsAsInferDoes() {
        Workspace ws = generated(11, 150);
        PremiseServer server = PremiseServer.serve(DerivationService.inMemory(ws), DerivedGraphs.of(ws), SeedServers.testDefaults(), null);
        try {
            ServedData.assertSameGraphs(ServedData.infer(ws), ServedData.dump(server));
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest(name = "TDB2 base: {0}")
    @ValueSource(booleans = {false, true})
    void afterEachRandomWriteTheServedGraphsAreAFreshDerivationOfTheData(boolean tdb2) {
        Workspace start = generated(5, 100);
        DatasetGraph base = DerivationService.inMemory(start);
        // The TDB2 base is checked against the rules when served, as a store is; the in-memory one is trusted.
        DerivedGraphs derivation = tdb2 ? new DerivedGraphs(start.rules(), LIMITS) : DerivedGraphs.of(start);
        if (tdb2) base = copyToTdb2(base);
        LiveDataset live = new LiveDataset(base, derivation, true);
        Graph written = copy(start.kb().sources().get(GENERATED));
        Random random = new Random(tdb2 ? 2 : 1);
        for (int step = 0; step < 12; step++) {
            List<Triple> adds = new ArrayList<>();
            List<Triple> deletes = new ArrayList<>();
            change(random, written, step, adds, deletes);
            Txn.executeWrite(live, () -> {
                deletes.forEach(t -> live.delete(GENERATED, t.getSubject(), t.getPredicate(), t.getObject()));
                adds.forEach(t -> live.add(GENERATED, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            deletes.forEach(written::delete);
            adds.forEach(written::add);
            Map<Node, Graph> sources = new LinkedHashMap<>(start.kb().sources());
            sources.put(GENERATED, copy(written));
            ServedData.assertSameGraphs(ServedData.infer(ServedData.fromScratch(sources, LIMITS)), served(live));
        }
    }

    /** One random write: a new argument, a premise dropped, an undercut, a retyped statement or a question. */
    private static void change(Random random, Graph written, int step, List<Triple> adds, List<Triple> deletes) {
        List<Triple> premises = written.find(Node.ANY, Vocab.premiseOf, Node.ANY).toList();
        List<Triple> conclusions = written.find(Node.ANY, Vocab.conclusion, Node.ANY).toList();
        Node a = pick(random, premises).getObject();
        Node b = pick(random, conclusions).getObject();
        switch (step % 5) {
            case 0 -> {
                Node argument = NodeFactory.createURI(Vocab.KB + "arg-written-" + step);
                adds.add(Triple.create(argument, Vocab.rdfType, Vocab.Argument));
                adds.add(Triple.create(argument, Vocab.conclusion, b));
                adds.add(Triple.create(argument, Vocab.premiseOf, a));
            }
            case 1 -> deletes.add(pick(random, premises));
            case 2 -> adds.add(Triple.create(a, Vocab.undercuts, b));
            case 3 -> deletes.add(Triple.create(a, Vocab.rdfType, Vocab.Assumption));
            default -> {
                Node question = Vocab.statement("written-question-" + step);
                adds.add(Triple.create(question, Vocab.rdfType, Vocab.OpenQuestion));
                adds.add(Triple.create(question, Vocab.bearsOn, a));
            }
        }
    }

    private static Triple pick(Random random, List<Triple> triples) {
        return triples.get(random.nextInt(triples.size()));
    }

    /** The seed's ontology and rules over a generated argument map. */
    private static Workspace generated(long seed, int statements) {
        Graph map = ArgumentGraphWriter.write(RandomArgumentGraphs.generate(seed, statements));
        Workspace seedWs = SeedServers.seed();
        return Workspace.derive(KnowledgeBase.of(seedWs.kb().ontology(), Map.of(GENERATED, map)), seedWs.rules(), LIMITS);
    }

    private static DatasetGraph served(LiveDataset live) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(live, () -> live.namedGraphsOnly().find().forEachRemaining(copy::add));
        return copy;
    }

    private static DatasetGraph copyToTdb2(DatasetGraph mem) {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeRead(mem, () -> Txn.executeWrite(tdb, () -> mem.find().forEachRemaining(tdb::add)));
        return tdb;
    }

    private static Graph copy(Graph g) {
        return ServedData.graphOf(g.find().toList());
    }
}
