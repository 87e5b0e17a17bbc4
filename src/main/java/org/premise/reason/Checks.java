package org.premise.reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.riot.Lang;
import org.premise.BundledResources;
import org.premise.rdf.RdfFiles;
import org.premise.rdf.Terms;
import org.premise.rdf.Vocab;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.premise.query.NamedQuery;
import org.premise.query.QueryCatalog;
import org.premise.query.QueryRunner;

/**
 * Whether a knowledge base is well formed: SHACL shapes (ontology/shapes.ttl) and the
 * consistency checks (queries/checks/*.rq, whose rows are violations).
 */
public final class Checks {
    private Checks() {}

    /** One violation: where (focus node), what, and which shape or check found it. */
    public record Violation(String focus, String message, String check) {}

    /** Names the shape that failed: a property shape (a blank node) by its path, a node shape by IRI. */
    private static String shapeName(ReportEntry entry) {
        if (entry.source() != null && entry.source().isURI()) return "shape " + Terms.show(entry.source());
        if (entry.resultPath() != null) {
            return "shape on " + PathWriter.asString(entry.resultPath(), new Prologue(Vocab.PREFIXES));
        }
        return "shape";
    }

    /** Every violation, sorted by focus node; empty when the knowledge base is well formed. */
    public static List<Violation> run(Workspace ws) {
        List<Violation> violations = new ArrayList<>();
        Graph data = ws.kb().union();
        String shapesText = BundledResources.onClasspath().readAll("premise/ontology").get("shapes.ttl");
        Shapes shapes = Shapes.parse(RdfFiles.parseGraph("ontology/shapes.ttl", shapesText, Lang.TURTLE));
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        for (ReportEntry entry : report.getEntries()) {
            violations.add(new Violation(Terms.show(entry.focusNode()), entry.message(), shapeName(entry)));
        }
        QueryRunner runner = new QueryRunner(ws.kb().dataset());
        for (NamedQuery check : QueryCatalog.bundled().checks()) {
            ResultSet rows = runner.select(check, java.util.Map.of());
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                Node focus = row.get("focus") == null ? null : row.get("focus").asNode();
                String message = row.get("message") == null ? check.title() : row.get("message").toString();
                violations.add(new Violation(focus == null ? "(none)" : Terms.show(focus), message, "check " + check.name()));
            }
        }
        violations.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::message));
        return violations;
    }
}
