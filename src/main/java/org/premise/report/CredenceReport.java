package org.premise.report;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.rdf.Vocab;
import org.premise.reason.CredenceWriter;
import org.premise.reason.Credences;
import org.premise.reason.credence.CredenceResult.Estimate;
import org.premise.reason.credence.CredenceResult.Method;
import org.premise.reason.credence.CredenceResult.QuestionReason;
import org.premise.reason.credence.CredenceResult.QuestionValue;
import org.premise.reason.credence.CredenceResult.Sensitivity;
import org.premise.reason.credence.CredenceResult.StatementCredence;
import org.premise.reason.credence.CredenceResult;

/**
 * Credence figures for a person (text), a program (JSON: {@code probabilities}, {@code questions},
 * {@code credences}, {@code limits}, {@code statements}) or a graph (Turtle, the triples the
 * analysis graph carries). Statements are shown by key.
 */
public final class CredenceReport {
    private final CredenceResult result;
    private final Credences credences;
    private final Graph knowledge;

    public CredenceReport(CredenceResult result, Credences credences, Graph knowledge) {
        this.result = result;
        this.credences = credences;
        this.knowledge = knowledge;
    }

    /** Writes the figures as {@code text}, {@code json} or {@code ttl}. */
    public void write(String format, OutputStream out) {
        if (format.equals("ttl")) {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
            CredenceWriter.write(result, g);
            RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
            return;
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (format.equals("json")) {
            w.println(JSON.toString(json()));
        } else {
            text(w);
        }
        w.flush();
    }

    /** The figures as JSON. Probabilities are written in full, not rounded. */
    public JsonObject json() {
        Names names = new Names(knowledge);
        JsonObject o = new JsonObject();
        JsonArray probabilities = new JsonArray();
        for (StatementCredence s : result.statements()) {
            JsonObject x = new JsonObject();
            x.put("statement", names.of(s.statement()));
            x.put("method", s.method().word());
            x.put("in", estimate(s.in(), s.method()));
            x.put("supported", estimate(s.supported(), s.method()));
            if (s.method() == Method.SAMPLED) {
                x.put("samples", s.samples());
            }
            x.put("leaves", s.leaves());
            JsonArray sens = new JsonArray();
            for (Sensitivity t : s.sensitivities()) {
                JsonObject y = new JsonObject();
                y.put("leaf", names.of(t.leaf()));
                y.put("credence", JsonNumber.value(t.credence()));
                putNumber(y, "in", t.in());
                putNumber(y, "supported", t.supported());
                if (s.method() == Method.SAMPLED) {
                    y.put("inError", JsonNumber.value(t.inError()));
                    y.put("supportedError", JsonNumber.value(t.supportedError()));
                }
                sens.add(y);
            }
            x.put("sensitivities", sens);
            x.put("sensitivitiesCut", s.sensitivitiesCut());
            probabilities.add(x);
        }
        o.put("probabilities", probabilities);
        JsonArray questions = new JsonArray();
        for (QuestionValue q : result.questions()) {
            JsonObject x = new JsonObject();
            x.put("question", names.of(q.question()));
            x.put("value", JsonNumber.value(q.value()));
            JsonArray reasons = new JsonArray();
            for (QuestionReason r : q.reasons()) {
                JsonObject y = new JsonObject();
                y.put("statement", names.of(r.statement()));
                y.put("value", JsonNumber.value(r.value()));
                y.put("method", r.method().word());
                reasons.add(y);
            }
            x.put("reasons", reasons);
            x.put("cut", q.cut());
            questions.add(x);
        }
        o.put("questions", questions);
        JsonObject used = new JsonObject();
        Map<String, String> byKey = new TreeMap<>();
        result.credences().keySet().forEach(id -> byKey.put(names.of(id), id));
        byKey.forEach((shown, id) -> {
            Credences.Leaf leaf = credences.leaf(id);
            JsonObject y = new JsonObject();
            y.put("credence", JsonNumber.value(leaf.value()));
            y.put("source", leaf.source().word());
            if (leaf.detail() != null) {
                y.put("detail", leaf.detail());
            }
            used.put(shown, y);
        });
        o.put("credences", used);
        JsonObject limits = new JsonObject();
        limits.put("exactLimit", result.options().exactLimit());
        limits.put("samples", result.options().samples());
        limits.put("seed", result.options().seed());
        limits.put("exactWorkCut", result.exactWorkCut());
        o.put("limits", limits);
        JsonObject captions = new JsonObject();
        names.mentioned().forEach(captions::put);
        o.put("statements", captions);
        return o;
    }

    private static JsonObject estimate(Estimate e, Method method) {
        JsonObject o = new JsonObject();
        o.put("probability", JsonNumber.value(e.value()));
        if (method == Method.SAMPLED) {
            o.put("standardError", JsonNumber.value(e.standardError()));
            o.put("low", JsonNumber.value(e.low()));
            o.put("high", JsonNumber.value(e.high()));
        }
        return o;
    }

    private static void putNumber(JsonObject o, String key, Double value) {
        if (value == null) {
            o.put(key, org.apache.jena.atlas.json.JsonNull.instance);
        } else {
            o.put(key, JsonNumber.value(value));
        }
    }

    private void text(PrintWriter w) {
        Names names = new Names(knowledge);
        w.println("Credence: each leaf holds with its credence, independently of the others. P(in) is the "
                + "probability that a statement is accepted (it counts attacks); P(supported) that some support set "
                + "holds. A sampled figure comes with its 95% interval.");
        w.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"statement", "P(in)", "P(supported)", "method", "check first"});
        for (StatementCredence s : result.statements()) {
            String first = s.sensitivities().isEmpty() ? "-" : names.of(s.sensitivities().get(0).leaf())
                    + " (" + signed(s.sensitivities().get(0).in()) + ")";
            rows.add(new String[] {names.of(s.statement()), shown(s.in(), s.method()), shown(s.supported(), s.method()),
                    s.method().word() + (s.method() == Method.SAMPLED ? ", " + s.samples() + " worlds" : ""), first});
        }
        table(w, rows);
        for (StatementCredence s : result.statements()) {
            w.println();
            w.println("Sensitivities of " + names.of(s.statement()) + " (importance: P(in) if the leaf holds minus P(in) "
                    + "if it fails; then the same for P(supported)):"
                    + (s.sensitivities().isEmpty() ? " none" : ""));
            for (Sensitivity t : s.sensitivities()) {
                w.println("  " + names.of(t.leaf()) + " (credence " + num(t.credence()) + "): " + signed(t.in())
                        + ", " + signed(t.supported()));
            }
            if (s.sensitivitiesCut()) {
                w.println("  ... " + (s.leaves() < 0 ? "not all leaves could be found within the work budget"
                        : s.leaves() + " leaves in all; more move it than are listed (--top)"));
            }
        }
        w.println();
        w.println("Open questions by value of information (the expected change in P(in), summed over the statements above):");
        int rank = 0;
        for (QuestionValue q : result.questions()) {
            List<String> why = new ArrayList<>();
            for (QuestionReason r : q.reasons()) {
                why.add(names.of(r.statement()) + " " + num(r.value()) + (r.method() == Method.SAMPLED ? " (sampled)" : ""));
            }
            w.println("  " + ++rank + ". " + names.of(q.question()) + ": " + num(q.value())
                    + (why.isEmpty() ? "" : " (" + String.join(", ", why) + ")") + (q.cut() ? " [cut: first 4 statements]" : ""));
        }
        w.println();
        w.println("Credences used:");
        Map<String, String> lines = new TreeMap<>();
        result.credences().forEach((id, p) -> {
            Credences.Leaf leaf = credences.leaf(id);
            lines.put(names.of(id), num(p) + " (" + leaf.source().word() + (leaf.detail() == null ? "" : ": " + leaf.detail()) + ")");
        });
        lines.forEach((k, v) -> w.println("  " + k + ": " + v));
        if (result.exactWorkCut()) {
            w.println();
            w.println("The exact pass stopped at its work limit; what it had not reached was sampled (--exact-limit).");
        }
        if (!names.mentioned().isEmpty()) {
            w.println();
            w.println("Statements:");
            names.mentioned().forEach((key, caption) -> w.println("  " + key + ": " + caption));
        }
    }

    /** A probability as text: 4 decimals (more when needed to tell it from 0 or 1), and a sampled one's interval. */
    static String shown(Estimate e, Method method) {
        String v = num(e.value());
        return method == Method.SAMPLED ? v + " [" + num(e.low()) + ", " + num(e.high()) + "]" : v;
    }

    static String num(double d) {
        if (d != 0 && Math.abs(d) < 0.0001) {
            return String.format(Locale.ROOT, "%.2g", d);
        }
        return String.format(Locale.ROOT, "%.4f", d);
    }

    private static String signed(Double d) {
        if (d == null) {
            return "n/a";
        }
        return (d >= 0 ? "+" : "") + num(d);
    }

    private static void table(PrintWriter w, List<String[]> rows) {
        TextColumns.write(w, rows);
    }
}
