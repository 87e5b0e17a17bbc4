package org.premise.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.premise.BadInputException;
import org.premise.kb.StatementNames;
import org.premise.rdf.GraphLookup;
import org.premise.rdf.Terms;
import org.premise.rdf.Vocab;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.Explanation;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.Analysis;
import org.premise.reason.analysis.ArgumentGraph;
import org.premise.reason.analysis.QuestionRanking;

/**
 * Everything known about one statement or open question, as JSON, for the explorer's side
 * panel ({@code GET /premise/statement?key=KEY}): its key, IRI, label, text and kinds; where
 * it appears (document, block, section, position); its arguments and attackers; its grounded
 * status, support sets, linchpins and smallest defeat sets as {@code premise report} gives
 * them; and how the rules derived its {@code premise:dependsOn} and derived {@code rdf:type}
 * triples, as {@code premise explain} prints them. An open question has what it bears on and
 * its weight instead of an analysis.
 */
public final class StatementReport {
    /** How many {@code dependsOn} derivations are explained at most (a statement may rest on thousands). */
    static final int MAX_DERIVATIONS = 40;

    private StatementReport() {}

    /**
     * The report on the statement or open question a user names (key, prefixed name or IRI).
     *
     * @throws BadInputException for an unknown name (with the closest keys), or a resource that
     *         is neither a statement of the argument graph nor an open question
     */
    public static JsonObject json(Workspace ws, String name) {
        Graph graph = ws.kb().union();
        Node node = new StatementNames(graph).statement(name);
        String id = ArgumentGraphReader.id(node);
        Analysis analysis = ws.analysis();
        ArgumentGraph arguments = analysis.graph();
        boolean question = arguments.questions().contains(id);
        if (!question && !arguments.contains(id)) {
            throw new BadInputException("\"" + name + "\" is neither a statement of the argument graph nor an open question");
        }
        Names names = new Names(graph);
        JsonObject o = new JsonObject();
        o.put("key", names.of(id));
        o.put("iri", id);
        putIfPresent(o, "label", GraphLookup.lexical(graph, node, Vocab.rdfsLabel));
        putIfPresent(o, "text", GraphLookup.lexical(graph, node, Vocab.text));
        putIfPresent(o, "comment", GraphLookup.lexical(graph, node, RDFS.comment.asNode()));
        o.put("kinds", strings(kinds(graph, node)));
        o.put("question", question);
        o.put("appearances", appearances(graph, node));
        if (question) {
            o.put("bearsOn", strings(names.sorted(arguments.bearsOn(id))));
            QuestionRanking.RankedQuestion ranked = analysis.questionRanking().question(id);
            o.put("weight", JsonNumber.value(WhatIfReport.round(ranked.weight())));
            o.put("overturns", ranked.overturns());
        } else {
            analysis(o, graph, node, id, analysis, names);
            o.put("derivations", derivations(ws, node, names));
        }
        return o;
    }

    private static void analysis(JsonObject o, Graph graph, Node node, String id, Analysis analysis, Names names) {
        ArgumentGraph arguments = analysis.graph();
        o.put("status", analysis.status(id).name().toLowerCase(Locale.ROOT));
        o.put("leaf", arguments.isLeaf(id));
        JsonArray argumentsFor = new JsonArray();
        arguments.argumentsFor(id).forEach(a -> argumentsFor.add(strings(names.sorted(a.premises()))));
        o.put("arguments", argumentsFor);
        JsonArray attackers = new JsonArray();
        new TreeMap<>(attacks(graph, node, names)).forEach((attacker, kind) -> {
            JsonObject a = new JsonObject();
            a.put("statement", attacker);
            a.put("kind", kind);
            attackers.add(a);
        });
        o.put("attackedBy", attackers);
        List<Set<String>> defeat = analysis.defeatSets(id);
        int smallest = defeat.stream().mapToInt(Set::size).min().orElse(0);
        o.put("supportSets", nested(AnalysisReport.sets(names, analysis.supportSets(id))));
        o.put("supportSetsTruncated", analysis.supportSets().isTruncated(id));
        o.put("linchpins", strings(analysis.linchpins(id).map(names::sorted).orElse(List.of())));
        o.put("smallestDefeatSets", nested(AnalysisReport.sets(names, defeat.stream().filter(s -> s.size() == smallest).toList())));
        o.put("defeatSetsTruncated", analysis.defeatSets().isTruncated(id));
        JsonArray questions = new JsonArray();
        for (String q : arguments.questions()) {
            if (arguments.bearsOn(q).contains(id)) questions.add(names.of(q));
        }
        o.put("questionsBearingOn", questions);
    }

