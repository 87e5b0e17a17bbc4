package org.premise.report;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.BadInputException;
import org.premise.kb.StatementNames;
import org.premise.rdf.Vocab;
import org.premise.reason.AnalysisWriter;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.WhatIf;
import org.premise.reason.credence.CredenceResult;

/**
 * A what-if compared with the baseline, for people (text), programs (JSON with the keys
 * {@code lostSupport}, {@code keptSupport}, {@code statusChanges}, {@code questionsMatteringMore},
 * {@code questionsMatteringLess}, {@code probabilities} when a credence was given, and
 * {@code statements}: the label or shortened text of every statement key used) and graphs (Turtle under
 * the ontology's what-if terms). Statements are shown by key where they have one.
 */
public final class WhatIfReport {
    private final WhatIf whatIf;
    private final Names names;
    /** Each conclusion's credence figures before and after the change; null when no credence was given. */
    private final CredenceResult before;
    private final CredenceResult after;

    public WhatIfReport(WhatIf whatIf, Graph knowledge) {
        this(whatIf, knowledge, null, null);
    }

    /** The report with each conclusion's probability before and after the change (both null: without). */
    public WhatIfReport(WhatIf whatIf, Graph knowledge, CredenceResult before, CredenceResult after) {
        this.whatIf = whatIf;
        this.names = new Names(knowledge);
        this.before = before;
        this.after = after;
    }

    /** A conclusion's probability before and after, shown by key. */
    private record ProbabilityChange(String statement, String id, CredenceResult.StatementCredence before,
            CredenceResult.StatementCredence after) {
    }

    private List<ProbabilityChange> probabilityChanges() {
        List<ProbabilityChange> out = new ArrayList<>();
        if (before == null) return out;
        for (CredenceResult.StatementCredence b : before.statements()) {
            out.add(new ProbabilityChange(names.of(b.statement()), b.statement(), b, after.statement(b.statement())));
        }
        out.sort(Comparator.comparing(ProbabilityChange::statement));
        return out;
    }

    private static JsonObject figures(CredenceResult.StatementCredence s) {
        JsonObject o = new JsonObject();
        o.put("in", org.apache.jena.atlas.json.JsonNumber.value(s.in().value()));
        o.put("supported", org.apache.jena.atlas.json.JsonNumber.value(s.supported().value()));
        o.put("method", s.method().word());
        if (s.method() == CredenceResult.Method.SAMPLED) {
            o.put("inLow", org.apache.jena.atlas.json.JsonNumber.value(s.in().low()));
            o.put("inHigh", org.apache.jena.atlas.json.JsonNumber.value(s.in().high()));
        }
        return o;
    }

    /**
     * The what-if of a workspace for statements named as users type them (key, prefixed name
     * or IRI): what {@code premise whatif} and the server's {@code /premise/whatif} both answer.
     *
     * @throws BadInputException for a name the knowledge base does not have (with the closest
     *         keys), or one that is not a statement of the argument graph (an open question)
     */
    public static WhatIfReport of(Workspace ws, List<String> retract, List<String> assume) {
        Graph graph = ws.kb().union();
        StatementNames statementNames = new StatementNames(graph);
        WhatIf whatIf = ws.analysis().whatIf(resolve(statementNames, ws, retract), resolve(statementNames, ws, assume));
        return new WhatIfReport(whatIf, graph);
    }

    /** The analysis ids of statements named by key, prefixed name or IRI; an open question or unknown name is bad input. */
    public static List<String> resolve(StatementNames names, Workspace ws, List<String> given) {
        List<String> ids = new ArrayList<>();
        for (String name : given) {
            String id = ArgumentGraphReader.id(names.statement(name));
            if (!ws.analysis().graph().contains(id)) {
                throw new BadInputException("\"" + name + "\" is not a statement of the argument graph (an open question?)");
            }
            ids.add(id);
        }
        return ids;
    }

