package org.premise.report;

import java.io.PrintWriter;
import java.util.List;

/** Lays out an {@link AnalysisReport} as Markdown for a person. */
final class ReportMarkdown {
    private ReportMarkdown() {}

    static void write(AnalysisReport report, PrintWriter w) {
        w.println("# Premise report");
        w.println();
        w.println("Statements: " + report.statements + "; arguments: " + report.arguments + "; conclusions: "
                + report.conclusions.size() + "; open questions: " + report.questionCount + ".");
        w.println();
        w.println(LEGEND);
        w.println();
        w.println("## Conclusions");
        if (report.probabilities != null) probabilities(report, w);
        for (AnalysisReport.ConclusionView c : report.conclusions) conclusion(c, w);
        w.println();
        w.println("## What breaks the loop");
        if (report.friction.isEmpty()) {
            w.println();
            w.println("No statement undercuts a loop condition.");
        }
        report.friction.forEach((loop, sources) -> {
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
        for (AnalysisReport.QuestionView q : report.questions) {
            String caption = report.captions.get(q.key());
            Double value = report.questionValues == null ? null : report.questionValues.get(q.key());
            w.println(rank++ + ". **" + q.key() + "**" + (caption == null ? "" : " (" + caption + ")") + ": " + why(q)
                    + " (weight " + q.weight() + (value == null ? "" : "; value of information " + CredenceReport.num(value))
                    + ")");
        }
        candidates(report, w);
        glossary(report, w);
    }

    /** The probability column: each conclusion's status beside its P(in) and P(supported) under the given credences. */
    private static void probabilities(AnalysisReport report, PrintWriter w) {
        w.println();
        w.println("Under the credences given (docs/semantics.md, \"Credence\"): P(in) is the probability that the conclusion "
                + "is accepted, P(supported) that some support set holds; a sampled figure has its 95% interval.");
        w.println();
        w.println("| conclusion | status | P(in) | P(supported) | method | check first |");
        w.println("|---|---|---|---|---|---|");
        for (AnalysisReport.ConclusionView c : report.conclusions) {
            var p = report.probabilities.get(c.key());
            if (p == null) continue;
            w.println("| " + c.key() + " | " + c.status() + " | " + CredenceReport.shown(p.in(), p.method()) + " | "
                    + CredenceReport.shown(p.supported(), p.method()) + " | " + p.method().word() + " | "
                    + report.checkFirst.getOrDefault(c.key(), "-") + " |");
        }
    }

    /** One line on what the words of the report mean. */
    static final String LEGEND = "Status, under grounded semantics: in = accepted (supported, and every attacker is out); "
            + "out = defeated by an accepted attacker, or without support; undecided = neither can be established "
            + "(for example two statements that rebut each other). A support set is a set of leaves that together "
            + "support the conclusion; a linchpin is in every one; a defeat set is a set of leaves whose failure leaves "
            + "it without support. An open question's weight is the sum, over the conclusions, of 1/k (k below).";

    /** The words behind every key the report used. */
    private static void glossary(AnalysisReport report, PrintWriter w) {
        if (report.captions.isEmpty()) return;
        w.println();
        w.println("## Statements");
        w.println();
        report.captions.forEach((key, caption) -> w.println("- **" + key + "**: " + caption));
    }

    private static void candidates(AnalysisReport report, PrintWriter w) {
        w.println();
        w.println("## Candidates to confirm");
        w.println();
        if (report.candidates.isEmpty()) {
            w.println("The rules propose no new roles.");
            return;
        }
        w.println("Roles the rules propose from the concepts a statement mentions. To confirm one, add its line to a "
                + "Turtle file (prefixes st: and premise:) and load it with the rest.");
        for (AnalysisReport.CandidateView c : report.candidates) {
            w.println();
            w.println("- **" + c.statement() + "** as " + c.role() + " (mentions " + String.join(", ", c.concepts()) + ")"
                    + (c.text() == null ? "" : ": " + c.text()));
            w.println();
            w.println("      " + c.confirm());
        }
    }

    private static void conclusion(AnalysisReport.ConclusionView c, PrintWriter w) {
        w.println();
        w.println("### " + c.key() + (c.label() == null ? "" : ": " + c.label()));
        w.println();
        w.println("- Status: **" + c.status() + "**");
        w.println("- Support sets (" + c.supportSets().size() + (c.supportTruncated() ? ", truncated at the cap or the work budget: there may be more" : "")
                + "): " + (!c.supportSets().isEmpty() ? braces(c.supportSets())
                        : c.supportTruncated() ? "none listed within the work budget" : "none (unsupported)"));
        w.println("- Linchpins: " + (c.linchpins().isEmpty() ? "none" : String.join(", ", c.linchpins())));
        w.println("- Smallest defeat sets" + (c.defeatTruncated() ? " (enumeration truncated)" : "") + ": "
                + (c.smallestDefeatSets().isEmpty() ? "none" : braces(c.smallestDefeatSets())));
    }

    static String why(AnalysisReport.QuestionView q) {
        List<String> alone = q.reasons().stream().filter(r -> r.k() == 1)
                .map(r -> r.conclusion() + " (through " + r.through() + ")").toList();
        if (!alone.isEmpty()) return "could overturn alone: " + String.join(", ", alone);
        if (q.reasons().isEmpty()) return "bears on no conclusion's support";
        return "cannot overturn any conclusion alone; smallest k = " + q.reasons().get(0).k();
    }

    static String braces(List<List<String>> sets) {
        return String.join(", ", sets.stream().map(s -> "{" + String.join(", ", s) + "}").toList());
    }
}
