package org.premise.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.digest.Appearance;
import org.premise.digest.Digest;
import org.premise.digest.Section;
import org.premise.digest.Statement;
import org.premise.digest.StatementText;
import org.premise.rdf.Vocab;

/**
 * Turns a research digest into RDF under the Premise ontology: the document, its sections,
 * its statements (one node per distinct normalised text) and every appearance (block,
 * section, position). Everything needed to write the document back out is kept, so
 * {@link DigestDocuments#toDigest} gives the same digest again.
 */
public final class DigestGraph {
    private static final java.time.format.DateTimeFormatter XSD_DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private DigestGraph() {}

    /** The document IRI for a digest file name: {@code doc:<name without .txt>}. */
    public static Node documentIri(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (base.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) base = base.substring(0, base.length() - 4);
        return NodeFactory.createURI(Vocab.DOCUMENT + Vocab.encodeSegment(base));
    }

    /**
     * Builds the graph of one digest.
     *
     * @param document     the document's IRI
     * @param digest       the digest as read
     * @param keys         normalised statement text to key (curated or automatic)
     * @param knownStatement finds a statement with the same normalised text already in the
     *                     knowledge base, so that the same text in two documents is one statement
     */
    public static Graph build(Node document, Digest digest, Map<String, String> keys,
                              Function<String, Optional<Node>> knownStatement) {
        Graph g = GraphFactory.createDefaultGraph();
        String doc = document.getURI();
        g.add(document, Vocab.rdfType, Vocab.Document);
        g.add(document, Vocab.dctermsTitle, str(digest.title()));
        g.add(document, Vocab.sourceCount, NodeFactory.createLiteralByValue(digest.sourceCount(), XSDDatatype.XSDinteger));
        g.add(document, Vocab.confidence, str(digest.confidence()));
        g.add(document, Vocab.updatedAsWritten, str(digest.updated()));
        // xsd:dateTime without an offset: the digest gives none, and inventing one would be wrong.
        g.add(document, Vocab.dctermsModified, NodeFactory.createLiteralDT(
                digest.updatedDateTime().format(XSD_DATE_TIME), XSDDatatype.XSDdateTime));
        g.add(document, Vocab.lineEnding, str(digest.lineEnding().equals("\n") ? "LF" : "CRLF"));
        g.add(document, Vocab.endsWithLineEnding, bool(digest.endsWithLineEnding()));
        // Only when there is one: absent means none, and graphs of documents without one stay as they were.
        if (digest.byteOrderMark()) g.add(document, Vocab.startsWithByteOrderMark, bool(true));
        g.add(document, Vocab.hasUnknownsBlock, bool(digest.unknownsBlock()));

        List<Node> sections = new ArrayList<>();
        for (int s = 0; s < digest.sections().size(); s++) {
            Section section = digest.sections().get(s);
            Node sectionNode = NodeFactory.createURI(doc + "/section/" + (s + 1));
            sections.add(sectionNode);
            g.add(document, Vocab.hasSection, sectionNode);
            g.add(sectionNode, Vocab.rdfType, Vocab.Section);
            g.add(sectionNode, Vocab.dctermsTitle, str(section.title()));
            g.add(sectionNode, Vocab.position, integer(s + 1));
        }

        for (Statement statement : digest.statements()) {
            String text = statement.text();
            Node node = knownStatement.apply(text).orElseGet(() -> Vocab.statement(keys.get(text)));
            g.add(node, Vocab.rdfType, statement.isOpenQuestion() ? Vocab.OpenQuestion : Vocab.Statement);
            g.add(node, Vocab.text, str(text));
            g.add(node, Vocab.key, str(node.getURI().substring(node.getURI().lastIndexOf('/') + 1)));
            for (Appearance at : statement.appearances()) {
                Node app = appearanceIri(doc, at);
                g.add(node, Vocab.hasAppearance, app);
                g.add(app, Vocab.rdfType, Vocab.Appearance);
                g.add(app, Vocab.inDocument, document);
                g.add(app, Vocab.position, integer(at.position()));
                switch (at.block()) {
                    case TAKEAWAYS -> g.add(app, Vocab.inBlock, Vocab.KeyTakeaways);
                    case UNKNOWNS -> g.add(app, Vocab.inBlock, Vocab.Unknowns);
                    case SECTIONS -> {
                        g.add(app, Vocab.inBlock, Vocab.Sections);
                        g.add(app, Vocab.inSection, sections.get(at.section() - 1));
                    }
                }
                String written = digest.textAt(at);
                if (!written.equals(text)) g.add(app, Vocab.textAsWritten, str(written));
            }
        }
        return g;
    }

    static Node appearanceIri(String doc, Appearance at) {
        return NodeFactory.createURI(switch (at.block()) {
            case TAKEAWAYS -> doc + "/takeaway/" + at.position();
            case UNKNOWNS -> doc + "/unknown/" + at.position();
            case SECTIONS -> doc + "/section/" + at.section() + "/bullet/" + at.position();
        });
    }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    private static Node integer(int i) { return NodeFactory.createLiteralByValue(i, XSDDatatype.XSDinteger); }

    private static Node bool(boolean b) { return NodeFactory.createLiteralByValue(b, XSDDatatype.XSDboolean); }

    /** Every (normalised text → statement) pair of a graph. */
    public static void collectTexts(Graph g, Map<String, Node> into) {
        g.find(Node.ANY, Vocab.text, Node.ANY).forEachRemaining((Triple t) -> {
            if (t.getObject().isLiteral()) into.putIfAbsent(StatementText.normalize(t.getObject().getLiteralLexicalForm()), t.getSubject());
        });
    }
}
