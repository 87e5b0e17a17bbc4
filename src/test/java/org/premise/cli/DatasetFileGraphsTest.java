package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --data x.trig} merged the file's named graphs into one source graph, so the
 * one-graph-per-document layout {@code ingest} writes was lost when read back ({@code GRAPH ?g}
 * saw one graph; issue 10, finding 7). Each named graph of a TriG (or N-Quads, JSON-LD) file is
 * now a source graph of its own, under its own name, as a store or a server keeps it; the
 * file's default graph, if it has triples, is one source graph named after the file, as before.
 */
class DatasetFileGraphsTest {
    static final String GRAPH = "https://w3id.org/premise/graph/";
    static final Path SECOND = Path.of("src/test/resources/digests/compute-bottlenecks.txt");
    static final Path THIRD = Path.of("src/test/resources/digests/lab-governance.txt");

    @TempDir Path tmp;

    private Path query(String text) throws IOException {
        return Files.writeString(tmp.resolve("graphs.rq"), """
                PREFIX premise: <https://w3id.org/premise/ontology#>
                """ + text);
    }

    @Test
    void ingestedDocumentsReadBackAsOneGraphEach() throws IOException {
        Path trig = tmp.resolve("ingested.trig");
        Cli.Run ingest = Cli.run("ingest", SECOND.toString(), THIRD.toString(), "-o", trig.toString());
        assertEquals(ExitCodes.OK, ingest.exit(), ingest.err());

        Path rq = query("SELECT ?g WHERE { GRAPH ?g { ?d a premise:Document } }");
        Cli.Run graphs = Cli.run("query", rq.toString(), "--no-bundled", "--data", trig.toString(), "--format", "tsv");
        assertEquals(ExitCodes.OK, graphs.exit(), graphs.err());
        assertEquals(Set.of("<" + GRAPH + "source/compute-bottlenecks.txt>", "<" + GRAPH + "source/lab-governance.txt>"),
                graphs.rowsAfterHeader());

        // Each document still renders back byte for byte from its graph.
        for (Path digest : new Path[] {SECOND, THIRD}) {
            String name = digest.getFileName().toString().replace(".txt", "");
            Cli.Run render = Cli.run("render", name, "--no-bundled", "--data", trig.toString());
            assertEquals(ExitCodes.OK, render.exit(), render.err());
            assertEquals(Files.readString(digest), render.out(), name);
        }
    }

    @Test
    void aDefaultGraphPartIsOneSourceNamedAfterTheFile() throws IOException {
        Path trig = Files.writeString(tmp.resolve("mixed.trig"), """
                @prefix premise: <https://w3id.org/premise/ontology#> .
                @prefix st: <https://w3id.org/premise/statement/> .
                st:a premise:dependsOn st:b .
                <https://example.org/g1> { st:b premise:dependsOn st:c . }
                <https://example.org/g2> { st:c premise:dependsOn st:d . }
                """);
        Path rq = query("SELECT ?g ?s WHERE { GRAPH ?g { ?s premise:dependsOn ?o } FILTER(!STRSTARTS(STR(?g), \""
                + GRAPH + "inferred\")) }");
        Cli.Run graphs = Cli.run("query", rq.toString(), "--no-bundled", "--data", trig.toString(), "--format", "tsv");
        assertEquals(ExitCodes.OK, graphs.exit(), graphs.err());
        assertEquals(Set.of(
                "<" + GRAPH + "source/mixed.trig>\t<https://w3id.org/premise/statement/a>",
                "<https://example.org/g1>\t<https://w3id.org/premise/statement/b>",
                "<https://example.org/g2>\t<https://w3id.org/premise/statement/c>"), graphs.rowsAfterHeader());
    }

    @Test
    void whatInferWritesReadsBackAsItsSourcesWithTheDerivedGraphsDerivedAgain() throws IOException {
        Path trig = tmp.resolve("infer.trig");
        Cli.Run infer = Cli.run("infer", "--format", "trig", "-o", trig.toString());
        assertEquals(ExitCodes.OK, infer.exit(), infer.err());
        Cli.Run bundled = Cli.run("query", "dependencies", "--format", "tsv");
        Cli.Run readBack = Cli.run("query", "dependencies", "--format", "tsv", "--no-bundled", "--data", trig.toString());
        assertEquals(ExitCodes.OK, readBack.exit(), readBack.err());
        assertEquals(bundled.rowsAfterHeader(), readBack.rowsAfterHeader());

        Path rq = query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
        Cli.Run graphs = Cli.run("query", rq.toString(), "--format", "tsv", "--no-bundled", "--data", trig.toString());
        assertEquals(Cli.run("query", rq.toString(), "--format", "tsv").rowsAfterHeader(), graphs.rowsAfterHeader());
    }
}
