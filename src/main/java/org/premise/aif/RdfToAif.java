package org.premise.aif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.premise.rdf.GraphLookup;
import org.premise.rdf.Vocab;
import org.premise.reason.ArgumentGraphReader;

/**
 * Writes AIF JSON from a graph: the nodes and edges an import recorded, with their original
 * ids, texts, types, timestamps, schemes and extra fields; then, for whatever the graph states
 * without a record (statements, arguments, undercuts, rebuts, rephrases, preferences made in
 * Premise), new nodes and edges with freshly minted ids. A rebut becomes two CA nodes, one in
 * each direction.
 */
public final class RdfToAif {
    private final Graph g;
    private final Map<Node, JsonObject> nodes = new LinkedHashMap<>();
    private final Set<String> nodeIds = new HashSet<>();
    private final Set<String> edgeIds = new HashSet<>();
    private final List<JsonObject> edges = new ArrayList<>();
    private final Set<List<Node>> links = new HashSet<>();
    private long nextNodeId = 1;
    private long nextEdgeId = 1;

    private RdfToAif(Graph g) {
        this.g = g;
    }

    /** The AIF JSON object for a graph (one source, or several together). */
    public static JsonObject export(Graph g) {
        return new RdfToAif(g).build();
    }

    private JsonObject build() {
        // Recorded nodes first, in id order; ids already taken (two maps exported together) are re-minted.
        List<Node> recorded = new ArrayList<>();
        g.find(Node.ANY, AifTerms.aifNodeID, Node.ANY).forEachRemaining(t -> recorded.add(t.getSubject()));
        recorded.sort(Comparator.comparing((Node n) -> numeric(lexical(n, AifTerms.aifNodeID)))
                .thenComparing(n -> lexical(n, AifTerms.aifNodeID)).thenComparing(ArgumentGraphReader::id));
        for (Node n : recorded) {
            Node id = first(n, AifTerms.aifNodeID);
            long v = numeric(id.getLiteralLexicalForm());
            if (v != Long.MAX_VALUE) nextNodeId = Math.max(nextNodeId, v + 1);
        }
        g.find(Node.ANY, AifTerms.aifEdgeID, Node.ANY).forEachRemaining(t -> {
            long v = numeric(t.getObject().getLiteralLexicalForm());
            if (v != Long.MAX_VALUE) nextEdgeId = Math.max(nextEdgeId, v + 1);
        });
        for (Node n : recorded) {
            if (nodes.containsKey(n)) continue;
            Node id = first(n, AifTerms.aifNodeID);
            String type = lexical(n, AifTerms.aifType);
            if (type == null) type = g.contains(n, Vocab.rdfType, Vocab.Argument) ? "RA" : "I";
            JsonValue idValue = nodeIds.contains(id.getLiteralLexicalForm()) ? mintNodeId() : idValue(id);
            addNode(n, idValue, type);
        }

        // Then what Premise states without a record.
        Set<Node> statements = new TreeSet<>(Comparator.comparing(ArgumentGraphReader::id));
        g.find(Node.ANY, Vocab.text, Node.ANY).forEachRemaining(t -> statements.add(t.getSubject()));
        for (Node p : List.of(Vocab.undercuts, Vocab.rebuts, AifTerms.rephrases)) {
            g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> { statements.add(t.getSubject()); statements.add(t.getObject()); });
        }
        g.find(Node.ANY, Vocab.premiseOf, Node.ANY).forEachRemaining(t -> statements.add(t.getObject()));
        g.find(Node.ANY, Vocab.conclusion, Node.ANY).forEachRemaining(t -> statements.add(t.getObject()));
        g.find(Node.ANY, Vocab.rdfType, Vocab.OpenQuestion).forEachRemaining(t -> statements.remove(t.getSubject()));
        for (Node s : statements) if (!s.isLiteral() && !nodes.containsKey(s)) addNode(s, mintNodeId(), "I");
        Set<Node> arguments = new TreeSet<>(Comparator.comparing(ArgumentGraphReader::id));
        g.find(Node.ANY, Vocab.conclusion, Node.ANY).forEachRemaining(t -> arguments.add(t.getSubject()));
        for (Node a : arguments) if (!nodes.containsKey(a)) addNode(a, mintNodeId(), "RA");

        // Recorded edges between exported nodes.
        List<Node> edgeRecords = new ArrayList<>();
        g.find(Node.ANY, Vocab.rdfType, AifTerms.AifEdge).forEachRemaining(t -> edgeRecords.add(t.getSubject()));
        edgeRecords.sort(Comparator.comparing((Node e) -> numeric(lexical(e, AifTerms.aifEdgeID)))
                .thenComparing(ArgumentGraphReader::id));
        for (Node e : edgeRecords) {
            Node from = first(e, AifTerms.aifFrom), to = first(e, AifTerms.aifTo);
            if (from == null || to == null || !nodes.containsKey(from) || !nodes.containsKey(to)) continue;
            Node id = first(e, AifTerms.aifEdgeID);
            JsonValue idValue = id == null ? null : edgeIds.contains(id.getLiteralLexicalForm()) ? mintEdgeId() : idValue(id);
            addEdge(idValue, from, to, extra(e));
        }

        // Edges and S-nodes the semantics needs and no record gives.
        for (Node a : arguments) {
            g.find(a, Vocab.premiseOf, Node.ANY).forEachRemaining(t -> ensureEdge(t.getObject(), a));
            g.find(a, Vocab.conclusion, Node.ANY).forEachRemaining(t -> ensureEdge(a, t.getObject()));
        }
        relation(Vocab.undercuts, "CA", false);
        relation(Vocab.rebuts, "CA", true);
        relation(AifTerms.rephrases, "MA", false);
        relation(AifTerms.preferredTo, "PA", false);

