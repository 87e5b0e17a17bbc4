package org.premise.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Node scripts in {@code src/test/node} (installed by {@code .ci/run}). When node, its
 * packages or Chromium are missing, a test fails under CI ({@code CI=true}) and is skipped, with
 * the command that installs them, on a developer's machine.
 */
final class NodeTools {
    static final Path SCRIPTS = Path.of("src/test/node");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 180;

    private NodeTools() {}

    /** What a script printed (stdout and stderr together) and its exit code. */
    record Run(int exit, String output) {}

    /** Checks that node and the named packages are installed (and Chromium, if asked). */
    static void require(boolean chromium, String... packages) {
        List<String> missing = new ArrayList<>();
        if (!onPath("node")) missing.add("node (Debian package nodejs)");
        for (String p : packages) {
            if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve(p))) missing.add("npm package " + p);
        }
        if (chromium && !Files.isExecutable(CHROMIUM)) missing.add(CHROMIUM + " (Debian package chromium)");
        if (missing.isEmpty()) return;
        String message = "missing " + String.join(", ", missing)
                + "; install them with .ci/run's setup (apt-get install chromium; npm ci --prefix src/test/node)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail("CI=true but " + message);
        Assumptions.abort(message);
    }

    static Run node(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (var in = process.getInputStream()) {
                in.transferTo(output);
            } catch (IOException e) {
                // the process was stopped; what it printed so far is kept
            }
        });
        reader.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            // Stop the browser the script started too, not only node.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            reader.join(5000);
            fail(script + " did not finish in " + TIMEOUT_SECONDS + " s; it printed:\n" + output.toString(StandardCharsets.UTF_8));
        }
        reader.join();
        return new Run(process.exitValue(), output.toString(StandardCharsets.UTF_8));
    }

    static void assertPrinted(Run run, String line) {
        assertTrue(run.output().lines().anyMatch(l -> l.equals(line)),
                () -> "expected the line \"" + line + "\" in:\n" + run.output());
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }
}
