package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code premise report} lists the roles rules/proposals.rules proposes, each with the Turtle
 * line that confirms it; the seed alone has none, the two hand-written digests add some, and
 * confirming one turns the candidate into a friction source that breaks the loop.
 */
class CandidatesReportTest {
    static final String LAB = "src/test/resources/digests/lab-governance.txt";
    static final String COMPUTE = "src/test/resources/digests/compute-bottlenecks.txt";
    static final String SIGN_OFF = "sign-off-chains-for-large-training-ef1ff2";

    static JsonObject report(String... data) {
        List<String> args = new ArrayList<>(List.of("report", "--format", "json"));
        for (String d : data) {
            args.add("--data");
            args.add(d);
        }
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.exit(), run.err());
        return JSON.parse(run.out());
    }

    static List<String> candidates(JsonObject report) {
        List<String> shown = new ArrayList<>();
        for (JsonValue v : report.get("candidates").getAsArray()) {
            JsonObject c = v.getAsObject();
            shown.add(c.get("statement").getAsString().value() + " " + c.get("role").getAsString().value() + " | "
                    + c.get("confirm").getAsString().value());
        }
        return shown;
    }

    @Test
    void theSeedAloneHasNoCandidates() {
        assertEquals(List.of(), candidates(report()));
        Cli.Run md = Cli.run("report");
        assertTrue(md.out().contains("## Candidates to confirm\n\nThe rules propose no new roles."), md.out());
    }

    @Test
    void theSecondDigestsFrictionAndEvidenceStatementsAreCandidates() {
        assertEquals(List.of(
                "a-2025-survey-of-lab-7ed629 premise:Evidence | st:a-2025-survey-of-lab-7ed629 a premise:Evidence .",
                "labs-report-that-60-80-of-0cc121 premise:Evidence | st:labs-report-that-60-80-of-0cc121 a premise:Evidence .",
                SIGN_OFF + " premise:FrictionSource | st:" + SIGN_OFF + " premise:undercuts st:low-friction .",
                "teams-competing-for-one-gpu-eaaf42 premise:FrictionSource | "
                        + "st:teams-competing-for-one-gpu-eaaf42 premise:undercuts st:low-friction ."),
                candidates(report(LAB, COMPUTE)));
        // political-allocation, repeated in lab-governance, already undercuts: not a candidate.
        JsonArray concepts = report(LAB).get("candidates").getAsArray().get(1).getAsObject().get("concepts").getAsArray();
        assertEquals("concept:friction", concepts.get(0).getAsString().value());
    }

    @Test
    void theConfirmingLineMakesItAFrictionSource(@TempDir Path tmp) throws IOException {
        Path confirm = tmp.resolve("confirm.ttl");
        Files.writeString(confirm, "@prefix st: <https://w3id.org/premise/statement/> .\n"
                + "@prefix premise: <https://w3id.org/premise/ontology#> .\n"
                + "st:" + SIGN_OFF + " premise:undercuts st:low-friction .\n");
        JsonObject report = report(LAB, confirm.toString());
        assertEquals(List.of(
                "a-2025-survey-of-lab-7ed629 premise:Evidence | st:a-2025-survey-of-lab-7ed629 a premise:Evidence .",
                "teams-competing-for-one-gpu-eaaf42 premise:FrictionSource | "
                        + "st:teams-competing-for-one-gpu-eaaf42 premise:undercuts st:low-friction ."), candidates(report));
        JsonObject loops = report.get("frictionByLoop").getAsObject();
        assertTrue(loops.get("kb:rsi-loop").getAsObject().hasKey(SIGN_OFF), loops.toString());
    }
}