        JsonObject root = new JsonObject();
        JsonArray nodeArray = new JsonArray();
        nodes.values().forEach(nodeArray::add);
        root.put("nodes", nodeArray);
        JsonArray edgeArray = new JsonArray();
        edges.forEach(edgeArray::add);
        root.put("edges", edgeArray);
        JsonArray locutions = new JsonArray();
        List<String> locutionTexts = new ArrayList<>();
        g.find(Node.ANY, AifTerms.aifLocution, Node.ANY).forEachRemaining(t -> locutionTexts.add(t.getObject().getLiteralLexicalForm()));
        locutionTexts.stream().sorted().forEach(l -> locutions.add(AifJson.parse(l)));
        root.put("locutions", locutions);
        g.find(Node.ANY, Vocab.rdfType, AifTerms.AifMap).forEachRemaining(t -> {
            JsonObject extra = extra(t.getSubject());
            for (String k : extra.keys()) if (!root.hasKey(k)) root.put(k, extra.get(k));
        });
        return root;
    }

    private void addNode(Node n, JsonValue id, String type) {
        JsonObject o = new JsonObject();
        o.put("nodeID", id);
        String text = lexical(n, Vocab.text);
        if (text == null) text = lexical(n, AifTerms.aifText);
        if (text == null && !g.contains(n, AifTerms.aifNodeID, Node.ANY)) {
            text = type.equals("RA") ? orElse(lexical(n, AifTerms.scheme), "RA") : orElse(lexical(n, Vocab.key), type);
        }
        if (text != null) o.put("text", text);
        o.put("type", type);
        String timestamp = lexical(n, AifTerms.dctermsCreated);
        if (timestamp != null) o.put("timestamp", timestamp);
        String scheme = lexical(n, AifTerms.scheme);
        if (scheme != null) o.put("scheme", scheme);
        JsonObject extra = extra(n);
        for (String k : extra.keys()) if (!o.hasKey(k)) o.put(k, extra.get(k));
        nodes.put(n, o);
        nodeIds.add(id.isString() ? id.getAsString().value() : id.getAsNumber().value().toString());
    }

    private void addEdge(JsonValue id, Node from, Node to, JsonObject extra) {
        JsonObject o = new JsonObject();
        if (id != null) {
            o.put("edgeID", id);
            edgeIds.add(id.isString() ? id.getAsString().value() : id.getAsNumber().value().toString());
        }
        // An edge names a node as the node's own nodeID is written (a string, or a number).
        o.put("fromID", nodes.get(from).get("nodeID"));
        o.put("toID", nodes.get(to).get("nodeID"));
        for (String k : extra.keys()) if (!o.hasKey(k)) o.put(k, extra.get(k));
        edges.add(o);
        links.add(List.of(from, to));
    }

    private void ensureEdge(Node from, Node to) {
        if (nodes.containsKey(from) && nodes.containsKey(to) && !links.contains(List.of(from, to))) {
            addEdge(mintEdgeId(), from, to, new JsonObject());
        }
    }

    /** Each pair the property relates, as a path through an S-node of the given type (minted if absent). */
    private void relation(Node property, String type, boolean symmetric) {
        List<Triple> triples = g.find(Node.ANY, property, Node.ANY).toList();
        for (Triple t : triples) {
            link(t.getSubject(), t.getObject(), type);
            if (symmetric) link(t.getObject(), t.getSubject(), type);
        }
    }

    private void link(Node from, Node to, String type) {
        if (!nodes.containsKey(from) || !nodes.containsKey(to)) return;
        for (Map.Entry<Node, JsonObject> e : nodes.entrySet()) {
            Node s = e.getKey();
            if (type.equals(e.getValue().get("type").getAsString().value())
                    && links.contains(List.of(from, s)) && links.contains(List.of(s, to))) return;
        }
        Node s = org.apache.jena.graph.NodeFactory.createBlankNode();
        JsonObject o = new JsonObject();
        JsonValue id = mintNodeId();
        o.put("nodeID", id);
        o.put("text", type);
        o.put("type", type);
        nodes.put(s, o);
        nodeIds.add(id.getAsString().value());
        addEdge(mintEdgeId(), from, s, new JsonObject());
        addEdge(mintEdgeId(), s, to, new JsonObject());
    }

    private JsonValue mintNodeId() {
        while (nodeIds.contains(Long.toString(nextNodeId))) nextNodeId++;
        return new JsonString(Long.toString(nextNodeId++));
    }

    private JsonValue mintEdgeId() {
        while (edgeIds.contains(Long.toString(nextEdgeId))) nextEdgeId++;
        return new JsonString(Long.toString(nextEdgeId++));
    }

    private static JsonValue idValue(Node literal) {
        String lex = literal.getLiteralLexicalForm();
        String dt = literal.getLiteralDatatypeURI();
        if (XSDDatatype.XSDinteger.getURI().equals(dt)) return JsonNumber.value(Long.parseLong(lex));
        if (XSDDatatype.XSDdecimal.getURI().equals(dt)) return JsonNumber.value(new java.math.BigDecimal(lex));
        return new JsonString(lex);
    }

    private JsonObject extra(Node n) {
        String text = lexical(n, AifTerms.aifExtra);
        return text == null ? new JsonObject() : AifJson.parse(text).getAsObject();
    }

    /** For ordering: a numeric id's value, others after all numbers. */
    private static long numeric(String lex) {
        if (lex == null || !lex.matches("-?[0-9]{1,18}")) return Long.MAX_VALUE;
        return Long.parseLong(lex);
    }

    private Node first(Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private String lexical(Node s, Node p) {
        return GraphLookup.lexical(g, s, p);
    }

    private static String orElse(String s, String other) {
        return s == null ? other : s;
    }
}
