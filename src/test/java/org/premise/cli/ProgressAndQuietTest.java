package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.rdf.Vocab;

/**
 * What {@code load}, {@code ingest} and {@code import-aif} say on stderr: a progress bar on a
 * terminal (a pseudo-terminal made by util-linux {@code script}) and none in a pipe; the summary
 * line with its counts, none of it with {@code --quiet}; and the {@code --time} line.
 */
class ProgressAndQuietTest {
    /** Enough triples that loading them takes a few hundred milliseconds at least, for the bars to redraw. */
    static final int TRIPLES = 5_000;
    static final Path DIGEST = Path.of("src/test/resources/digests/compute-bottlenecks.txt");
    static final Path AIF_MAP = Path.of("src/test/resources/cases/aif-mapping/all-node-types/map.json");
    /** What the progress bar draws: a percentage, a bar and a rate. */
    static final Pattern BAR = Pattern.compile("writing +\\d+% \\[[= >]*\\] +[\\d,]+/[\\d,]+ triples .* triples/s");
    static final Pattern TIME_LINE = Pattern.compile("(?m)^premise: time: \\d+\\.\\d s elapsed, peak heap [\\d,]+ MB$");

    @TempDir Path tmp;

    // ---- progress bars, in a child JVM ----

    @Test
    void aProgressBarIsDrawnOnATerminal() throws Exception {
        requireScript();
        String screen = underPseudoTerminal(bigNTriples(), "-Dpremise.progress.delay=0");
        assertTrue(BAR.matcher(screen).find(), () -> "no progress bar on the terminal:\n" + screen);
        assertTrue(screen.contains("premise: loaded 1 source (" + thousands(TRIPLES) + " triples)"), screen);
    }

    @Test
    void noProgressBarWhenToldStderrIsNotATerminal() throws Exception {
        requireScript();
        String screen = underPseudoTerminal(bigNTriples(), "-Dpremise.progress.delay=0", "-D" + Terminal.PROPERTY + "=false");
        assertFalse(BAR.matcher(screen).find(), () -> "a progress bar with premise.terminal=false:\n" + screen);
        assertFalse(screen.contains("%"), screen);
        assertTrue(screen.contains("premise: loaded 1 source (" + thousands(TRIPLES) + " triples)"), screen);
    }