    /** The what-if as JSON. */
    public JsonObject json() {
        JsonObject o = new JsonObject();
        o.put("retracted", array(names.sorted(whatIf.retracted())));
        o.put("assumed", array(names.sorted(whatIf.assumed())));
        o.put("lostSupport", array(names.sorted(lost())));
        JsonObject kept = new JsonObject();
        keptSupport().forEach((statement, sets) -> {
            JsonArray a = new JsonArray();
            sets.forEach(set -> a.add(array(set)));
            kept.put(statement, a);
        });
        o.put("keptSupport", kept);
        JsonArray changes = new JsonArray();
        statusChanges().forEach(c -> {
            JsonObject change = new JsonObject();
            change.put("statement", c.get(0));
            change.put("from", c.get(1));
            change.put("to", c.get(2));
            changes.add(change);
        });
        o.put("statusChanges", changes);
        o.put("questionsMatteringMore", weights(whatIf.questionsMatteringMore()));
        o.put("questionsMatteringLess", weights(whatIf.questionsMatteringLess()));
        o.put("recomputedStatements", whatIf.recomputedStatements());
        if (before != null) {
            JsonArray probabilities = new JsonArray();
            probabilityChanges().forEach(c -> {
                JsonObject p = new JsonObject();
                p.put("statement", c.statement());
                p.put("before", figures(c.before()));
                p.put("after", figures(c.after()));
                probabilities.add(p);
            });
            o.put("probabilities", probabilities);
        }
        JsonObject captions = new JsonObject();
        names.mentioned().forEach(captions::put);
        o.put("statements", captions);
        return o;
    }

    private JsonArray weights(List<WhatIf.WeightChange> changes) {
        JsonArray out = new JsonArray();
        changes.forEach(w -> {
            JsonObject q = new JsonObject();
            q.put("question", names.of(w.question()));
            q.put("weightBefore", org.apache.jena.atlas.json.JsonNumber.value(round(w.before())));
            q.put("weightAfter", org.apache.jena.atlas.json.JsonNumber.value(round(w.after())));
            out.add(q);
        });
        return out;
    }

    /** Writes the report in {@code text}, {@code json} or {@code ttl}. */
    public void write(String format, OutputStream out) {
        switch (format) {
            case "json" -> {
                PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
                w.println(JSON.toString(json()));
                w.flush();
            }
            case "ttl" -> {
                Graph g = GraphFactory.createDefaultGraph();
                g.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
                rdf(g);
                RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
            }
            default -> text(out);
        }
    }

    private void text(OutputStream out) {
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<String> change = new ArrayList<>();
        if (!whatIf.retracted().isEmpty()) change.add("retract " + String.join(", ", names.sorted(whatIf.retracted())));
        if (!whatIf.assumed().isEmpty()) change.add("assume " + String.join(", ", names.sorted(whatIf.assumed())));
        w.println("What if: " + (change.isEmpty() ? "nothing changes" : String.join("; ", change)));
        List<String> lost = names.sorted(lost());
        w.println();
        w.println("Lost all support (" + lost.size() + "): " + (lost.isEmpty() ? "none" : String.join(", ", lost)));
        Map<String, List<List<String>>> kept = keptSupport();
        w.println();
        w.println("Kept support only through alternatives (" + kept.size() + ")" + (kept.isEmpty() ? ": none" : ":"));
        kept.forEach((statement, sets) -> w.println("  " + statement + ": " + sets.size() + " remaining set"
                + (sets.size() == 1 ? "" : "s") + ", " + sets.stream().map(s -> "{" + String.join(", ", s) + "}").toList()));
        List<List<String>> changes = statusChanges();
        w.println();
        w.println("Status changes (" + changes.size() + ")" + (changes.isEmpty() ? ": none" : ":"));
        changes.forEach(c -> w.println("  " + c.get(0) + ": " + c.get(1) + " -> " + c.get(2)));
        var more = whatIf.questionsMatteringMore();
        w.println();
        w.println("Open questions that matter more (" + more.size() + ")" + (more.isEmpty() ? ": none" : ":"));
        more.forEach(q -> w.println("  " + names.of(q.question()) + ": weight " + round(q.before()) + " -> " + round(q.after())));
        var less = whatIf.questionsMatteringLess();
        w.println();
        w.println("Open questions that matter less (" + less.size() + ")" + (less.isEmpty() ? ": none" : ":"));
        less.forEach(q -> w.println("  " + names.of(q.question()) + ": weight " + round(q.before()) + " -> " + round(q.after())));
        if (before != null) {
            w.println();
            w.println("Probabilities of the conclusions, before -> after (P(in); P(supported)):");
            probabilityChanges().forEach(c -> w.println("  " + c.statement() + ": "
                    + CredenceReport.shown(c.before().in(), c.before().method()) + " -> "
                    + CredenceReport.shown(c.after().in(), c.after().method()) + "; "
                    + CredenceReport.shown(c.before().supported(), c.before().method()) + " -> "
                    + CredenceReport.shown(c.after().supported(), c.after().method())
                    + (c.before().method() == c.after().method() ? " (" + c.after().method().word() + ")"
                            : " (" + c.before().method().word() + " -> " + c.after().method().word() + ")")));
        }
        if (!names.mentioned().isEmpty()) {
            w.println();
            w.println("Statements:");
            names.mentioned().forEach((key, caption) -> w.println("  " + key + ": " + caption));
        }
        w.flush();
    }

