package org.premise.map;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parsing the XML that {@code premise draw} writes (namespace-aware, no DOCTYPE, nothing fetched), and walking it. */
final class XmlDocuments {
    private XmlDocuments() {}

    /** The document; a parse error (the XML is not well-formed, or has a DOCTYPE) is thrown. */
    static Document parse(String xml) throws Exception {
        return parse(xml, false);
    }

    /** The same, a DOCTYPE allowed but its DTD never read (Graphviz's SVG names one). */
    static Document parse(String xml, boolean doctype) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !doctype);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    /** Every element of the document, in document order. */
    static List<Element> elements(Document doc) {
        List<Element> all = new ArrayList<>();
        collect(doc.getDocumentElement(), all);
        return all;
    }

    private static void collect(Element e, List<Element> all) {
        all.add(e);
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) collect(child, all);
        }
    }

    /** The element children of {@code e} with this local name. */
    static List<Element> children(Element e, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element c && c.getLocalName().equals(localName)) out.add(c);
        }
        return out;
    }
}
