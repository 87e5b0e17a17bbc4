package org.premise.aif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.rdf.Vocab;

/**
 * Maps an {@link AifMap} to Premise's ontology. I nodes become statements (key
 * {@code aif-<map>-<nodeID>}); an RA node with I-node premises and exactly one I-node
 * conclusion becomes an argument (its conclusion typed {@code premise:Conclusion}); a CA node
 * from I node A to I node B makes A undercut B, or rebut it when another CA runs from B to A
 * (and A undercut itself when B is A);
 * MA gives {@code premise:rephrases}, PA {@code premise:preferredTo}. Every node and edge is
 * also kept as a record ({@code premise:aifNodeID}, {@code premise:AifEdge}, ...) so that
 * {@link RdfToAif} restores the map, including what the analysis does not use: dialogue nodes
 * (L, YA, TA), conflicts with an inference, inferences that support an inference.
 */
public final class AifToRdf {
    private final String mapSlug;
    private final Graph g = GraphFactory.createDefaultGraph();
    private final Map<String, Node> resourceById = new HashMap<>();
    private final Map<String, AifMap.Node> nodeById = new HashMap<>();
    private final Set<String> slugsUsed = new HashSet<>();

    private AifToRdf(String mapSlug) {
        this.mapSlug = mapSlug;
    }

    /** The RDF of one map read from a file of the given name. */
    public static Graph toGraph(String fileName, AifMap map) {
        return new AifToRdf(mapSlug(fileName)).build(map);
    }

    /** The map's part of every key: the file name without extension, in key syntax. */
    public static String mapSlug(String fileName) {
        String base = fileName.replaceFirst("\\.[^.]*$", "");
        String slug = slugOf(base);
        return slug.isEmpty() ? "map" : slug;
    }

