package org.premise.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.BadInputException;
import org.premise.BundledResources;
import org.premise.aif.AifMap;
import org.premise.aif.AifReader;
import org.premise.aif.AifToRdf;
import org.premise.digest.Digest;
import org.premise.digest.DigestReader;
import org.premise.digest.KeyAssignments;
import org.premise.kb.BundledOntology;
import org.premise.kb.DatasetLayout;
import org.premise.kb.DigestGraph;
import org.premise.kb.IngestProvenance;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.SourceSpec;
import org.premise.rdf.InputFile;
import org.premise.rdf.RdfFiles;
import org.premise.rdf.Vocab;
import org.premise.store.Store;

/**
 * Loads the sources a {@link SourceSpec} names into a {@link KnowledgeBase}: the ontology,
 * the bundled knowledge (unless turned off) and the user's files, each source into its own
 * named graph. Digests are read with their {@code .keys} file; a statement text already
 * known from an earlier source keeps that source's IRI. When the spec names a store, the
 * store's sources take the place of the bundled knowledge.
 */
public final class KnowledgeBaseLoader {
    /** Where the bundled knowledge lives on the classpath. */
    public static final String BUNDLED_KB = "premise/kb";
    /** The link sets to other datasets (ontology/links/*.ttl), loaded with the bundled knowledge. */
    public static final String BUNDLED_LINKS = "premise/ontology/links";

    private final BundledResources bundled;
    private final Map<Node, Graph> sources = new LinkedHashMap<>();
    private final Map<String, Node> statementByText = new HashMap<>();
    private final Map<Node, String> textByStatement = new HashMap<>();

    /** When set, each digest file loaded gets a PROV record of its reading (see {@link IngestProvenance}). */
    private java.time.Instant provenanceTime;

    public KnowledgeBaseLoader(BundledResources bundled) {
        this.bundled = bundled;
    }

    /**
     * From now on, records in each digest file's graph where it came from and when it was
     * read ({@code premise ingest} does this; other commands do not, so their output does not
     * change from one run to the next).
     */
    public void recordProvenance(java.time.Instant readAt) {
        this.provenanceTime = readAt;
    }

    /** Loads the ontology, bundled knowledge and user files the spec names. */
    public static KnowledgeBase load(SourceSpec spec) {
        return new KnowledgeBaseLoader(BundledResources.onClasspath()).loadAll(spec);
    }

    KnowledgeBase loadAll(SourceSpec spec) {
        Graph ontology = DatasetLayout.ontology();
        if (spec.store() != null) {
            // The store holds its own knowledge (the seed too, if it was loaded with it).
            Store.readSources(spec.store()).forEach(this::addLoaded);
        } else if (spec.bundledData()) {
            loadBundled();
        }
        for (Path file : spec.data()) loadFile(file);
        return KnowledgeBase.of(ontology, sources);
    }

    /**
     * Adds a source graph already loaded earlier (for example read from a store), under its
     * named-graph IRI: later sources reuse its statements' IRIs and may not reuse its name.
     */
    public void addLoaded(Node graphName, Graph source) {
        if (sources.containsKey(graphName)) {
            throw new BadInputException(graphName.getURI(), -1, -1, "a source with this name is already loaded");
        }
        remember(source);
        sources.put(graphName, source);
    }

    /**
     * Makes the statement texts of a source known without loading it: a file that takes a
     * bundled or stored source's place (the same file name: {@code ingest} of the seed's text,
     * {@code load --replace}) gives the same texts the same IRIs, instead of automatic keys,
     * and the argument maps that name those IRIs still find their statements.
     */
    public void rememberIdentities(Graph replaced) {
        remember(replaced);
    }

    /** Every source loaded so far, by named-graph IRI, in load order. */
    public Map<Node, Graph> sources() {
        return java.util.Collections.unmodifiableMap(sources);
    }

