package org.premise.aif;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.premise.BadInputException;
import org.premise.ClosestNames;
import org.premise.kb.KnowledgeBase;
import org.premise.rdf.Vocab;

/** Chooses what {@code premise export-aif} writes: one source, or every source together. */
public final class AifExport {
    private AifExport() {}

    /**
     * The AIF JSON of the named source (file name or named-graph IRI), of a digest's document
     * (its {@code doc:} name: the statements appearing in it and the arguments for them), or
     * of every source when null.
     */
    public static JsonObject export(KnowledgeBase kb, String source) {
        Map<Node, Graph> sources = kb.sources();
        MultiUnion union = new MultiUnion();
        sources.values().forEach(union::addGraph);
        if (source == null) return RdfToAif.export(union);
        Node document = documentNamed(source.trim());
        if (document != null && union.contains(document, Vocab.rdfType, Vocab.Document)) {
            return RdfToAif.export(aboutDocument(union, document));
        }
        String name = source.trim();
        if (name.startsWith("<") && name.endsWith(">")) name = name.substring(1, name.length() - 1);
        if (name.startsWith("graph:")) name = Vocab.GRAPH + name.substring("graph:".length());
        for (Map.Entry<Node, Graph> e : sources.entrySet()) {
            if (e.getKey().getURI().equals(name) || e.getKey().equals(Vocab.sourceGraph(name))) return RdfToAif.export(e.getValue());
        }
        TreeSet<String> names = new TreeSet<>();
        union.find(Node.ANY, Vocab.rdfType, Vocab.Document).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Vocab.DOCUMENT)) {
                names.add("doc:" + t.getSubject().getURI().substring(Vocab.DOCUMENT.length()));
            }
        });
        String prefix = Vocab.GRAPH + "source/";
        for (Node g : sources.keySet()) {
            String uri = g.getURI();
            names.add(uri.startsWith(prefix) ? java.net.URLDecoder.decode(uri.substring(prefix.length()), java.nio.charset.StandardCharsets.UTF_8) : uri);
        }
        List<String> closest = ClosestNames.closest(source, names, 5);
        throw new BadInputException("no source or document \"" + source + "\" is loaded"
                + (closest.isEmpty() ? "" : "; closest: " + String.join(", ", closest)));
    }

    private static Node documentNamed(String name) {
        String n = name;
        if (n.startsWith("<") && n.endsWith(">")) n = n.substring(1, n.length() - 1);
        if (n.startsWith("doc:")) n = Vocab.DOCUMENT + n.substring("doc:".length());
        if (!n.startsWith("http://") && !n.startsWith("https://")) return null;
        return NodeFactory.createURI(n);
    }

    /**
     * The statements appearing in the document, the arguments concluding them (with their
     * premises) and the attacks, rephrases and preferences among these statements.
     */
    private static Graph aboutDocument(Graph g, Node document) {
        Set<Node> statements = new LinkedHashSet<>();
        g.find(Node.ANY, Vocab.inDocument, document).forEachRemaining(a ->
                g.find(Node.ANY, Vocab.hasAppearance, a.getSubject()).forEachRemaining(t -> statements.add(t.getSubject())));
        Set<Node> arguments = new LinkedHashSet<>();
        for (Node s : new ArrayList<>(statements)) {
            g.find(Node.ANY, Vocab.conclusion, s).forEachRemaining(t -> {
                arguments.add(t.getSubject());
                g.find(t.getSubject(), Vocab.premiseOf, Node.ANY).forEachRemaining(p -> statements.add(p.getObject()));
            });
        }
        Set<Node> relations = Set.of(Vocab.undercuts, Vocab.rebuts, AifTerms.rephrases, AifTerms.preferredTo);
        Graph result = GraphFactory.createDefaultGraph();
        for (Node s : statements) {
            g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getPredicate().equals(Vocab.hasAppearance)) return;
                if (relations.contains(t.getPredicate()) && !statements.contains(t.getObject())) return;
                result.add(t);
            });
        }
        for (Node a : arguments) g.find(a, Node.ANY, Node.ANY).forEachRemaining(result::add);
        return result;
    }
}
