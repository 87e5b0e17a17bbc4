package org.premise.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.premise.BadInputException;
import org.premise.BundledResources;
import org.premise.Progress;
import org.premise.rdf.StandardInput;
import org.premise.rdf.Vocab;

/**
 * Reads research digests for {@code premise ingest}: each into its own named graph, tagged with
 * concepts and with a PROV record of its reading. A statement text already known keeps its IRI,
 * whether it was known from the bundled knowledge base or from a digest read earlier in the
 * same run. Every file is read before anything is returned, so one malformed document means
 * no graphs at all.
 */
public final class DigestIngest {
    private DigestIngest() {}

    /** Refuses anything that is not a digest {@code .txt} file, before any file is read. */
    public static void checkDigestNames(List<Path> files) {
        if (files.isEmpty()) throw new BadInputException("premise ingest needs at least one digest FILE.txt");
        StandardInput.atMostOnce(files);
        for (Path file : files) {
            if (StandardInput.is(file)) continue;
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
            if (!name.endsWith(".txt")) {
                throw new BadInputException(file.toString(), -1, -1,
                        "not a digest: premise ingest reads digest .txt files (use premise load for RDF)");
            }
        }
    }

    /**
     * The named graphs of the given digests only (not of the knowledge they were matched
     * against), in the order given.
     *
     * @param withBundled match statement texts against the bundled knowledge base too
     */
    public static Map<Node, Graph> read(List<Path> files, boolean withBundled, Instant readAt) {
        return read(files, withBundled, readAt, Progress.NONE);
    }

    /** As {@link #read(List, boolean, Instant)}, reporting each document read to {@code progress}. */
    public static Map<Node, Graph> read(List<Path> files, boolean withBundled, Instant readAt, Progress progress) {
        checkDigestNames(files);
        Set<Node> names = new HashSet<>();
        for (Path file : files) names.add(Vocab.sourceGraph(org.premise.rdf.InputFile.sourceFileName(file)));
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader(BundledResources.onClasspath());
        if (withBundled) {
            KnowledgeBaseLoader bundled = new KnowledgeBaseLoader(BundledResources.onClasspath());
            bundled.loadBundled();
            // A digest ingested under a bundled file's name takes that file's place, and its
            // texts keep the identities the bundled file gave them.
            bundled.sources().forEach((name, graph) -> {
                if (names.contains(name)) loader.rememberIdentities(graph);
                else loader.addLoaded(name, graph);
            });
        }
        loader.recordProvenance(readAt);
        try (Progress.Step reading = progress.start("reading", files.size(), "documents")) {
            for (Path file : files) {
                loader.loadFile(file);
                reading.advance(1);
            }
        }
        Map<Node, Graph> ingested = new LinkedHashMap<>();
        loader.sources().forEach((name, graph) -> {
            if (names.contains(name)) ingested.put(name, graph);
        });
        return ingested;
    }
}
