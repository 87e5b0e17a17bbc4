package org.premise.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.premise.app.KnowledgeBaseLoader;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.SourceSpec;
import org.premise.rdf.Vocab;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.Analysis;
import org.premise.reason.analysis.ArgumentGraph;

/** The scale benchmark's generated graphs: deterministic, read by Premise as generated, each shape as its name says. */
class ArgumentGraphFilesTest {
    @TempDir Path dir;

    private Path write(String shape, int statements, long seed, String name) throws IOException {
        Path file = dir.resolve(name);
        ArgumentGraphFiles.write(GraphShapes.generate(shape, statements, seed), file, GraphShapes.DEFAULT_FAR);
        return file;
    }

    private static KnowledgeBase load(Path file) {
        return KnowledgeBaseLoader.load(new SourceSpec(false, List.of(file), true, List.of(), SourceSpec.DEFAULT_SET_CAP));
    }

    private static Node s(int i) {
        return NodeFactory.createURI(BenchGraph.statementIri(i));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dag", "tree", "ladder", "cycles", "star"})
    void sameSeedSameFileOtherSeedOtherFile(String shape) throws IOException {
        byte[] a = Files.readAllBytes(write(shape, 400, 7, "a.ttl"));
        byte[] b = Files.readAllBytes(write(shape, 400, 7, "b.ttl"));
        assertArrayEquals(a, b);
        assertEquals(Files.readString(dir.resolve("a.ttl.facts")), Files.readString(dir.resolve("b.ttl.facts")));
        assertFalse(Arrays.equals(a, Files.readAllBytes(write(shape, 400, 8, "c.ttl"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dag", "tree", "ladder", "cycles", "star"})
    void premiseReadsWhatWasGenerated(String shape) throws IOException {
        BenchGraph generated = GraphShapes.generate(shape, 300, 42);
        Path file = dir.resolve(shape + ".ttl");
        Map<String, String> facts = ArgumentGraphFiles.write(generated, file, GraphShapes.DEFAULT_FAR);
        KnowledgeBase kb = load(file);
        ArgumentGraph graph = ArgumentGraphReader.read(kb.asserted());
        assertEquals(generated.statements(), graph.size(), "statements");
        assertEquals(generated.arguments(), graph.argumentCount(), "arguments");
        assertEquals(generated.questions(), graph.questions().size(), "open questions");
        for (int i = 0; i < generated.statements(); i++) {
            boolean assumption = generated.kind(i) == BenchGraph.Kind.ASSUMPTION;
            assertEquals(assumption, graph.isLeaf(BenchGraph.statementIri(i)), "leaf: s" + i);
        }
        long triples = 0;
        for (Graph source : kb.sources().values()) triples += source.size();
        assertEquals(Long.parseLong(facts.get("triples")), triples, "triples");

        // The query key's assumptions, by the benchmark's reference BFS over the RDF, agree with the generator's.
        List<String> assumptions = DependenceClosure.of(kb.asserted()).assumptionsOf(kb.asserted(), s(generated.key()));
        assertEquals(Integer.parseInt(facts.get("key_assumptions")), assumptions.size());
        assertEquals(Arrays.stream(generated.assumptionsOf(generated.key())).mapToObj(BenchGraph::statementIri).sorted().toList(),
                assumptions);
    }

    @Test
    void rulesDeriveTheReferenceClosure() throws IOException {
        Path file = write("cycles", 240, 3, "cycles.ttl");
        SourceSpec spec = new SourceSpec(false, List.of(file), true, List.of(), SourceSpec.DEFAULT_SET_CAP);
        Workspace ws = Workspace.derive(load(file), Workspace.loadRules(spec), Workspace.limits(spec));
        long derived = DependenceClosure.distinctPairs(ws.kb().union().find(Node.ANY, Vocab.dependsOn, Node.ANY));
        assertEquals(DependenceClosure.of(ws.kb().asserted()).pairCount(Long.MAX_VALUE), derived);
    }

    @Test
    void ladderOfThreeHasEightSupportSetsAtTheTop() throws IOException {
        BenchGraph ladder = GraphShapes.generate("ladder", 10, 1);
        assertEquals(10, ladder.statements());
        Path file = dir.resolve("ladder.ttl");
        ArgumentGraphFiles.write(ladder, file, GraphShapes.DEFAULT_FAR);
        Analysis analysis = Analysis.compute(ArgumentGraphReader.read(load(file).asserted()));
        String top = BenchGraph.statementIri(ladder.key());
        assertEquals(BenchGraph.Kind.CONCLUSION, ladder.kind(ladder.key()));
        assertEquals(8, analysis.supportSets(top).size());
        analysis.supportSets(top).forEach(set -> assertEquals(4, set.size(), "c0 and one of a_i, b_i per rung: " + set));
    }

    @Test
    void starHasOneLeafUnderEverything() {
        BenchGraph star = GraphShapes.generate("star", 500, 42);
        int claims = 0;
        int deepest = 0;
        for (int i = 0; i < star.statements(); i++) {
            if (star.kind(i) == BenchGraph.Kind.ASSUMPTION) continue;
            claims++;
            int[] dependencies = star.dependencies(i);
            assertTrue(Arrays.binarySearch(dependencies, 0) >= 0, "s" + i + " depends on s0");
            deepest = Math.max(deepest, dependencies.length);
        }
        assertTrue(claims > 400, "mostly claims: " + claims);
        assertTrue(deepest >= 20, "deep as well as wide: the longest chain has " + deepest + " dependencies");
    }

    @Test
    void treeNodesHaveOneParentEach() throws IOException {
        Path file = write("tree", 500, 42, "tree.ttl");
        Graph g = load(file).asserted();
        Map<Node, Integer> parents = new HashMap<>();
        g.find(Node.ANY, Vocab.premiseOf, Node.ANY).forEachRemaining(t -> parents.merge(t.getObject(), 1, Integer::sum));
        g.find(Node.ANY, Vocab.undercuts, Node.ANY).forEachRemaining(t -> parents.merge(t.getSubject(), 1, Integer::sum));
        g.find(Node.ANY, Vocab.rebuts, Node.ANY).forEachRemaining(t -> parents.merge(t.getSubject(), 1, Integer::sum));
        assertEquals(null, parents.get(s(0)), "the root has no parent");
        for (int i = 1; i < 500; i++) assertEquals(1, parents.get(s(i)), "s" + i + " has one parent");
        assertTrue(g.contains(Node.ANY, Vocab.undercuts, Node.ANY) && g.contains(Node.ANY, Vocab.rebuts, Node.ANY),
                "cons undercut or rebut their parent");
    }

    @Test
    void cyclesHaveSupportCyclesAndDagHasNone() {
        BenchGraph cycles = GraphShapes.generate("cycles", 600, 42);
        BenchGraph dag = GraphShapes.generate("dag", 600, 42);
        int onCycle = 0;
        for (int i = 0; i < 600; i++) {
            if (Arrays.binarySearch(cycles.dependencies(i), i) >= 0) onCycle++;
            assertTrue(Arrays.binarySearch(dag.dependencies(i), i) < 0, "dag: s" + i + " does not depend on itself");
        }
        assertTrue(onCycle > 0, "some statement of the cycles shape depends on itself");
        assertTrue(cycles.undercutCount() >= 3, "and attack cycles too");
    }
}
