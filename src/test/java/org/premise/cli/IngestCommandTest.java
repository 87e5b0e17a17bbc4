package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code premise ingest}: many digests at once, one named graph each with its provenance; a
 * text shared with the seed or with another digest of the run is one statement; a malformed
 * digest among several writes nothing; what was ingested renders back byte for byte.
 */
class IngestCommandTest {
    static final Path LAB = Path.of("src/test/resources/digests/lab-governance.txt");
    static final Path COMPUTE = Path.of("src/test/resources/digests/compute-bottlenecks.txt");
    static final String PREMISE = "https://w3id.org/premise/ontology#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String ST = "https://w3id.org/premise/statement/";
    static final String DOC = "https://w3id.org/premise/document/";
    static final String GRAPH = "https://w3id.org/premise/graph/source/";
    static final Node TEXT = NodeFactory.createURI(PREMISE + "text");
    static final Node HAS_APPEARANCE = NodeFactory.createURI(PREMISE + "hasAppearance");
    static final Node IN_DOCUMENT = NodeFactory.createURI(PREMISE + "inDocument");

    @TempDir Path tmp;

    static DatasetGraph ingest(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("ingest"));
        all.addAll(List.of(args));
        Cli.Run run = Cli.run(all);
        assertEquals(0, run.exit(), run.err());
        return RDFParser.fromString(run.out(), Lang.TRIG).toDatasetGraph();
    }

    static Set<Node> statementsWithText(Graph g, String text) {
        return g.find(Node.ANY, TEXT, NodeFactory.createLiteralString(text)).mapWith(t -> t.getSubject()).toSet();
    }

    static Set<String> documentsOf(Graph g, Node statement) {
        Set<String> documents = new TreeSet<>();
        g.find(statement, HAS_APPEARANCE, Node.ANY).forEachRemaining(a ->
                g.find(a.getObject(), IN_DOCUMENT, Node.ANY).forEachRemaining(d -> documents.add(d.getObject().getURI())));
        return documents;
    }

    @Test
    void writesOneNamedGraphPerDigestAndNotTheSeed() {
        DatasetGraph dsg = ingest(LAB.toString(), COMPUTE.toString());
        Set<String> graphs = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> graphs.add(n.getURI()));
        assertEquals(Set.of(GRAPH + "lab-governance.txt", GRAPH + "compute-bottlenecks.txt"), graphs);
        assertTrue(dsg.getDefaultGraph().isEmpty());
    }

    @Test
    void textsSharedWithTheSeedKeepTheSeedsStatements() {
        Graph g = ingest(LAB.toString(), COMPUTE.toString()).getUnionGraph();
        assertEquals(Set.of(NodeFactory.createURI(ST + "political-allocation")), statementsWithText(g,
                "Compute and research resource allocation inside organizations will remain politically mediated, "
                        + "creating friction that prevents an unconstrained self-improvement loop."));
        assertEquals(Set.of(NodeFactory.createURI(ST + "oligopoly")), statementsWithText(g,
                "The frontier AI industry is consolidating toward an oligopoly of roughly two to three labs with "
                        + "disproportionate access to top models and the resources to build next-generation systems."));
        assertEquals(Set.of(NodeFactory.createURI(ST + "models-capable")), statementsWithText(g,
                "Current language models are already capable of performing many highly valuable knowledge-work tasks."));
    }

    @Test
    void theSameTextInTwoDigestsOfOneRunIsOneStatementWithAppearancesInBoth() throws IOException {
        // A second digest, CRLF, repeating one of lab-governance's own statements decomposed (NFD) and with a double space.
        String repeated = "Caf\u00e9 conversations in \u6771\u4eac and Z\u00fcrich say <the same thing>: nobody wants to wait.";
        String asWritten = java.text.Normalizer.normalize(repeated, java.text.Normalizer.Form.NFD).replace(" and ", "  and ");
        assertFalse(asWritten.equals(repeated));
        Path other = tmp.resolve("cafe\u0301-notes.txt");
        Files.writeString(other, "Cafe\u0301 Notes\r\nSources: 1 \u2022 Confidence: Low \u2022 Updated: 2026-06-01 12:00\r\n"
                + "Key takeaways\r\n- " + asWritten + "\r\nSections\r\n", StandardCharsets.UTF_8);
        Graph g = ingest("--no-bundled", LAB.toString(), other.toString()).getUnionGraph();
        Set<Node> statements = statementsWithText(g, repeated);
        assertEquals(1, statements.size(), statements::toString);
        Set<String> documents = documentsOf(g, statements.iterator().next());
        assertEquals(2, documents.size(), documents::toString);
        assertTrue(documents.contains(DOC + "lab-governance"), documents::toString);
    }

    @Test
    void eachDocumentRecordsItsSourceFileHashAndTimeRead() throws Exception {
        DatasetGraph dsg = ingest(LAB.toString());
        Graph g = dsg.getGraph(NodeFactory.createURI(GRAPH + "lab-governance.txt"));
        Node doc = NodeFactory.createURI(DOC + "lab-governance");
        Node source = g.find(doc, NodeFactory.createURI(PROV + "wasDerivedFrom"), Node.ANY).next().getObject();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(LAB)));
        assertTrue(g.contains(source, NodeFactory.createURI(PREMISE + "sha256"), Node.ANY));
        assertEquals(sha, g.find(source, NodeFactory.createURI(PREMISE + "sha256"), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertTrue(g.contains(source, NodeFactory.createURI("http://purl.org/dc/terms/identifier"),
                NodeFactory.createLiteralString("lab-governance.txt")));
        Node time = g.find(doc, NodeFactory.createURI(PROV + "generatedAtTime"), Node.ANY).next().getObject();
        assertEquals("http://www.w3.org/2001/XMLSchema#dateTime", time.getLiteralDatatypeURI());
        Node activity = g.find(doc, NodeFactory.createURI(PROV + "wasGeneratedBy"), Node.ANY).next().getObject();
        assertTrue(g.contains(activity, NodeFactory.createURI(PROV + "used"), source));
    }

    @Test
    void whatWasIngestedRendersBackByteForByte() throws IOException {
        Path out = tmp.resolve("ingested.trig");
        Cli.Run run = Cli.run("ingest", LAB.toString(), COMPUTE.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        for (Path digest : List.of(LAB, COMPUTE)) {
            String name = digest.getFileName().toString().replace(".txt", "");
            Cli.Run render = Cli.run("render", name, "--no-bundled", "--data", out.toString());
            assertEquals(0, render.exit(), render.err());
            assertEquals(Files.readString(digest), render.out(), name);
        }
    }

    @Test
    void aMalformedDigestAmongSeveralIsRefusedWithFileAndLineAndNothingIsWritten() throws IOException {
        Path bad = tmp.resolve("bad.txt");
        Files.writeString(bad, "A Title\nSources: three \u2022 Confidence: Low \u2022 Updated: 2026-01-01 00:00\nKey takeaways\n");
        Path out = tmp.resolve("out.trig");
        Cli.Run run = Cli.run("ingest", LAB.toString(), bad.toString(), COMPUTE.toString(), "-o", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("premise: " + bad + ":2:"), run.err());
        assertFalse(Files.exists(out));
        assertEquals("", run.out());
    }

    @Test
    void refusesFilesThatAreNotDigests() {
        Cli.Run run = Cli.run("ingest", "kb/lossy-self-improvement.map.ttl");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("not a digest"), run.err());
    }

    @Test
    void withAStoreLoadsTheDocumentsThere() {
        Path store = tmp.resolve("kb.tdb");
        Cli.Run run = Cli.run("ingest", "--store", store.toString(), LAB.toString(), COMPUTE.toString());
        assertEquals(0, run.exit(), run.err());
        // the bundled digest and map, the two link sets, and the two ingested digests
        assertTrue(run.err().contains("premise: loaded 6 sources"), run.err());
        Cli.Run render = Cli.run("render", "lab-governance", "--store", store.toString());
        assertEquals(0, render.exit(), render.err());
        assertEquals(readString(LAB), render.out());
        Cli.Run count = Cli.run("query", "--store", store.toString(), "--format", "csv", queryFile(
                "PREFIX premise: <" + PREMISE + "> SELECT (COUNT(?f) AS ?n) WHERE { ?f premise:sha256 ?h }"));
        assertEquals(0, count.exit(), count.err());
        assertEquals("2", count.lines().get(1).trim());
        // The seed's statement, repeated in lab-governance, appears in both documents.
        assertEquals("2", countDocuments(store, "st:political-allocation"));
    }

    @Test
    void aLaterIngestIntoTheStoreReusesTheStoresStatements() throws IOException {
        Path store = tmp.resolve("kb.tdb");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), LAB.toString()).exit());
        String text = "Teams competing for one GPU pool spend more time on coordination as headcount grows \u2014 "
                + "\u201cmeetings about meetings\u201d \uD83D\uDCCB.";
        Path later = tmp.resolve("later.txt");
        Files.writeString(later, "Later\nSources: 1 \u2022 Confidence: High \u2022 Updated: 2026-07-01 10:00\n"
                + "Key takeaways\n- " + text + "\nSections\n", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("ingest", "--store", store.toString(), later.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("2", countDocuments(store, "st:teams-competing-for-one-gpu-eaaf42"));
    }

    private String countDocuments(Path store, String statement) {
        Cli.Run run = Cli.run("query", "--store", store.toString(), "--format", "csv", queryFile(
                "PREFIX premise: <" + PREMISE + "> PREFIX st: <" + ST + "> SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { "
                        + statement + " premise:hasAppearance/premise:inDocument ?d }"));
        assertEquals(0, run.exit(), run.err());
        return run.lines().get(1).trim();
    }

    private String queryFile(String query) {
        try {
            Path file = tmp.resolve("q.rq");
            Files.writeString(file, query);
            return file.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
