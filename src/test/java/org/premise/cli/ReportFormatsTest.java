package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code premise report} on a terminal is plain text in aligned columns with no Markdown markup;
 * into a pipe or a file it stays Markdown, as scripts expect; {@code --format} and the {@code -o}
 * extension choose as in every command, and so they do for {@code whatif} and {@code credence}.
 */
class ReportFormatsTest {
    @TempDir Path dir;

    /** Runs with standard output taken for a terminal, or not. */
    static <T> T onTerminal(boolean terminal, Supplier<T> body) {
        String before = System.getProperty(Terminal.PROPERTY);
        System.setProperty(Terminal.PROPERTY, String.valueOf(terminal));
        try {
            return body.get();
        } finally {
            if (before == null) System.clearProperty(Terminal.PROPERTY);
            else System.setProperty(Terminal.PROPERTY, before);
        }
    }

    @Test
    void onATerminalTheReportIsAlignedPlainText() {
        Cli.Run run = onTerminal(true, () -> Cli.run("report"));
        assertEquals(0, run.exit(), run.err());
        assertPlainText(run.out());
        List<String> lines = run.out().lines().toList();
        // The conclusions table: each column starts where its heading does, on every row.
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("conclusion ")).findFirst().orElseThrow());
        String heading = lines.get(header);
        int status = heading.indexOf("status");
        int linchpins = heading.indexOf("linchpins");
        assertTrue(status > 0 && linchpins > status, heading);
        String thesis = lines.stream().filter(l -> l.startsWith("thesis ")).findFirst().orElseThrow();
        assertEquals("in", thesis.substring(status).split(" ")[0], thesis);
        assertEquals("models-capable", thesis.substring(linchpins).split(" ")[0], thesis);
        String takeoff = lines.stream().filter(l -> l.startsWith("rsi-takeoff ")).findFirst().orElseThrow();
        assertEquals("out", takeoff.substring(status).split(" ")[0], takeoff);
        assertTrue(run.out().contains("kb:rsi-loop is broken by 7 friction sources:"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("1 +productivity-uplift +5\\.143 +could overturn alone: .*")),
                run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("models-capable +current models already do valuable knowledge work")),
                run.out());
        assertTrue(lines.stream().allMatch(l -> l.length() <= 100 || !l.contains(" ")), "wrapped for a terminal");
    }

    @Test
    void withCredencesTheTextHasTheProbabilityColumns() {
        Cli.Run run = onTerminal(true, () -> Cli.run("report", "--credence", "models-capable=0.8"));
        assertEquals(0, run.exit(), run.err());
        assertPlainText(run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("thesis +in +0\\.7938 +0\\.7938 +exact +models-capable")), run.out());
    }

    @Test
    void candidatesInTextKeepTheLineThatConfirmsThem() {
        Cli.Run run = onTerminal(true, () -> Cli.run("report", "--data", CandidatesReportTest.LAB, "--data", CandidatesReportTest.COMPUTE));
        assertEquals(0, run.exit(), run.err());
        assertPlainText(run.out());
        assertTrue(run.out().contains("\n    st:" + CandidatesReportTest.SIGN_OFF + " premise:undercuts st:low-friction .\n"), run.out());
        assertTrue(run.out().lines().allMatch(l -> l.length() <= 100 || !l.contains(" ")), "wrapped for a terminal");
    }

    @Test
    void markdownWhenAskedOrWhenNotOnATerminal() {
        Cli.Run asked = onTerminal(true, () -> Cli.run("report", "--format", "MARKDOWN"));
        Cli.Run piped = onTerminal(false, () -> Cli.run("report"));
        assertEquals(0, asked.exit(), asked.err());
        assertTrue(asked.out().startsWith("# Premise report\n"), asked.out());
        assertTrue(asked.out().contains("- Status: **in**"), asked.out());
        assertEquals(asked.out(), piped.out());
        Cli.Run toStdout = onTerminal(false, () -> Cli.run("report", "-o", "-"));
        assertEquals(asked.out(), toStdout.out());
    }

    @ParameterizedTest
    @CsvSource({"r.md, md", "r.markdown, md", "r.json, json", "r.txt, text", "r.md.gz, md", "r.out, md"})
    void theFileExtensionChoosesEvenFromATerminal(String file, String format) throws IOException {
        Path written = dir.resolve(file);
        Cli.Run run = onTerminal(true, () -> Cli.run("report", "-o", written.toString()));
        assertEquals(0, run.exit(), run.err());
        Cli.Run printed = Cli.run("report", "--format", format);
        String content = file.endsWith(".gz")
                ? new String(new java.util.zip.GZIPInputStream(Files.newInputStream(written)).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                : Files.readString(written);
        assertEquals(printed.out(), content);
        if (format.equals("json")) assertTrue(JSON.parse(content).hasKey("conclusions"), content);
        if (format.equals("text")) assertPlainText(content);
    }

    @Test
    void aFormatThatContradictsTheExtensionIsOneLineAndNoFile() {
        Path file = dir.resolve("r.md");
        Cli.Run run = Cli.run("report", "--format", "json", "-o", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertEquals("premise: --format json but the -o file's extension says md\n", run.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(file));
        Path ttl = dir.resolve("r.ttl");
        run = Cli.run("report", "-o", ttl.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertEquals("premise: the -o file's extension says ttl, which report does not write; expected one of: text, md, json\n",
                run.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(ttl));
    }

    @ParameterizedTest
    @CsvSource({"whatif, w.json, json", "whatif, w.ttl, turtle", "whatif, w.txt, text",
            "credence, c.json, json", "credence, c.ttl, ttl", "credence, c.txt, txt"})
    void whatifAndCredenceFollowTheExtensionToo(String command, String file, String format) throws IOException {
        List<String> args = command.equals("whatif") ? List.of("whatif", "--retract", "models-capable")
                : List.of("credence", "thesis", "--credence", "models-capable=0.8");
        Path written = dir.resolve(file);
        Cli.Run run = Cli.run(concat(args, "-o", written.toString()));
        assertEquals(0, run.exit(), run.err());
        Cli.Run printed = Cli.run(concat(args, "--format", format));
        assertEquals(0, printed.exit(), printed.err());
        String content = Files.readString(written);
        if (format.equals("json")) {
            JsonObject fromFile = JSON.parse(content);
            assertEquals(JSON.parse(printed.out()), fromFile);
        } else if (file.endsWith(".ttl")) {
            assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(
                    OutputFormatFromExtensionTest.parse(printed.out(), org.apache.jena.riot.Lang.TURTLE),
                    OutputFormatFromExtensionTest.parse(content, org.apache.jena.riot.Lang.TURTLE)));
        } else {
            assertEquals(printed.out(), content);
        }
    }

    private static List<String> concat(List<String> args, String... more) {
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    private static void assertPlainText(String out) {
        assertFalse(out.contains("**"), "no emphasis: " + out);
        assertFalse(out.contains("`"), "no code quotes: " + out);
        assertFalse(out.contains("|---"), "no table rules: " + out);
        assertTrue(out.lines().noneMatch(l -> l.startsWith("#") || l.startsWith("- ")), "no Markdown headings or bullets: " + out);
    }
}
