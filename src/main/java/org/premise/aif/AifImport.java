package org.premise.aif;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.BadInputException;
import org.premise.Progress;
import org.premise.rdf.InputFile;
import org.premise.rdf.StandardInput;
import org.premise.rdf.Vocab;

/** Imports AIF files: each map read, checked and mapped to its own named graph, all before anything is written. */
public final class AifImport {
    private AifImport() {}

    /** Reads and maps every file; the first problem stops the import. */
    public static Map<Node, Graph> read(List<Path> files) {
        return read(files, Progress.NONE);
    }

    /** As {@link #read(List)}, reporting each map read to {@code progress}. */
    public static Map<Node, Graph> read(List<Path> files, Progress progress) {
        try (Progress.Step reading = progress.start("reading", files.size(), "maps")) {
            return read(files, reading);
        }
    }

    private static Map<Node, Graph> read(List<Path> files, Progress.Step reading) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        StandardInput.atMostOnce(files);
        for (Path file : files) {
            byte[] bytes;
            String name;
            String fileName;
            try (InputFile input = InputFile.open(file)) {
                bytes = input.readAllBytes();
                name = input.name();
                fileName = input.fileName();
            }
            Node graphName = Vocab.sourceGraph(fileName);
            if (graphs.containsKey(graphName)) {
                throw new BadInputException(name, -1, -1, "a source with this file name is already loaded");
            }
            graphs.put(graphName, AifToRdf.toGraph(fileName, AifReader.read(name, bytes)));
            reading.advance(1);
        }
        return graphs;
    }

    /** Writes the graphs: quad syntaxes keep each map in its named graph; Turtle merges them. */
    public static void write(Map<Node, Graph> graphs, RDFFormat format, OutputStream out) {
        if (format.getLang().equals(org.apache.jena.riot.Lang.TURTLE)) {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
            graphs.values().forEach(s -> s.find().forEachRemaining(g::add));
            RDFDataMgr.write(out, g, format);
        } else {
            DatasetGraph dsg = DatasetGraphFactory.createGeneral();
            dsg.prefixes().putAll(Vocab.PREFIXES);
            graphs.forEach(dsg::addGraph);
            RDFDataMgr.write(out, dsg, format);
        }
    }
}
