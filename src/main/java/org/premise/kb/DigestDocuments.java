package org.premise.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.premise.BadInputException;
import org.premise.ClosestNames;
import org.premise.digest.Digest;
import org.premise.digest.Section;
import org.premise.rdf.GraphLookup;
import org.premise.rdf.Vocab;

/**
 * Reads a document back out of the graph as a {@link Digest}, so it can be written as
 * text again ({@code premise render}): the graph, not the source file, is what is read.
 */
public final class DigestDocuments {
    private DigestDocuments() {}

    /** The documents in a graph, by IRI, sorted. */
    public static List<Node> documents(Graph g) {
        List<Node> docs = new ArrayList<>();
        g.find(Node.ANY, Vocab.rdfType, Vocab.Document).forEachRemaining(t -> docs.add(t.getSubject()));
        docs.sort((a, b) -> a.toString().compareTo(b.toString()));
        return docs;
    }

    /**
     * Finds a document by name: its IRI, a prefixed name ({@code doc:lossy-self-improvement}),
     * or its short name; with no name, the only document there is.
     */
    public static Node find(Graph g, String name) {
        List<Node> docs = documents(g);
        if (name == null || name.isBlank()) {
            if (docs.size() == 1) return docs.get(0);
            if (docs.isEmpty()) throw new BadInputException("no document is loaded: add a digest with --data FILE.txt");
            throw new BadInputException("several documents are loaded: name one of " + shortNames(docs));
        }
        String expanded = Vocab.PREFIXES.expandPrefix(name);
        for (Node d : docs) {
            String iri = d.getURI();
            if (iri.equals(name) || iri.equals(expanded) || iri.equals(Vocab.DOCUMENT + name)
                    || iri.equals(name.replaceAll("^<|>$", ""))) {
                return d;
            }
        }
        throw new BadInputException("unknown document \"" + name + "\"; known documents: "
                + String.join(", ", ClosestNames.closest(name, shortNames(docs), 5)));
    }

    private static List<String> shortNames(List<Node> docs) {
        return docs.stream().map(d -> d.getURI().startsWith(Vocab.DOCUMENT)
                ? d.getURI().substring(Vocab.DOCUMENT.length()) : d.getURI()).toList();
    }

    /** Rebuilds the digest of a document from the graph. */
    public static Digest toDigest(Graph g, Node doc) {
        String title = literal(g, doc, Vocab.dctermsTitle);
        int sources = Integer.parseInt(literal(g, doc, Vocab.sourceCount));
        String confidence = literal(g, doc, Vocab.confidence);
        String updated = literal(g, doc, Vocab.updatedAsWritten);
        String lineEnding = "CRLF".equals(literal(g, doc, Vocab.lineEnding)) ? "\r\n" : "\n";
        boolean endsWithLineEnding = Boolean.parseBoolean(literal(g, doc, Vocab.endsWithLineEnding));
        boolean unknownsBlock = Boolean.parseBoolean(literal(g, doc, Vocab.hasUnknownsBlock));
        Node mark = GraphLookup.object(g, doc, Vocab.startsWithByteOrderMark);
        boolean byteOrderMark = mark != null && Boolean.parseBoolean(mark.getLiteralLexicalForm());

        TreeMap<Integer, Node> sectionNodes = new TreeMap<>();
        g.find(doc, Vocab.hasSection, Node.ANY).forEachRemaining(t ->
                sectionNodes.put(Integer.parseInt(literal(g, t.getObject(), Vocab.position)), t.getObject()));

        TreeMap<Integer, String> takeaways = new TreeMap<>();
        TreeMap<Integer, String> unknowns = new TreeMap<>();
        Map<Node, TreeMap<Integer, String>> bullets = new java.util.HashMap<>();
        g.find(Node.ANY, Vocab.inDocument, doc).forEachRemaining((Triple t) -> {
            Node app = t.getSubject();
            int position = Integer.parseInt(literal(g, app, Vocab.position));
            String text = writtenText(g, app);
            Node block = object(g, app, Vocab.inBlock);
            if (Vocab.KeyTakeaways.equals(block)) {
                takeaways.put(position, text);
            } else if (Vocab.Unknowns.equals(block)) {
                unknowns.put(position, text);
            } else {
                bullets.computeIfAbsent(object(g, app, Vocab.inSection), k -> new TreeMap<>()).put(position, text);
            }
        });
        List<Section> sections = new ArrayList<>();
        sectionNodes.values().forEach(s -> sections.add(new Section(literal(g, s, Vocab.dctermsTitle),
                new ArrayList<>(bullets.getOrDefault(s, new TreeMap<>()).values()))));
        return new Digest(title, sources, confidence, updated, new ArrayList<>(takeaways.values()), sections,
                new ArrayList<>(unknowns.values()), unknownsBlock, lineEnding, endsWithLineEnding,
                byteOrderMark);
    }

    private static String writtenText(Graph g, Node appearance) {
        Node asWritten = GraphLookup.object(g, appearance, Vocab.textAsWritten);
        if (asWritten != null) return asWritten.getLiteralLexicalForm();
        var it = g.find(Node.ANY, Vocab.hasAppearance, appearance);
        try {
            if (!it.hasNext()) throw new BadInputException("appearance " + appearance.getURI() + " belongs to no statement");
            return literal(g, it.next().getSubject(), Vocab.text);
        } finally {
            it.close();
        }
    }

    private static String literal(Graph g, Node s, Node p) {
        return object(g, s, p).getLiteralLexicalForm();
    }

    private static Node object(Graph g, Node s, Node p) {
        Node o = GraphLookup.object(g, s, p);
        if (o == null) {
            throw new BadInputException("cannot render " + s + ": it has no " + Vocab.PREFIXES.shortForm(p.getURI()));
        }
        return o;
    }

}
