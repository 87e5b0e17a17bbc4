package org.premise.map;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Graphviz's {@code dot}, to check that what {@code premise draw --format dot} writes is DOT
 * that Graphviz renders. {@code .ci/run} installs it (Debian's graphviz); without it a test
 * fails under CI ({@code CI=true}) and is skipped, saying how to install it, elsewhere.
 */
final class Graphviz {
    private static final long TIMEOUT_SECONDS = 60;

    private Graphviz() {}

    /** What {@code dot} printed and returned. */
    record Run(int exit, String out, String err) {}

    static void require() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, "dot"))) return;
            }
        }
        String message = "Graphviz's dot is not installed; install it with apt-get install graphviz (.ci/run does)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail("CI=true but " + message);
        Assumptions.abort(message);
    }

    /** Runs {@code dot -T<format>} on {@code source}. */
    static Run dot(String source, String format) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("dot", "-T" + format).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Thread outReader = drain(process.getInputStream(), out), errReader = drain(process.getErrorStream(), err);
        try (OutputStream in = process.getOutputStream()) {
            in.write(source.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("dot did not finish in " + TIMEOUT_SECONDS + " s");
        }
        outReader.join();
        errReader.join();
        return new Run(process.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Thread drain(java.io.InputStream in, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(to);
            } catch (IOException e) {
                // the process ended; what it wrote so far is kept
            }
        });
        t.start();
        return t;
    }
}
