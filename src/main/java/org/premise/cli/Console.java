package org.premise.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

import org.premise.Progress;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command says on stderr besides its errors: notes, the summary line at its end and
 * progress bars. With {@code --quiet} it says nothing; progress bars are drawn only when
 * stderr is a terminal ({@link Terminal}).
 */
final class Console {
    private final PrintWriter err;
    private final boolean quiet;
    private final long started = System.nanoTime();

    private Console(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    /** The console of the running command. */
    static Console of(CommandSpec spec) {
        return new Console(spec.commandLine().getErr(), isQuiet(spec.root().commandLine().getParseResult()));
    }

    /** Whether {@code -q}/{@code --quiet} was given, before or after the verb. */
    static boolean isQuiet(CommandLine.ParseResult parsed) {
        return PremiseCommand.matched(parsed, "--quiet");
    }

    /** Prints one line, {@code premise: LINE}, unless quiet. */
    void note(String line) {
        if (quiet) return;
        err.println("premise: " + line);
        err.flush();
    }

    /** Notes as a consumer, for services that report in lines: {@code premise: LINE ...}. */
    Consumer<String> notes() {
        return line -> note(line + " ...");
    }

    /** The summary at the end of the command: what it did, and how long since it started. */
    void summary(String whatWasDone) {
        note(whatWasDone + "; took " + seconds(System.nanoTime() - started));
    }

    /** Progress bars on a terminal; nothing in a pipe, a file, or when quiet. */
    Progress progress() {
        return quiet || !Terminal.stderr() ? Progress.NONE : new TerminalProgress(err);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
