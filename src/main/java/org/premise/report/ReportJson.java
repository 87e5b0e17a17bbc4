package org.premise.report;

import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/** Lays out an {@link AnalysisReport} as JSON: {@code conclusions}, {@code frictionByLoop}, {@code openQuestions},
 * {@code candidates}, and {@code statements}: the label or shortened text of every statement key used. */
final class ReportJson {
    private ReportJson() {}

    static JsonObject of(AnalysisReport report) {
        JsonObject o = new JsonObject();
        JsonArray conclusions = new JsonArray();
        for (AnalysisReport.ConclusionView c : report.conclusions) {
            JsonObject j = new JsonObject();
            j.put("statement", c.key());
            if (c.label() != null) j.put("label", c.label());
            j.put("status", c.status());
            j.put("supportSets", nested(c.supportSets()));
            j.put("supportSetsTruncated", c.supportTruncated());
            j.put("linchpins", flat(c.linchpins()));
            j.put("smallestDefeatSets", nested(c.smallestDefeatSets()));
            j.put("defeatSetsTruncated", c.defeatTruncated());
            var p = report.probabilities == null ? null : report.probabilities.get(c.key());
            if (p != null) {
                JsonObject pj = new JsonObject();
                pj.put("in", JsonNumber.value(p.in().value()));
                pj.put("supported", JsonNumber.value(p.supported().value()));
                pj.put("method", p.method().word());
                if (p.method() == org.premise.reason.credence.CredenceResult.Method.SAMPLED) {
                    pj.put("inLow", JsonNumber.value(p.in().low()));
                    pj.put("inHigh", JsonNumber.value(p.in().high()));
                    pj.put("samples", p.samples());
                }
                String first = report.checkFirst.get(c.key());
                if (first != null) pj.put("checkFirst", first);
                j.put("probability", pj);
            }
            conclusions.add(j);
        }
        o.put("conclusions", conclusions);
        JsonObject loops = new JsonObject();
        report.friction.forEach((loop, sources) -> {
            JsonObject l = new JsonObject();
            sources.forEach((source, conditions) -> l.put(source, flat(conditions)));
            loops.put(loop, l);
        });
        o.put("frictionByLoop", loops);
        JsonArray questions = new JsonArray();
        for (AnalysisReport.QuestionView q : report.questions) {
            JsonObject j = new JsonObject();
            j.put("question", q.key());
            j.put("overturns", q.overturns());
            j.put("weight", JsonNumber.value(q.weight()));
            Double value = report.questionValues == null ? null : report.questionValues.get(q.key());
            if (value != null) j.put("valueOfInformation", JsonNumber.value(value));
            JsonArray reasons = new JsonArray();
            q.reasons().forEach(r -> {
                JsonObject rj = new JsonObject();
                rj.put("conclusion", r.conclusion());
                rj.put("through", r.through());
                rj.put("k", r.k());
                reasons.add(rj);
            });
            j.put("reasons", reasons);
            questions.add(j);
        }
        o.put("openQuestions", questions);
        JsonObject captions = new JsonObject();
        report.captions.forEach(captions::put);
        o.put("statements", captions);
        JsonArray candidates = new JsonArray();
        for (AnalysisReport.CandidateView c : report.candidates) {
            JsonObject j = new JsonObject();
            j.put("statement", c.statement());
            j.put("role", c.role());
            j.put("concepts", flat(c.concepts()));
            if (c.text() != null) j.put("text", c.text());
            j.put("confirm", c.confirm());
            candidates.add(j);
        }
        o.put("candidates", candidates);
        return o;
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
