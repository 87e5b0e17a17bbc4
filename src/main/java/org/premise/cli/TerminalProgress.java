package org.premise.cli;

import java.io.PrintWriter;
import java.time.Duration;

import org.premise.Progress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress drawn on a terminal as a progress bar (count, total, rate per second, elapsed time),
 * by the {@code progressbar} library, written through the command's own stderr. A step that
 * ends within {@link #DELAY_PROPERTY} milliseconds (2 000 by default) shows nothing at all, so
 * short commands stay quiet.
 */
final class TerminalProgress implements Progress {
    /** Milliseconds of work before a bar appears; a system property so that tests need no slow work. */
    static final String DELAY_PROPERTY = "premise.progress.delay";

    private final PrintWriter err;
    private final Duration delay;

    TerminalProgress(PrintWriter err) {
        this.err = err;
        this.delay = Duration.ofMillis(Long.getLong(DELAY_PROPERTY, 2_000L));
    }

    @Override
    public Step start(String name, long total, String unit) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(total > 0 ? total : -1)
                .setUnit(" " + unit, 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .setConsumer(new DelayedLine(err, delay, width()))
                .build();
        return new Step() {
            @Override public void advance(long units) {
                bar.stepBy(units);
            }

            @Override public void close() {
                bar.close();
            }
        };
    }

    private static int width() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100").strip());
            return Math.max(40, Math.min(columns - 1, 160));
        } catch (NumberFormatException e) {
            return 99;
        }
    }

    /** Redraws one line in place with carriage returns, once the step has lasted longer than the delay. */
    private static final class DelayedLine implements ProgressBarConsumer {
        private final PrintWriter err;
        private final long showAfter;
        private final int width;
        private boolean shown;

        DelayedLine(PrintWriter err, Duration delay, int width) {
            this.err = err;
            this.showAfter = System.nanoTime() + delay.toNanos();
            this.width = width;
        }

        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        @Override
        public synchronized void accept(String rendered) {
            if (!shown && System.nanoTime() < showAfter) return;
            shown = true;
            err.print('\r' + rendered);
            err.flush();
        }

        @Override
        public synchronized void close() {
            if (shown) {
                err.println();
                err.flush();
            }
        }
    }
}
