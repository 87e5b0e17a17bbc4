package org.premise.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * {@code --time}: the wall time of a run and the peak Java heap it used (the sum of the heap
 * pools' peaks since the run started, as the JVM's memory beans report them).
 */
final class RunTimer {
    private final long started;

    private RunTimer(long started) {
        this.started = started;
    }

    /** Starts timing, and resets the heap pools' peaks so that an earlier run in the same JVM does not count. */
    static RunTimer start() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) pool.resetPeakUsage();
        }
        return new RunTimer(System.nanoTime());
    }

    /** The heap's peak so far, in bytes. */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }

    /** One line: {@code time: 12.3 s elapsed, peak heap 456 MB}. */
    String describe() {
        return String.format(Locale.ROOT, "time: %s elapsed, peak heap %,d MB",
                Console.seconds(System.nanoTime() - started), peakHeapBytes() / (1024 * 1024));
    }
}
