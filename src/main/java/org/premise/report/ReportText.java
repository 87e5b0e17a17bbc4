package org.premise.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out an {@link AnalysisReport} as plain text for a terminal: the same content as
 * {@link ReportMarkdown}, in aligned columns, with no Markdown markup (no emphasis, table rules
 * or code quotes) to show as stray characters.
 */
final class ReportText {
    private ReportText() {}

    static void write(AnalysisReport report, PrintWriter w) {
        w.println("Premise report");
        w.println("==============");
        w.println();
        w.println("Statements: " + report.statements + "; arguments: " + report.arguments + "; conclusions: "
                + report.conclusions.size() + "; open questions: " + report.questionCount + ".");
        w.println();
        TextColumns.paragraph(w, ReportMarkdown.LEGEND);
        conclusions(report, w);
        if (report.probabilities != null) probabilities(report, w);
        friction(report, w);
        questions(report, w);
        candidates(report, w);
        glossary(report, w);
    }

    private static void conclusions(AnalysisReport report, PrintWriter w) {
        TextColumns.heading(w, "Conclusions");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"conclusion", "status", "linchpins", "smallest defeat sets"});
        for (AnalysisReport.ConclusionView c : report.conclusions) {
            rows.add(new String[] {c.key(), c.status(), c.linchpins().isEmpty() ? "none" : String.join(", ", c.linchpins()),
                    (c.smallestDefeatSets().isEmpty() ? "none" : ReportMarkdown.braces(c.smallestDefeatSets()))
                            + (c.defeatTruncated() ? " (enumeration truncated)" : "")});
        }
        TextColumns.write(w, rows, "", true);
        w.println();
        w.println("Support sets (the leaves that together support each conclusion):");
        w.println();
        rows = new ArrayList<>();
        for (AnalysisReport.ConclusionView c : report.conclusions) {
            String sets = !c.supportSets().isEmpty() ? ReportMarkdown.braces(c.supportSets())
                    : c.supportTruncated() ? "none listed within the work budget" : "none (unsupported)";
            rows.add(new String[] {c.key(), c.supportSets().size() + (c.supportTruncated() ? "+" : ""), sets});
        }
        TextColumns.write(w, rows, "  ", true);
        if (report.conclusions.stream().anyMatch(AnalysisReport.ConclusionView::supportTruncated)) {
            w.println();
            w.println("A count with + was truncated at the cap or the work budget: there may be more.");
        }
        w.println();
    }

    /** Each conclusion's status beside its P(in) and P(supported) under the given credences. */
    private static void probabilities(AnalysisReport report, PrintWriter w) {
        TextColumns.heading(w, "Probabilities");
        TextColumns.paragraph(w, "Under the credences given (docs/semantics.md, \"Credence\"): P(in) is the probability that "
                + "the conclusion is accepted, P(supported) that some support set holds; a sampled figure has its 95% interval.");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"conclusion", "status", "P(in)", "P(supported)", "method", "check first"});
        for (AnalysisReport.ConclusionView c : report.conclusions) {
            var p = report.probabilities.get(c.key());
            if (p == null) continue;
            rows.add(new String[] {c.key(), c.status(), CredenceReport.shown(p.in(), p.method()),
                    CredenceReport.shown(p.supported(), p.method()), p.method().word(), report.checkFirst.getOrDefault(c.key(), "-")});
        }
        TextColumns.write(w, rows, "", true);
        w.println();
    }

    private static void friction(AnalysisReport report, PrintWriter w) {
        TextColumns.heading(w, "What breaks the loop");
        if (report.friction.isEmpty()) {
            w.println("No statement undercuts a loop condition.");
            w.println();
        }
        report.friction.forEach((loop, sources) -> {
            w.println(loop + " is broken by " + sources.size() + " friction source" + (sources.size() == 1 ? "" : "s") + ":");
            w.println();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"friction source", "undercuts"});
            sources.forEach((source, conditions) -> rows.add(new String[] {source, String.join(", ", conditions)}));
            TextColumns.write(w, rows, "  ", true);
            w.println();
        });
    }

    private static void questions(AnalysisReport report, PrintWriter w) {
        TextColumns.heading(w, "Open questions, ranked by what their answer could overturn");
        TextColumns.paragraph(w, "k = the fewest statements that must fail, this question's target among them, to overturn "
                + "a conclusion; k = 1 means the question bears on a linchpin.");
        if (report.questions.isEmpty()) {
            w.println("No open questions.");
            w.println();
            return;
        }
        boolean values = report.questionValues != null;
        List<String[]> rows = new ArrayList<>();
        rows.add(values ? new String[] {"rank", "question", "weight", "value of information", "why"}
                : new String[] {"rank", "question", "weight", "why"});
        int rank = 1;
        for (AnalysisReport.QuestionView q : report.questions) {
            String r = String.valueOf(rank++);
            String weight = String.valueOf(q.weight());
            String why = ReportMarkdown.why(q);
            if (values) {
                Double value = report.questionValues.get(q.key());
                rows.add(new String[] {r, q.key(), weight, value == null ? "-" : CredenceReport.num(value), why});
            } else {
                rows.add(new String[] {r, q.key(), weight, why});
            }
        }
        TextColumns.write(w, rows, "", true);
        w.println();
    }

    private static void candidates(AnalysisReport report, PrintWriter w) {
        TextColumns.heading(w, "Candidates to confirm");
        if (report.candidates.isEmpty()) {
            w.println("The rules propose no new roles.");
            w.println();
            return;
        }
        TextColumns.paragraph(w, "Roles the rules propose from the concepts a statement mentions. To confirm one, add its "
                + "line to a Turtle file (prefixes st: and premise:) and load it with the rest.");
        for (AnalysisReport.CandidateView c : report.candidates) {
            TextColumns.wrap(c.statement() + " as " + c.role() + " (mentions " + String.join(", ", c.concepts()) + ")"
                    + (c.text() == null ? "" : ": " + c.text()), TextColumns.WIDTH).forEach(w::println);
            w.println("    " + c.confirm());
            w.println();
        }
    }

    /** The words behind every key the report used. */
    private static void glossary(AnalysisReport report, PrintWriter w) {
        if (report.captions.isEmpty()) return;
        TextColumns.heading(w, "Statements");
        List<String[]> rows = new ArrayList<>();
        report.captions.forEach((key, caption) -> rows.add(new String[] {key, caption}));
        TextColumns.write(w, rows, "", true);
    }
}