    @Test
    void noProgressBarInAPipe() throws Exception {
        Path input = bigNTriples();
        Process load = new ProcessBuilder(javaCommand(List.of("-Dpremise.progress.delay=0"),
                List.of("load", "--no-bundled", "--store", tmp.resolve("pipe.tdb").toString(), input.toString())))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(load.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(load.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, load.exitValue(), err);
        assertFalse(err.contains("\r") || err.contains("%") || err.contains("triples/s") || err.contains("files/s"),
                () -> "progress in a pipe:\n" + err);
        assertTrue(err.contains("premise: loaded 1 source (" + thousands(TRIPLES) + " triples)"), err);
    }

    // ---- summary lines and --quiet, in-process ----

    @Test
    void loadSaysWhatItLoadedUnlessQuiet() throws IOException {
        Path input = bigNTriples();
        Path store = tmp.resolve("kb.tdb");
        Cli.Run loud = Cli.run("load", "--no-bundled", "--store", store.toString(), input.toString());
        assertEquals(0, loud.exit(), loud.err());
        assertTrue(loud.err().contains("premise: loaded 1 source (" + thousands(TRIPLES) + " triples) into " + store
                + "; it now holds 1 source (" + thousands(TRIPLES) + " triples)"), loud.err());

        Path second = tmp.resolve("second.nt");
        Files.writeString(second, "<http://example.org/a> <http://example.org/p> \"b\" .\n");
        Cli.Run quiet = Cli.run("load", "--quiet", "--store", store.toString(), second.toString());
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals("", quiet.err());
        // Quiet changes what is said, not what is done: the store holds both sources.
        Cli.Run count = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), 'http://example.org/')) }");
        assertEquals(0, count.exit(), count.err());
        assertEquals(List.of("n", String.valueOf(TRIPLES + 1)), count.lines());
    }

    @Test
    void ingestSaysWhatItReadUnlessQuiet() {
        Path out = tmp.resolve("digests.trig");
        Cli.Run loud = Cli.run("ingest", DIGEST.toString(), "-o", out.toString());
        assertEquals(0, loud.exit(), loud.err());
        DatasetGraph written = RDFDataMgr.loadDatasetGraph(out.toString());
        String expected = String.format(Locale.ROOT, "premise: ingested 1 document (%,d statements, %,d triples); took ",
                statementsIn(written), triplesIn(written));
        assertTrue(loud.err().startsWith(expected) && loud.err().lines().count() == 1, () -> "expected " + expected + "...\n got " + loud.err());

        Path quietOut = tmp.resolve("quiet.trig");
        Cli.Run quiet = Cli.run("ingest", "-q", DIGEST.toString(), "-o", quietOut.toString());
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals("", quiet.err());
        assertEquals(triplesIn(written), triplesIn(RDFDataMgr.loadDatasetGraph(quietOut.toString())));
    }

    @Test
    void importAifSaysWhatItImportedUnlessQuiet() {
        Path out = tmp.resolve("maps.trig");
        Cli.Run loud = Cli.run("import-aif", AIF_MAP.toString(), "-o", out.toString());
        assertEquals(0, loud.exit(), loud.err());
        DatasetGraph written = RDFDataMgr.loadDatasetGraph(out.toString());
        String expected = String.format(Locale.ROOT, "premise: imported 1 map (%,d statements, %,d triples); took ",
                statementsIn(written), triplesIn(written));
        assertTrue(loud.err().startsWith(expected) && loud.err().lines().count() == 1, () -> "expected " + expected + "...\n got " + loud.err());

        Cli.Run quiet = Cli.run("--quiet", "import-aif", AIF_MAP.toString(), "-o", tmp.resolve("quiet.trig").toString());
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals("", quiet.err());
        assertTrue(Files.exists(tmp.resolve("quiet.trig")));
    }

    @Test
    void timePrintsTheElapsedTimeAndPeakHeapEvenWhenQuiet() {
        Cli.Run timed = Cli.run("ingest", "--time", DIGEST.toString(), "-o", tmp.resolve("a.trig").toString());
        assertEquals(0, timed.exit(), timed.err());
        assertTrue(TIME_LINE.matcher(timed.err()).find(), timed.err());
        assertTrue(timed.err().contains("premise: ingested 1 document"), timed.err());

        Cli.Run quiet = Cli.run("ingest", "--time", "--quiet", DIGEST.toString(), "-o", tmp.resolve("b.trig").toString());
        assertEquals(0, quiet.exit(), quiet.err());
        assertTrue(TIME_LINE.matcher(quiet.err()).find() && quiet.err().lines().count() == 1, quiet.err());

        Cli.Run untimed = Cli.run("ingest", DIGEST.toString(), "-o", tmp.resolve("c.trig").toString());
        assertFalse(untimed.err().contains("time:"), untimed.err());
    }

    // ---- helpers ----

    private static long statementsIn(DatasetGraph d) {
        Set<Node> withText = new HashSet<>();
        d.find(Node.ANY, Node.ANY, Vocab.text, Node.ANY).forEachRemaining(q -> withText.add(q.getSubject()));
        return withText.size();
    }

    private static long triplesIn(DatasetGraph d) {
        long[] n = {0};
        d.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    private static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private Path bigNTriples() throws IOException {
        Path file = tmp.resolve("big.nt");
        if (Files.exists(file)) return file;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < TRIPLES; i++) {
                out.write("<http://example.org/big/s" + i + "> <http://example.org/big/p" + (i % 7) + "> \"value " + i + "\" .\n");
            }
        }
        return file;
    }

    private static List<String> javaCommand(List<String> properties, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(properties);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.premise.cli.Main");
        command.addAll(args);
        return command;
    }

    /** Skips without util-linux {@code script} (Debian's bsdutils, always installed there); under CI=true fails instead. */
    private static void requireScript() {
        if (scriptIsInstalled()) return;
        String message = "util-linux script is not installed (Debian package bsdutils): no pseudo-terminal to test on";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail("CI=true but " + message);
        assumeTrue(false, message);
    }

    private static boolean scriptIsInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "script"))) return true;
        }
        return false;
    }

    /** Runs {@code premise load} with its stdout and stderr on a pseudo-terminal, and returns what it drew there. */
    private String underPseudoTerminal(Path input, String... properties) throws Exception {
        Path store = Files.createTempDirectory(tmp, "pty").resolve("kb.tdb");
        // The command's words travel in the environment, so that no path needs quoting for the shell.
        List<String> command = javaCommand(List.of(properties),
                List.of("load", "--no-bundled", "--store", store.toString(), input.toString()));
        StringBuilder shell = new StringBuilder("exec");
        ProcessBuilder pb = new ProcessBuilder();
        for (int i = 0; i < command.size(); i++) {
            pb.environment().put("PREMISE_ARG" + i, command.get(i));
            shell.append(" \"$PREMISE_ARG").append(i).append('"');
        }
        // -q: no start and end lines, -f: flush as written, -e: exit with the command's code.
        pb.command("script", "-qfec", shell.toString(), "/dev/null");
        Path screen = tmp.resolve(store.getParent().getFileName() + ".screen");
        Process p = pb.redirectErrorStream(true).redirectOutput(screen.toFile()).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the load under script did not finish");
        String drawn = Files.readString(screen, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), drawn);
        return drawn;
    }
}
