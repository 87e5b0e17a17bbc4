package org.premise.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdicts on issue 8's goals, from results.tsv lines as bin/benchmark-scale writes them. */
class ScaleGoalsTest {
    private static String line(String time, String shape, long n, String engine, String measurement, String value,
            String status, String detail) {
        return String.join("\t", time, "abc1234", shape, Long.toString(n), "42", engine, measurement, value, "x", status, detail);
    }

    /** The verdicts by a short name, in the order. */
    private static Map<String, ScaleGoals.Verdict> verdicts(Path tsv, String since) throws Exception {
        List<String> names = List.of("query", "report", "million", "ladder", "whatif", "rete");
        List<ScaleGoals.Verdict> all = ScaleGoals.read(tsv, since).verdicts();
        assertEquals(names.size(), all.size());
        return names.stream().collect(Collectors.toMap(Function.identity(), n -> all.get(names.indexOf(n))));
    }

    @Test
    void goalsAreJudgedFromThisRunsFiguresOnly(@TempDir Path dir) throws Exception {
        String old = "2026-11-30T10:00:00Z";
        String now = "2026-12-01T10:00:00Z";
        Path tsv = dir.resolve("results.tsv");
        Files.write(tsv, List.of(
                "time\tcommit\tshape\tstatements\tseed\tengine\tmeasurement\tvalue\tunit\tstatus\tdetail",
                // an earlier run, which must not count
                line(old, "dag", 100_000, "cli", "ratio_query_vs_riot", "1.1", "ok", ""),
                line(now, "dag", 100_000, "cli", "ratio_query_vs_riot", "3.4", "ok", ""),
                line(now, "dag", 100_000, "cli", "ratio_report_vs_riot", "1.2", "ok", ""),
                line(now, "tree", 100_000, "cli", "ratio_report_vs_riot", "1.5", "ok", ""),
                line(now, "dag", 100_000, "premise", "whatif_p99_ms", "8.5", "info", ""),
                line(now, "dag", 100_000, "premise", "whatif_p50_ms", "0.5", "info", ""),
                line(now, "dag", 100_000, "premise", "analyse_compute_ms", "100", "info", ""),
                line(now, "ladder", 1000, "cli", "ladder_report_json", "3000", "ok", "supportSetsTruncated true in 1 conclusions"),
                line(now, "dag", 1000, "rete", "derive", "900", "ok", ""),
                line(now, "dag", 1000, "premise", "ratio_rete_over_premise_closure", "2.4", "ok", ""),
                line(now, "dag", 10_000, "rete", "derive", "11000", "ok", ""),
                line(now, "dag", 10_000, "premise", "ratio_rete_over_premise_closure", "9.6", "ok", ""),
                line(now, "ladder", 1000, "rete", "derive", "68000", "ok", ""),
                line(now, "ladder", 1000, "premise", "ratio_rete_over_premise_closure", "184", "ok", ""),
                line(now, "ladder", 10_000, "rete", "derive", "120000", "dnf", "")), StandardCharsets.UTF_8);

        Map<String, ScaleGoals.Verdict> v = verdicts(tsv, now);
        assertEquals("not met", v.get("query").outcome(), v.get("query").evidence());
        assertEquals("met", v.get("report").outcome());
        assertEquals("dag 1.20x, tree 1.50x", v.get("report").evidence());
        assertEquals("met", v.get("whatif").outcome(), v.get("whatif").evidence());
        assertEquals("met", v.get("ladder").outcome());
        assertEquals("not measured", v.get("million").outcome());
        ScaleGoals.Verdict rete = v.get("rete");
        assertEquals("met on a shape", rete.outcome());
        assertTrue(rete.evidence().contains("dag 10000: 9.6x") && rete.evidence().contains("ladder 1000: 184.0x"), rete.evidence());

        // Counting the earlier run as well changes nothing: the last line of a measurement wins.
        assertEquals("not met", verdicts(tsv, old).get("query").outcome());
    }

    @Test
    void aMissingSizeIsNotMeasuredNeverGuessed(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("results.tsv");
        Files.write(tsv, List.of(line("2026-12-01T10:00:00Z", "dag", 1000, "cli", "ratio_query_vs_riot", "1.0", "ok", "")),
                StandardCharsets.UTF_8);
        for (ScaleGoals.Verdict v : ScaleGoals.read(tsv, "").verdicts()) {
            assertEquals("not measured", v.outcome(), v.goal());
        }
    }
}