    private void rdf(Graph g) {
        Node node = NodeFactory.createBlankNode();
        g.add(node, Vocab.rdfType, Vocab.premise("WhatIf"));
        whatIf.retracted().forEach(s -> g.add(node, Vocab.premise("retracts"), AnalysisWriter.node(s)));
        whatIf.assumed().forEach(s -> g.add(node, Vocab.premise("assumes"), AnalysisWriter.node(s)));
        lost().forEach(s -> g.add(node, Vocab.premise("lostSupport"), AnalysisWriter.node(s)));
        whatIf.keptSupport().forEach((statement, sets) -> {
            for (Set<String> set : sets) {
                Node n = NodeFactory.createBlankNode();
                g.add(node, Vocab.premise("keptSupport"), n);
                g.add(n, Vocab.rdfType, AnalysisWriter.SupportSet);
                g.add(n, AnalysisWriter.supportSetOf, AnalysisWriter.node(statement));
                set.forEach(m -> g.add(n, AnalysisWriter.member, AnalysisWriter.node(m)));
                g.add(n, AnalysisWriter.size, NodeFactory.createLiteralByValue(set.size(), XSDDatatype.XSDinteger));
            }
        });
        whatIf.statusChanges().forEach(c -> {
            Node n = NodeFactory.createBlankNode();
            g.add(node, Vocab.premise("statusChange"), n);
            g.add(n, Vocab.premise("statement"), AnalysisWriter.node(c.statement()));
            g.add(n, Vocab.premise("from"), AnalysisWriter.statusNode(c.from()));
            g.add(n, Vocab.premise("to"), AnalysisWriter.statusNode(c.to()));
        });
        whatIf.questionsMatteringMore().forEach(q -> g.add(node, Vocab.premise("mattersMore"), AnalysisWriter.node(q.question())));
        whatIf.questionsMatteringLess().forEach(q -> g.add(node, Vocab.premise("mattersLess"), AnalysisWriter.node(q.question())));
        probabilityChanges().forEach(c -> {
            Node n = NodeFactory.createBlankNode();
            g.add(node, Vocab.premise("probabilityChange"), n);
            g.add(n, Vocab.premise("statement"), AnalysisWriter.node(c.id()));
            g.add(n, Vocab.premise("probabilityBefore"), NodeFactory.createLiteralByValue(c.before().in().value(), XSDDatatype.XSDdouble));
            g.add(n, Vocab.premise("probabilityAfter"), NodeFactory.createLiteralByValue(c.after().in().value(), XSDDatatype.XSDdouble));
            g.add(n, org.premise.reason.CredenceWriter.probabilityMethod, org.premise.reason.CredenceWriter.methodNode(c.after().method()));
        });
    }

    /** Statements that lose all support, other than those the what-if itself retracts. */
    private List<String> lost() {
        return whatIf.lostSupport().stream().filter(s -> !whatIf.retracted().contains(s)).toList();
    }

    private Map<String, List<List<String>>> keptSupport() {
        Map<String, List<List<String>>> kept = new TreeMap<>();
        whatIf.keptSupport().forEach((statement, sets) -> {
            List<List<String>> shown = new ArrayList<>();
            sets.forEach(set -> shown.add(names.sorted(set)));
            shown.sort(Comparator.comparing((List<String> l) -> l.size()).thenComparing(Object::toString));
            kept.put(names.of(statement), shown);
        });
        return kept;
    }

    private List<List<String>> statusChanges() {
        List<List<String>> changes = new ArrayList<>();
        whatIf.statusChanges().forEach(c -> changes.add(List.of(names.of(c.statement()),
                c.from().name().toLowerCase(Locale.ROOT), c.to().name().toLowerCase(Locale.ROOT))));
        changes.sort(Comparator.comparing(Object::toString));
        return changes;
    }

    private static JsonArray array(List<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
