package org.premise.aif;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.premise.BadInputException;
import org.premise.ClosestNames;
import org.premise.kb.KnowledgeBase;
import org.premise.kb.Vocab;

/** Chooses what {@code premise export-aif} writes: one source, or every source together. */
public final class AifExport {
    private AifExport() {}

    /** The AIF JSON of the named source (file name or named-graph IRI), or of every source when null. */
    public static JsonObject export(KnowledgeBase kb, String source) {
        Map<Node, Graph> sources = kb.sources();
        if (source == null) {
            MultiUnion union = new MultiUnion();
            sources.values().forEach(union::addGraph);
            return RdfToAif.export(union);
        }
        String name = source.trim();
        if (name.startsWith("<") && name.endsWith(">")) name = name.substring(1, name.length() - 1);
        if (name.startsWith("graph:")) name = Vocab.GRAPH + name.substring("graph:".length());
        for (Map.Entry<Node, Graph> e : sources.entrySet()) {
            if (e.getKey().getURI().equals(name) || e.getKey().equals(Vocab.sourceGraph(name))) return RdfToAif.export(e.getValue());
        }
        TreeSet<String> names = new TreeSet<>();
        String prefix = Vocab.GRAPH + "source/";
        for (Node g : sources.keySet()) {
            String uri = g.getURI();
            names.add(uri.startsWith(prefix) ? java.net.URLDecoder.decode(uri.substring(prefix.length()), java.nio.charset.StandardCharsets.UTF_8) : uri);
        }
        List<String> closest = ClosestNames.closest(source, names, 5);
        throw new BadInputException("no source \"" + source + "\" is loaded"
                + (closest.isEmpty() ? "" : "; closest: " + String.join(", ", closest)));
    }
}
