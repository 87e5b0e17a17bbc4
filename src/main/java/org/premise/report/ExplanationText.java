package org.premise.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.premise.rdf.Terms;
import org.premise.reason.Explanation;

/**
 * An {@link Explanation} as {@code premise explain} prints it (a tree of rule names down to
 * asserted triples, one line per triple) and as JSON ({@code triple}, {@code rule} or
 * {@code assertedIn}, {@code from}).
 */
public final class ExplanationText {
    private ExplanationText() {}

    /** The lines {@code premise explain} prints for this explanation. */
    public static List<String> lines(Explanation explanation) {
        List<String> lines = new ArrayList<>();
        add(lines, explanation, "", "");
        return lines;
    }

    private static void add(List<String> lines, Explanation e, String lead, String childLead) {
        String how = e.isAsserted() ? "(asserted in " + Terms.show(e.assertedIn()) + ")" : "[" + e.rule() + "]";
        lines.add(lead + Terms.show(e.triple()) + "   " + how);
        List<Explanation> from = e.from();
        for (int i = 0; i < from.size(); i++) {
            boolean last = i == from.size() - 1;
            add(lines, from.get(i), childLead + (last ? "└─ " : "├─ "), childLead + (last ? "   " : "│  "));
        }
    }

    /** The explanation as a JSON tree. */
    public static JsonObject json(Explanation e) {
        JsonObject o = new JsonObject();
        o.put("triple", Terms.show(e.triple()));
        if (e.isAsserted()) o.put("assertedIn", Terms.show(e.assertedIn()));
        else o.put("rule", e.rule());
        JsonArray from = new JsonArray();
        e.from().forEach(f -> from.add(json(f)));
        o.put("from", from);
        return o;
    }
}