    /**
     * Loads the bundled knowledge base (kb/): its digests first, then its RDF files; then the
     * bundled link sets, each into its own graph {@code graph:links/<name>}.
     */
    public void loadBundled() {
        loadBundledKnowledge();
        bundled.readAll(BUNDLED_LINKS).forEach((name, text) -> {
            if (!name.endsWith(".ttl")) return;
            DatasetGraph parsed = RdfFiles.parse("ontology/links/" + name, text.getBytes(StandardCharsets.UTF_8), Lang.TURTLE);
            Graph g = GraphFactory.createDefaultGraph();
            parsed.find().forEachRemaining(q -> g.add(q.asTriple()));
            addLoaded(Vocab.linkSetGraph(name.substring(0, name.length() - ".ttl".length())), g);
        });
    }

    private void loadBundledKnowledge() {
        SortedMap<String, String> files = bundled.readAll(BUNDLED_KB);
        // Digests first, so that the argument maps' statements already have their texts.
        files.forEach((name, text) -> {
            if (name.endsWith(".txt")) {
                String keysName = name.substring(0, name.length() - 4) + ".keys";
                String keysText = files.get(keysName);
                KeyAssignments keys = keysText == null ? KeyAssignments.none() : KeyAssignments.read("kb/" + keysName, keysText);
                addDigest(name, new DigestReader().read("kb/" + name, text), keys);
            }
        });
        files.forEach((name, text) -> {
            Optional<Lang> lang = RdfFiles.languageOf(name);
            if (lang.isPresent()) addRdf(name, RdfFiles.parse("kb/" + name, text.getBytes(StandardCharsets.UTF_8), lang.get()));
        });
    }

    /**
     * Loads one user file: a digest or RDF in a syntax known by its extension, gzipped or not;
     * {@code -} is standard input ({@link org.premise.rdf.StandardInput}). RDF is parsed as it
     * is read, without a copy of the file in memory.
     */
    public void loadFile(Path file) {
        try (InputFile input = InputFile.open(file)) {
            load(input);
        }
    }

