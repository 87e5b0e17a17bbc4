package org.premise.report;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.premise.query.QueryCatalog;
import org.premise.query.QueryRunner;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.Analysis;
import org.premise.reason.analysis.QuestionRanking;

/**
 * The analysis of a knowledge base for a person (Markdown) or a program (JSON): each
 * conclusion with its status, support sets, linchpins and smallest defeat sets; what breaks
 * each loop (the {@code friction} query); the open questions ranked with the reason.
 */
public final class AnalysisReport {
    private final Workspace ws;
    private final Analysis analysis;
    private final Names names;
    private final Graph graph;

    public AnalysisReport(Workspace ws) {
        this.ws = ws;
        this.analysis = ws.analysis();
        this.graph = ws.kb().union();
        this.names = new Names(graph);
    }

    /** One conclusion's part of the report. */
    record ConclusionView(String key, String label, String status, List<List<String>> supportSets, boolean supportTruncated,
                          List<String> linchpins, List<List<String>> smallestDefeatSets, boolean defeatTruncated) {}

    List<ConclusionView> conclusions() {
        List<ConclusionView> views = new ArrayList<>();
        for (String id : analysis.graph().conclusions()) {
            List<List<String>> support = sets(analysis.supportSets(id));
            List<Set<String>> defeat = analysis.defeatSets(id);
            int smallest = defeat.stream().mapToInt(Set::size).min().orElse(0);
            List<Set<String>> smallestSets = defeat.stream().filter(s -> s.size() == smallest).toList();
            views.add(new ConclusionView(names.of(id), names.label(id), analysis.status(id).name().toLowerCase(Locale.ROOT),
                    support, analysis.supportSets().isTruncated(id),
                    analysis.linchpins(id).map(names::sorted).orElse(List.of()),
                    sets(smallestSets), analysis.defeatSets().isTruncated(id)));
        }
        views.sort(Comparator.comparing(ConclusionView::key));
        return views;
    }

