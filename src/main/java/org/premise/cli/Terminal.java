package org.premise.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the process's standard output or standard error is a terminal, decided in one place:
 * progress bars are drawn only on a terminal, never into a pipe or a file. The system property
 * {@value #PROPERTY} ({@code true} or {@code false}) overrides the answer for both streams, so
 * that tests can ask for either behaviour.
 */
public final class Terminal {
    /** The system property that overrides the detection: {@code true} or {@code false}. */
    public static final String PROPERTY = "premise.terminal";

    private Terminal() {}

    /** Whether standard error is a terminal (or the property says to act as if it were). */
    public static boolean stderr() {
        return isTerminal(2);
    }

    /** Whether standard output is a terminal (or the property says to act as if it were). */
    public static boolean stdout() {
        return isTerminal(1);
    }

    private static boolean isTerminal(int fd) {
        String forced = System.getProperty(PROPERTY);
        if (forced != null && !forced.isBlank()) return Boolean.parseBoolean(forced.strip());
        // Java has no isatty for one stream; on Linux the descriptor's link names the device.
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.exists(Path.of("/proc/self/fd"))) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        // Elsewhere: a console exists only when standard input and output are both terminals.
        return System.console() != null;
    }
}