    /** Who attacks the statement, and how: {@code undercut} or {@code rebut}. */
    private static TreeMap<String, String> attacks(Graph graph, Node node, Names names) {
        TreeMap<String, String> out = new TreeMap<>();
        graph.find(Node.ANY, Vocab.undercuts, node).forEachRemaining(t -> out.put(names.of(ArgumentGraphReader.id(t.getSubject())), "undercut"));
        graph.find(Node.ANY, Vocab.rebuts, node).forEachRemaining(t -> out.put(names.of(ArgumentGraphReader.id(t.getSubject())), "rebut"));
        graph.find(node, Vocab.rebuts, Node.ANY).forEachRemaining(t -> out.put(names.of(ArgumentGraphReader.id(t.getObject())), "rebut"));
        return out;
    }

    /** The premise classes the statement has, by local name (Assumption, ImplicitStatement, ...). */
    private static List<String> kinds(Graph graph, Node node) {
        Set<String> kinds = new TreeSet<>();
        graph.find(node, Vocab.rdfType, Node.ANY).forEachRemaining(t -> {
            Node type = t.getObject();
            if (type.isURI() && type.getURI().startsWith(Vocab.PREMISE)) kinds.add(type.getURI().substring(Vocab.PREMISE.length()));
        });
        return new ArrayList<>(kinds);
    }

    private static JsonArray appearances(Graph graph, Node node) {
        record Shown(String document, int section, int position, JsonObject json) {}
        List<Shown> shown = new ArrayList<>();
        graph.find(node, Vocab.hasAppearance, Node.ANY).forEachRemaining(t -> {
            Node a = t.getObject();
            JsonObject j = new JsonObject();
            Node document = GraphLookup.object(graph, a, Vocab.inDocument);
            if (document != null) {
                j.put("document", Terms.show(document));
                putIfPresent(j, "documentTitle", GraphLookup.lexical(graph, document, Vocab.dctermsTitle));
            }
            Node block = GraphLookup.object(graph, a, Vocab.inBlock);
            if (block != null && block.isURI()) j.put("block", block.getLocalName());
            Node section = GraphLookup.object(graph, a, Vocab.inSection);
            int sectionPosition = 0;
            if (section != null) {
                sectionPosition = integer(graph, section);
                j.put("section", sectionPosition);
                putIfPresent(j, "sectionTitle", GraphLookup.lexical(graph, section, Vocab.dctermsTitle));
            }
            int position = integer(graph, a);
            j.put("position", position);
            shown.add(new Shown(document == null ? "" : document.toString(), sectionPosition, position, j));
        });
        shown.sort(Comparator.comparing(Shown::document).thenComparingInt(Shown::section).thenComparingInt(Shown::position));
        JsonArray out = new JsonArray();
        shown.forEach(s -> out.add(s.json()));
        return out;
    }

    private static int integer(Graph graph, Node s) {
        String lexical = GraphLookup.lexical(graph, s, Vocab.position);
        try {
            return lexical == null ? 0 : Integer.parseInt(lexical);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * How the statement's {@code premise:dependsOn} triples (at most {@value #MAX_DERIVATIONS},
     * by key) and its derived {@code rdf:type} triples were derived. Its status is not among
     * them: the analysis computes it (grounded semantics), no rule derives it.
     */
    private static JsonObject derivations(Workspace ws, Node node, Names names) {
        Graph inferred = ws.inference().graph();
        List<Triple> triples = new ArrayList<>();
        inferred.find(node, Vocab.rdfType, Node.ANY).forEachRemaining(t -> {
            if (ws.kb().graphAsserting(t) == null) triples.add(t);
        });
        triples.sort(Comparator.comparing(Terms::show));
        List<Triple> dependsOn = new ArrayList<>();
        inferred.find(node, Vocab.dependsOn, Node.ANY).forEachRemaining(dependsOn::add);
        dependsOn.sort(Comparator.comparing(t -> names.of(ArgumentGraphReader.id(t.getObject()))));
        boolean truncated = dependsOn.size() > MAX_DERIVATIONS;
        triples.addAll(dependsOn.subList(0, Math.min(dependsOn.size(), MAX_DERIVATIONS)));
        JsonArray explained = new JsonArray();
        for (Triple t : triples) {
            Explanation e = Explanation.of(t, ws.kb(), ws.inference());
            if (e == null) continue;
            JsonObject j = ExplanationText.json(e);
            j.put("explain", String.join("\n", ExplanationText.lines(e)));
            explained.add(j);
        }
        JsonObject o = new JsonObject();
        o.put("triples", explained);
        o.put("dependsOnCount", dependsOn.size());
        o.put("truncated", truncated);
        o.put("status", "computed by the analysis (grounded semantics over arguments and attacks), not derived by a rule");
        return o;
    }

    private static void putIfPresent(JsonObject o, String key, String value) {
        if (value != null) o.put(key, value);
    }

    private static JsonArray strings(List<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }

    private static JsonArray nested(List<List<String>> sets) {
        JsonArray a = new JsonArray();
        sets.forEach(s -> a.add(strings(s)));
        return a;
    }
}