    /** Loop → source → conditions it undercuts, from the friction query. */
    Map<String, Map<String, List<String>>> friction() {
        Map<String, Map<String, List<String>>> loops = new TreeMap<>();
        ResultSet rows = new QueryRunner(ws.kb().dataset()).select(QueryCatalog.bundled().resolve("friction"), Map.of());
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String loop = names.of(ArgumentGraphReader.id(row.get("loop").asNode()));
            String source = names.of(ArgumentGraphReader.id(row.get("source").asNode()));
            String condition = names.of(ArgumentGraphReader.id(row.get("condition").asNode()));
            loops.computeIfAbsent(loop, k -> new TreeMap<>()).computeIfAbsent(source, k -> new ArrayList<>()).add(condition);
        }
        return loops;
    }

    public void write(String format, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (format.equals("json")) {
            w.println(JSON.toString(json()));
        } else {
            markdown(w);
        }
        w.flush();
    }

    JsonObject json() {
        JsonObject o = new JsonObject();
        JsonArray cs = new JsonArray();
        for (ConclusionView c : conclusions()) {
            JsonObject j = new JsonObject();
            j.put("statement", c.key());
            if (c.label() != null) j.put("label", c.label());
            j.put("status", c.status());
            j.put("supportSets", nested(c.supportSets()));
            j.put("supportSetsTruncated", c.supportTruncated());
            j.put("linchpins", flat(c.linchpins()));
            j.put("smallestDefeatSets", nested(c.smallestDefeatSets()));
            j.put("defeatSetsTruncated", c.defeatTruncated());
            cs.add(j);
        }
        o.put("conclusions", cs);
        JsonObject loops = new JsonObject();
        friction().forEach((loop, sources) -> {
            JsonObject l = new JsonObject();
            sources.forEach((source, conditions) -> l.put(source, flat(conditions)));
            loops.put(loop, l);
        });
        o.put("frictionByLoop", loops);
        JsonArray qs = new JsonArray();
        for (QuestionRanking.RankedQuestion q : analysis.questionRanking().ranked()) {
            JsonObject j = new JsonObject();
            j.put("question", names.of(q.question()));
            j.put("overturns", q.overturns());
            j.put("weight", org.apache.jena.atlas.json.JsonNumber.value(WhatIfReport.round(q.weight())));
            JsonArray reasons = new JsonArray();
            reasons(q).forEach(r -> {
                JsonObject rj = new JsonObject();
                rj.put("conclusion", r.get(0));
                rj.put("through", r.get(1));
                rj.put("k", Integer.parseInt(r.get(2)));
                reasons.add(rj);
            });
            j.put("reasons", reasons);
            qs.add(j);
        }
        o.put("openQuestions", qs);
        return o;
    }

    private void markdown(PrintWriter w) {
        w.println("# Premise report");
        w.println();
        w.println("Statements: " + analysis.graph().size() + "; arguments: " + analysis.graph().argumentCount()
                + "; conclusions: " + analysis.graph().conclusions().size() + "; open questions: "
                + analysis.graph().questions().size() + ".");
        w.println();
        w.println("## Conclusions");
        for (ConclusionView c : conclusions()) {
            w.println();
            w.println("### " + c.key() + (c.label() == null ? "" : ": " + c.label()));
            w.println();
            w.println("- Status: **" + c.status() + "**");
            w.println("- Support sets (" + c.supportSets().size() + (c.supportTruncated() ? ", truncated at the cap: more exist" : "")
                    + "): " + (c.supportSets().isEmpty() ? "none (unsupported)" : braces(c.supportSets())));
            w.println("- Linchpins: " + (c.supportTruncated() ? "not computed (support sets truncated)"
                    : c.linchpins().isEmpty() ? "none" : String.join(", ", c.linchpins())));
            w.println("- Smallest defeat sets" + (c.defeatTruncated() ? " (enumeration truncated)" : "") + ": "
                    + (c.smallestDefeatSets().isEmpty() ? "none" : braces(c.smallestDefeatSets())));
        }
        w.println();
        w.println("## What breaks the loop");
        Map<String, Map<String, List<String>>> friction = friction();
        if (friction.isEmpty()) {
            w.println();
            w.println("No statement undercuts a loop condition.");
        }
        friction.forEach((loop, sources) -> {
            w.println();
            w.println("`" + loop + "` is broken by " + sources.size() + " friction source" + (sources.size() == 1 ? "" : "s") + ":");
            w.println();
            sources.forEach((source, conditions) -> w.println("- " + source + " (undercuts " + String.join(", ", conditions) + ")"));
        });
        w.println();
        w.println("## Open questions, ranked by what their answer could overturn");
        w.println();
        w.println("k = the fewest statements that must fail, this question's target among them, to overturn a conclusion; "
                + "k = 1 means the question bears on a linchpin.");
        w.println();
        int rank = 1;
        for (QuestionRanking.RankedQuestion q : analysis.questionRanking().ranked()) {
            List<List<String>> reasons = reasons(q);
            List<String> alone = reasons.stream().filter(r -> r.get(2).equals("1")).map(r -> r.get(0) + " (through " + r.get(1) + ")").toList();
            String why = alone.isEmpty()
                    ? (reasons.isEmpty() ? "bears on no conclusion's support"
                        : "cannot overturn any conclusion alone; smallest k = " + reasons.stream().mapToInt(r -> Integer.parseInt(r.get(2))).min().getAsInt())
                    : "could overturn alone: " + String.join(", ", alone);
            w.println(rank++ + ". **" + names.of(q.question()) + "**: " + why + " (weight " + WhatIfReport.round(q.weight()) + ")");
        }
    }

    private List<List<String>> reasons(QuestionRanking.RankedQuestion q) {
        List<List<String>> rs = new ArrayList<>();
        q.reasons().forEach(r -> rs.add(List.of(names.of(r.conclusion()), names.of(r.through()), Integer.toString(r.k()))));
        rs.sort(Comparator.comparing((List<String> r) -> Integer.parseInt(r.get(2))).thenComparing(r -> r.get(0)));
        return rs;
    }

    private List<List<String>> sets(List<Set<String>> sets) {
        List<List<String>> shown = new ArrayList<>();
        sets.forEach(s -> shown.add(names.sorted(s)));
        shown.sort(Comparator.comparing((List<String> l) -> l.size()).thenComparing(Object::toString));
        return shown;
    }

    private static String braces(List<List<String>> sets) {
        return String.join(", ", sets.stream().map(s -> "{" + String.join(", ", s) + "}").toList());
    }

    private static JsonArray flat(List<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }

    private static JsonArray nested(List<List<String>> sets) {
        JsonArray a = new JsonArray();
        sets.forEach(s -> a.add(flat(s)));
        return a;
    }
}