    static String slugOf(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private Graph build(AifMap map) {
        Node mapNode = NodeFactory.createURI(Vocab.KB + "aif-" + mapSlug);
        add(mapNode, Vocab.rdfType, AifTerms.AifMap);
        if (!map.extra().isEmpty()) add(mapNode, AifTerms.aifExtra, json(map.extra()));
        for (JsonObject locution : map.locutions()) add(mapNode, AifTerms.aifLocution, json(locution));

        for (AifMap.Node n : map.nodes()) {
            String slug = uniqueSlug(slugOf(n.id().value()));
            Node r = n.type().equals("I")
                    ? Vocab.statement("aif-" + mapSlug + "-" + slug)
                    : NodeFactory.createURI(Vocab.KB + "aif-" + mapSlug + "-" + slug);
            resourceById.put(n.id().value(), r);
            nodeById.put(n.id().value(), n);
            add(r, Vocab.rdfType, AifTerms.AifNode);
            add(r, AifTerms.aifNodeID, idLiteral(n.id()));
            add(r, AifTerms.aifType, NodeFactory.createLiteralString(n.type()));
            if (n.type().equals("I")) {
                add(r, Vocab.rdfType, Vocab.Statement);
                add(r, Vocab.key, NodeFactory.createLiteralString("aif-" + mapSlug + "-" + slug));
                add(r, Vocab.text, NodeFactory.createLiteralString(n.text()));
            } else if (n.text() != null) {
                add(r, AifTerms.aifText, NodeFactory.createLiteralString(n.text()));
            }
            if (n.timestamp() != null) add(r, AifTerms.dctermsCreated, NodeFactory.createLiteralString(n.timestamp()));
            if (n.scheme() != null) add(r, AifTerms.scheme, NodeFactory.createLiteralString(n.scheme()));
            if (!n.extra().isEmpty()) add(r, AifTerms.aifExtra, json(n.extra()));
        }

        Map<String, List<String>> into = new LinkedHashMap<>();
        Map<String, List<String>> outOf = new LinkedHashMap<>();
        int index = 0;
        for (AifMap.Edge e : map.edges()) {
            index++;
            String edgeSlug = e.id() == null ? "n" + index : slugOf(e.id().value());
            Node r = NodeFactory.createURI(Vocab.KB + "aif-" + mapSlug + "-edge-" + uniqueSlug("edge-" + edgeSlug).substring(5));
            add(r, Vocab.rdfType, AifTerms.AifEdge);
            if (e.id() != null) add(r, AifTerms.aifEdgeID, idLiteral(e.id()));
            add(r, AifTerms.aifFrom, resourceById.get(e.from().value()));
            add(r, AifTerms.aifTo, resourceById.get(e.to().value()));
            if (!e.extra().isEmpty()) add(r, AifTerms.aifExtra, json(e.extra()));
            into.computeIfAbsent(e.to().value(), k -> new ArrayList<>()).add(e.from().value());
            outOf.computeIfAbsent(e.from().value(), k -> new ArrayList<>()).add(e.to().value());
        }

        Set<List<String>> conflicts = new LinkedHashSet<>();
        for (AifMap.Node n : map.nodes()) {
            String id = n.id().value();
            List<String> sources = statements(into.get(id));
            List<String> targets = statements(outOf.get(id));
            switch (n.type()) {
                case "RA" -> {
                    // An argument needs premises and one conclusion; anything else stays a record.
                    if (!sources.isEmpty() && targets.size() == 1) {
                        Node argument = resourceById.get(id);
                        add(argument, Vocab.rdfType, Vocab.Argument);
                        for (String p : sources) add(argument, Vocab.premiseOf, resourceById.get(p));
                        add(argument, Vocab.conclusion, resourceById.get(targets.get(0)));
                        add(resourceById.get(targets.get(0)), Vocab.rdfType, Vocab.Conclusion);
                    }
                }
                case "CA" -> {
                    for (String a : sources) for (String t : targets) conflicts.add(List.of(a, t));
                }
                case "MA" -> relate(sources, targets, AifTerms.rephrases);
                case "PA" -> relate(related(into.get(id)), related(outOf.get(id)), AifTerms.preferredTo);
                default -> { }
            }
        }
        // A premise no argument concludes is what the map's author takes as given: an assumption.
        Set<Node> concluded = new HashSet<>();
        g.find(Node.ANY, Vocab.conclusion, Node.ANY).forEachRemaining(t -> concluded.add(t.getObject()));
        for (Triple t : g.find(Node.ANY, Vocab.premiseOf, Node.ANY).toList()) {
            if (!concluded.contains(t.getObject())) add(t.getObject(), Vocab.rdfType, Vocab.Assumption);
        }
        for (List<String> c : conflicts) {
            Node a = resourceById.get(c.get(0)), t = resourceById.get(c.get(1));
            if (c.get(0).equals(c.get(1))) {
                // A statement in conflict with itself undercuts itself (undecided when grounded),
                // as the same undercut written in Turtle does.
                add(a, Vocab.undercuts, a);
            } else if (conflicts.contains(List.of(c.get(1), c.get(0)))) {
                // Mutual conflict: one symmetric rebut, stated once.
                if (c.get(0).compareTo(c.get(1)) < 0) add(a, Vocab.rebuts, t);
            } else {
                add(a, Vocab.undercuts, t);
            }
        }
        return g;
    }

    private void relate(List<String> sources, List<String> targets, Node property) {
        for (String s : sources) for (String t : targets) if (!s.equals(t)) add(resourceById.get(s), property, resourceById.get(t));
    }

    /** The I nodes among the given node ids. */
    private List<String> statements(List<String> ids) {
        List<String> result = new ArrayList<>();
        if (ids != null) for (String id : ids) if (nodeById.get(id).type().equals("I") && !result.contains(id)) result.add(id);
        return result;
    }

    /** The I and RA nodes among the given node ids (a preference may rank inferences). */
    private List<String> related(List<String> ids) {
        List<String> result = new ArrayList<>();
        if (ids != null) for (String id : ids) {
            String type = nodeById.get(id).type();
            if ((type.equals("I") || type.equals("RA")) && !result.contains(id)) result.add(id);
        }
        return result;
    }

    private String uniqueSlug(String slug) {
        String base = slug.isEmpty() ? "n" : slug;
        String s = base;
        for (int i = 2; !slugsUsed.add(s); i++) s = base + "-" + i;
        return s;
    }

    static Node idLiteral(AifMap.Id id) {
        if (!id.number()) return NodeFactory.createLiteralString(id.value());
        boolean integer = id.value().matches("-?[0-9]+");
        return NodeFactory.createLiteralDT(id.value(), integer ? XSDDatatype.XSDinteger : XSDDatatype.XSDdecimal);
    }

    private static Node json(JsonObject o) {
        return NodeFactory.createLiteralString(JSON.toStringFlat(o));
    }

    private void add(Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
