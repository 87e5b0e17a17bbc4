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
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.premise.query.QueryCatalog;
import org.premise.query.QueryRunner;
import org.premise.reason.ArgumentGraphReader;
import org.premise.reason.Workspace;
import org.premise.reason.analysis.Analysis;
import org.premise.reason.analysis.QuestionRanking;
import org.premise.reason.credence.CredenceResult;

/**
 * The analysis of a knowledge base for a person (plain text for a terminal, {@link ReportText};
 * Markdown, {@link ReportMarkdown}) or a program (JSON, {@link ReportJson}): each conclusion with its status, support sets,
 * linchpins and smallest defeat sets; what breaks each loop (the {@code friction} query);
 * the open questions ranked with the reason. This class gathers it, with statements shown
 * by key; the writers only lay it out.
 */
public final class AnalysisReport {
    /** One conclusion's part of the report. */
    record ConclusionView(String key, String label, String status, List<List<String>> supportSets, boolean supportTruncated,
                          List<String> linchpins, List<List<String>> smallestDefeatSets, boolean defeatTruncated) {}

    /** Why a question matters for one conclusion: answering against {@code through} takes k failures to defeat it. */
    record ReasonView(String conclusion, String through, int k) {}

    /**
     * A role proposed for a statement (rules/proposals.rules), the concepts that proposed it
     * and the one Turtle line (prefixes {@code st:}, {@code premise:}) that confirms it.
     */
    record CandidateView(String statement, String role, List<String> concepts, String text, String confirm) {}

    /** One open question, ranked. */
    record QuestionView(String key, int overturns, double weight, List<ReasonView> reasons) {}

    final int statements;
    final int arguments;
    final int questionCount;
    final List<ConclusionView> conclusions;
    /** Loop → friction source → the conditions it undercuts. */
    final Map<String, Map<String, List<String>>> friction;
    final List<QuestionView> questions;
    /** Roles the proposal rules suggest, each with the Turtle line that confirms it. */
    final List<CandidateView> candidates;
    /** Every statement the report shows by key, with its label or shortened text (those that have one), sorted by key. */
    final java.util.SortedMap<String, String> captions;
    /** Each conclusion's credence figures by key, when credences were given; else null. */
    final Map<String, CredenceResult.StatementCredence> probabilities;
    /** Each open question's value of information by key, when credences were given; else null. */
    final Map<String, Double> questionValues;
    /** Each conclusion's leaf to check first, by key (shown as a key), when credences were given. */
    final Map<String, String> checkFirst;

    public AnalysisReport(Workspace ws) {
        this(ws, null);
    }

    /**
     * The report, with the credence figures of the conclusions (from {@code credence}, computed
     * for them) beside their statuses, or without when {@code credence} is null.
     */
    public AnalysisReport(Workspace ws, CredenceResult credence) {
        Analysis analysis = ws.analysis();
        Names names = new Names(ws.kb().union());
        this.statements = analysis.graph().size();
        this.arguments = analysis.graph().argumentCount();
        this.questionCount = analysis.graph().questions().size();
        this.conclusions = conclusions(analysis, names);
        this.friction = friction(ws, names);
        this.questions = questions(analysis, names);
        this.candidates = Candidates.of(ws.kb().union());
        if (credence == null) {
            this.probabilities = null;
            this.questionValues = null;
            this.checkFirst = null;
        } else {
            this.probabilities = new TreeMap<>();
            this.checkFirst = new TreeMap<>();
            for (CredenceResult.StatementCredence c : credence.statements()) {
                String key = names.of(c.statement());
                probabilities.put(key, c);
                if (!c.sensitivities().isEmpty()) checkFirst.put(key, names.of(c.sensitivities().get(0).leaf()));
            }
            this.questionValues = new TreeMap<>();
            credence.questions().forEach(q -> questionValues.put(names.of(q.question()), q.value()));
        }
        this.captions = names.mentioned();
    }

    /** Writes the report as {@code text} (for a terminal), {@code md} or {@code json}. */
    public void write(String format, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        switch (format) {
            case "json" -> w.println(JSON.toString(ReportJson.of(this)));
            case "text" -> ReportText.write(this, w);
            default -> ReportMarkdown.write(this, w);
        }
        w.flush();
    }

    private static List<ConclusionView> conclusions(Analysis analysis, Names names) {
        analysis.computeConclusions();
        List<ConclusionView> views = new ArrayList<>();
        for (String id : analysis.graph().conclusions()) {
            List<Set<String>> defeat = analysis.defeatSets(id);
            int smallest = defeat.stream().mapToInt(Set::size).min().orElse(0);
            List<Set<String>> smallestSets = defeat.stream().filter(s -> s.size() == smallest).toList();
            views.add(new ConclusionView(names.of(id), names.label(id), analysis.status(id).name().toLowerCase(Locale.ROOT),
                    sets(names, analysis.supportSets(id)), analysis.supportSets().isTruncated(id),
                    analysis.linchpins(id).map(names::sorted).orElse(List.of()),
                    sets(names, smallestSets), analysis.defeatSets().isTruncated(id)));
        }
        views.sort(Comparator.comparing(ConclusionView::key));
        return views;
    }

    private static Map<String, Map<String, List<String>>> friction(Workspace ws, Names names) {
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

    private static List<QuestionView> questions(Analysis analysis, Names names) {
        List<QuestionView> views = new ArrayList<>();
        for (QuestionRanking.RankedQuestion q : analysis.questionRanking().ranked()) {
            List<ReasonView> reasons = new ArrayList<>();
            q.reasons().forEach(r -> reasons.add(new ReasonView(names.of(r.conclusion()), names.of(r.through()), r.k())));
            reasons.sort(Comparator.comparingInt(ReasonView::k).thenComparing(ReasonView::conclusion));
            views.add(new QuestionView(names.of(q.question()), q.overturns(), WhatIfReport.round(q.weight()), reasons));
        }
        return views;
    }

    static List<List<String>> sets(Names names, List<Set<String>> sets) {
        List<List<String>> shown = new ArrayList<>();
        sets.forEach(s -> shown.add(names.sorted(s)));
        shown.sort(Comparator.comparing((List<String> l) -> l.size()).thenComparing(Object::toString));
        return shown;
    }
}