    private void load(InputFile input) {
        String name = input.name();
        String fileName = input.fileName();
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".txt")) {
            byte[] bytes = input.readAllBytes();
            Digest digest = new DigestReader().read(name, bytes);
            KeyAssignments keys;
            byte[] keysBytes = null;
            Optional<Path> sidecar = input.standardInput() ? Optional.empty() : KeyAssignments.sidecarOf(input.path());
            if (sidecar.isPresent()) {
                try {
                    keysBytes = Files.readAllBytes(sidecar.get());
                } catch (IOException e) {
                    throw new BadInputException(sidecar.get().toString(), -1, -1, "cannot read: " + e.getMessage());
                }
                keys = KeyAssignments.read(sidecar.get().toString(), keysBytes);
            } else {
                keys = KeyAssignments.none();
            }
            Graph g = addDigest(fileName, digest, keys);
            if (provenanceTime != null) {
                // The file as named (x.txt.gz), the SHA-256 of the text read; standard input as stdin.txt.
                Path source = input.standardInput() ? Path.of(fileName) : input.path();
                IngestProvenance.add(g, DigestGraph.documentIri(fileName), source, bytes,
                        sidecar.orElse(null), keysBytes, provenanceTime);
            }
            return;
        }
        // AIF is recognised by content (an object with nodes and edges); a .json that is not RDF is read as AIF.
        if (lower.endsWith(".json")) {
            byte[] bytes = input.readAllBytes();
            if (AifReader.looksLikeAif(bytes) || RdfFiles.languageOf(fileName).isEmpty()) {
                addAif(fileName, AifReader.read(name, bytes));
            } else {
                addRdf(fileName, RdfFiles.parse(name, bytes, RdfFiles.languageOf(fileName).get()));
            }
            return;
        }
        Lang lang = RdfFiles.languageOf(fileName).orElseThrow(() -> new BadInputException(name, -1, -1,
                "unknown kind of file: expected .ttl, .trig, .nt, .nq, .jsonld, .rdf, AIF .json or a digest .txt"));
        addRdf(fileName, RdfFiles.parse(input, lang));
    }

    private Graph addDigest(String fileName, Digest digest, KeyAssignments keyAssignments) {
        Map<String, String> keys = keyAssignments.resolve(digest);
        keyAssignments.checkAgainstKnown(digest, text -> {
            Node known = statementByText.get(text);
            return known == null ? null : keyOf(known);
        }, key -> textByStatement.get(Vocab.statement(key)));
        String where = keyAssignments.source().orElse(fileName);
        // A key already naming a different text elsewhere would merge two statements.
        keys.forEach((text, key) -> {
            String existing = textByStatement.get(Vocab.statement(key));
            if (existing != null && !existing.equals(text) && !statementByText.containsKey(text)) {
                throw new BadInputException(where, -1, -1, "key \"" + key + "\" already names a different statement");
            }
        });
        Node doc = DigestGraph.documentIri(fileName);
        Node graphName = Vocab.sourceGraph(fileName);
        if (sources.containsKey(graphName)) {
            throw new BadInputException(fileName, -1, -1, "a source with this file name is already loaded");
        }
        Graph g = DigestGraph.build(doc, digest, keys, text -> Optional.ofNullable(statementByText.get(text)));
        BundledOntology.conceptTagger().tag(g);
        remember(g);
        sources.put(graphName, g);
        return g;
    }

    /** Adds an AIF map as the source named after its file (see {@link AifToRdf}). */
    public void addAif(String fileName, AifMap map) {
        Graph g = AifToRdf.toGraph(fileName, map);
        Node graphName = Vocab.sourceGraph(fileName);
        if (sources.containsKey(graphName)) {
            throw new BadInputException(fileName, -1, -1, "a source with this file name is already loaded");
        }
        remember(g);
        sources.put(graphName, g);
    }

    /**
     * Adds the graphs of an RDF file as sources: its default graph, if it has triples, as the
     * source named after the file, and each named graph (TriG, N-Quads, JSON-LD) as a source of
     * its own under its own name, as a store or a server keeps them ({@link DatasetLayout}), so
     * that what {@code ingest} or {@code infer --format trig} writes reads back graph by graph.
     * Graphs that are not sources by that definition (the ontology and the derived graphs
     * {@code infer} writes) are left out: they are derived again, and the ontology in use is
     * always the bundled one. A graph named by a blank node joins the file's own graph.
     */
    private void addRdf(String fileName, DatasetGraph parsed) {
        Node fileGraph = Vocab.sourceGraph(fileName);
        // A file of triples is its default graph, taken as it is (copying 10^6 triples costs seconds).
        if (!parsed.listGraphNodes().hasNext()) {
            addRdfGraph(fileName, fileGraph, parsed.getDefaultGraph());
            return;
        }
        Map<Node, List<Graph>> parts = new LinkedHashMap<>();
        if (!parsed.getDefaultGraph().isEmpty()) parts.put(fileGraph, new ArrayList<>(List.of(parsed.getDefaultGraph())));
        List<Node> names = new ArrayList<>();
        parsed.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::toString));
        for (Node name : names) {
            if (name.isURI() && !DatasetLayout.isSource(name)) continue;
            parts.computeIfAbsent(name.isURI() ? name : fileGraph, k -> new ArrayList<>()).add(parsed.getGraph(name));
        }
        parts.forEach((name, graphs) -> {
            Graph g = graphs.get(0);
            if (graphs.size() > 1) {
                g = GraphFactory.createDefaultGraph();
                for (Graph part : graphs) part.find().forEachRemaining(g::add);
            }
            addRdfGraph(fileName, name, g);
        });
    }

    private void addRdfGraph(String fileName, Node graphName, Graph g) {
        if (sources.containsKey(graphName)) {
            throw new BadInputException(fileName, -1, -1, graphName.equals(Vocab.sourceGraph(fileName))
                    ? "a source with this file name is already loaded"
                    : "its graph <" + graphName.getURI() + "> is already a source (loaded from another file, the store "
                            + "or the bundled knowledge)");
        }
        remember(g);
        sources.put(graphName, g);
    }

    /** The key a statement IRI is named by ({@code st:models-capable} → {@code models-capable}), or the IRI. */
    private static String keyOf(Node statement) {
        String iri = statement.getURI();
        return iri.startsWith(Vocab.STATEMENT) ? iri.substring(Vocab.STATEMENT.length()) : iri;
    }

    private void remember(Graph g) {
        Map<String, Node> texts = new HashMap<>();
        DigestGraph.collectTexts(g, texts);
        texts.forEach((text, node) -> {
            statementByText.putIfAbsent(text, node);
            textByStatement.putIfAbsent(node, text);
        });
    }

}
