package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The open-question ranking is computed twice: in Java (QuestionRanking, used by report and
 * whatif) and in SPARQL over the analysis graph (queries/unknowns-ranked.rq). They must agree:
 * same order, same overturn counts, same weights, on the seed and with a second digest loaded.
 */
class QuestionRankingAgreesTest {

    private static List<String> fromReport(String... extra) {
        List<String> args = new ArrayList<>(List.of("report", "--format", "json"));
        args.addAll(List.of(extra));
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.exit(), run.err());
        JsonObject report = JSON.parse(run.out());
        List<String> rows = new ArrayList<>();
        report.get("openQuestions").getAsArray().forEach(q -> {
            JsonObject o = q.getAsObject();
            rows.add(o.get("question").getAsString().value() + " " + o.get("overturns").getAsNumber().value().intValue()
                    + " " + String.format("%.3f", o.get("weight").getAsNumber().value().doubleValue()));
        });
        return rows;
    }

    private static List<String> fromQuery(String... extra) {
        List<String> args = new ArrayList<>(List.of("query", "unknowns-ranked", "--format", "csv"));
        args.addAll(List.of(extra));
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.exit(), run.err());
        List<String> rows = new ArrayList<>();
        List<String> lines = run.lines();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", 4);
            String key = cells[0].substring(cells[0].lastIndexOf('/') + 1);
            rows.add(key + " " + cells[1] + " " + String.format("%.3f", Double.parseDouble(cells[2])));
        }
        return rows;
    }

    @Test
    void onTheSeed() {
        assertEquals(fromReport(), fromQuery());
    }

    @Test
    void withASecondDigestLoaded() {
        String digest = "src/test/resources/digests/compute-bottlenecks.txt";
        assertEquals(fromReport("--data", digest), fromQuery("--data", digest));
    }
}
