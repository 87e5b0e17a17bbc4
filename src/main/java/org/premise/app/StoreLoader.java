package org.premise.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.premise.BadInputException;
import org.premise.BundledResources;
import org.premise.Progress;
import org.premise.kb.DatasetLayout;
import org.premise.kb.DerivationGraph;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.SourceSpec;
import org.premise.rdf.Vocab;
import org.premise.reason.DerivationService;
import org.premise.store.BulkWriter;
import org.premise.store.Store;

/**
 * Loads source files into a store, all or none. Everything is parsed, checked and derived in
 * memory first, inside a read transaction that is promoted to a write transaction only for
 * the writing: the new source graphs, the ontology, and the inferred and analysis graphs
 * recomputed over every source, committed together. The inferred graph keeps the base edges
 * of transitive predicates, not their closure pairs; {@code graph:derivation} names those
 * predicates and records what the derived graphs were derived with ({@link DerivationGraph}),
 * so that reading commands can use them as stored ({@link Workspaces}). Every named graph of
 * the store that {@link DatasetLayout#isSource} counts is a source of the derivation, whoever
 * wrote it. An error, or the process dying before
 * the commit, leaves the store as it was.
 */
public final class StoreLoader {
    private StoreLoader() {}

    /** What a load did, and what the store holds afterwards. */
    public record Summary(Path store, int sourcesLoaded, long triplesLoaded, int sources, long sourceTriples,
                          long inferredTriples, long analysisTriples) {
        /** One line for the user. */
        public String describe() {
            return String.format(java.util.Locale.ROOT,
                    "loaded %d source%s (%,d triples) into %s; it now holds %d source%s (%,d triples), "
                            + "%,d inferred and %,d analysis triples",
                    sourcesLoaded, sourcesLoaded == 1 ? "" : "s", triplesLoaded, store,
                    sources, sources == 1 ? "" : "s", sourceTriples, inferredTriples, analysisTriples);
        }
    }

    /**
     * Loads the spec's data files into the spec's store. The bundled knowledge base is loaded
     * too when the store has no sources yet and the spec asks for it. A file whose name is
     * already a source of the store is refused, unless {@code replace}: then its graph is
     * replaced.
     *
     * @param progress told, in one line, when the writing starts
     */
    public static Summary load(SourceSpec spec, boolean replace, Consumer<String> progress) {
        return load(spec, replace, progress, null);
    }

    /**
     * As {@link #load(SourceSpec, boolean, Consumer)}, and when {@code readAt} is not null,
     * each digest file loaded gets a PROV record of its reading ({@code premise ingest}).
     */
    public static Summary load(SourceSpec spec, boolean replace, Consumer<String> progress, java.time.Instant readAt) {
        return load(spec, replace, progress, readAt, Progress.NONE);
    }

    /**
     * As {@link #load(SourceSpec, boolean, Consumer, java.time.Instant)}, reporting how far the
     * reading, the derivation and the writing have got to {@code steps}.
     */
    public static Summary load(SourceSpec spec, boolean replace, Consumer<String> progress, java.time.Instant readAt,
                               Progress steps) {
        Path dir = spec.store();
        if (dir == null) throw new BadInputException("premise load needs --store DIR");
        // Rules first: a bad rule file is found before the store is opened or created.
        DerivationService derivation = DerivationService.of(spec);
        boolean fresh = !Files.exists(dir);
        boolean wasEmpty = !fresh && Files.isDirectory(dir) && Store.isEmptyFolder(dir);
        DatasetGraph store = Store.open(dir);
        boolean done = false;
        try {
            Summary summary = loadInto(store, spec, derivation, replace, progress, readAt, steps);
            done = true;
            return summary;
        } finally {
            if (store.isInTransaction()) store.abort();
            if (store.isInTransaction()) store.end();
            Store.release(store);
            // A failed first load leaves no half-made store behind.
            if (!done && (fresh || wasEmpty)) deleteContents(dir, fresh);
        }
    }

    private static Summary loadInto(DatasetGraph store, SourceSpec spec, DerivationService derivation,
                                    boolean replace, Consumer<String> progress, java.time.Instant readAt,
                                    Progress steps) {
        // READ_PROMOTE: promotion fails if another writer committed since the read began.
        store.begin(TxnType.READ_PROMOTE);
        Map<Node, Graph> stored = Store.sources(store);

        Set<Node> replaced = new HashSet<>();
        for (Path file : spec.data()) {
            String sourceName = org.premise.rdf.InputFile.sourceFileName(file);
            Node graphName = Vocab.sourceGraph(sourceName);
            if (!stored.containsKey(graphName)) continue;
            if (!replace) {
                throw new BadInputException(org.premise.rdf.InputFile.displayName(file), -1, -1,
                        "a source named " + sourceName + " is already in the store (use --replace to replace it)");
            }
            replaced.add(graphName);
        }
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader(BundledResources.onClasspath());
        stored.forEach((name, graph) -> {
            // A replaced source's texts keep their identities in the file that replaces it.
            if (replaced.contains(name)) loader.rememberIdentities(graph);
            else loader.addLoaded(name, graph);
        });
        if (stored.isEmpty() && spec.bundledData()) loader.loadBundled();
        if (readAt != null) loader.recordProvenance(readAt);
        try (Progress.Step reading = steps.start("reading", spec.data().size(), "files")) {
            for (Path file : spec.data()) {
                loader.loadFile(file);
                reading.advance(1);
            }
        }

        Map<Node, Graph> added = new LinkedHashMap<>();
        loader.sources().forEach((name, graph) -> {
            if (!stored.containsKey(name) || replaced.contains(name)) added.put(name, graph);
        });
        Graph ontology = DatasetLayout.ontology();
        KnowledgeBase kb = KnowledgeBase.of(ontology, loader.sources());
        Map<Node, Graph> derived = new LinkedHashMap<>();
        derived.put(Vocab.ONTOLOGY_GRAPH, ontology);
        try (Progress.Step deriving = steps.start("deriving", 0, "steps")) {
            // Closure pairs are not stored: graph:derivation names the predicates a reader re-closes.
            derived.putAll(derivation.derive(kb).derivedGraphs());
        }

        if (!store.promote()) {
            throw new BadInputException(spec.store().toString(), -1, -1,
                    "the store was changed by someone else during the load; nothing was written, try again");
        }
        long triplesLoaded = added.values().stream().mapToLong(Graph::size).sum();
        progress.accept(String.format(java.util.Locale.ROOT, "writing %,d triples to %s", triplesLoaded, spec.store()));
        // Everything that goes is deleted first; then everything that comes goes through the bulk loader.
        for (Node name : replaced) store.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        for (Node name : derived.keySet()) store.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        Map<Node, Graph> writes = new LinkedHashMap<>(added);
        writes.putAll(derived);
        try (Progress.Step writing = steps.start("writing",
                writes.values().stream().mapToLong(Graph::size).sum(), "triples")) {
            BulkWriter.write(store, writes, writing);
        }
        store.commit();
        store.end();

        long sourceTriples = kb.sources().values().stream().mapToLong(Graph::size).sum();
        return new Summary(spec.store(), added.size(), triplesLoaded, kb.sources().size(), sourceTriples,
                derived.get(Vocab.INFERRED_GRAPH).size(), kb.analysis().size());
    }

    private static void deleteContents(Path dir, boolean andFolder) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (andFolder || !p.equals(dir)) Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: an empty store left behind is harmless and can be loaded into.
        }
    }
}
