package org.incidentdesk.bench;

import java.time.Duration;
import java.util.List;

/**
 * What one figure gave: its rows, or why it was skipped or failed; the load average before, after and the highest
 * seen while it ran (sampled every second), the cores other processes used meanwhile ({@link OtherWork}; NaN where
 * it cannot be read), and how long it took.
 */
record Outcome(Figure figure, List<Row> rows, String skipped, String failed, double loadBefore, double loadAfter,
               double loadHighest, double otherCores, Duration took) {
    /** Other processes used more than this many cores on average: they competed with the figure for the CPU. */
    static final double OTHER_WORK_LIMIT = 0.5;

    /**
     * Other work competed for the CPU while the figure was taken. Where /proc tells how much CPU other processes
     * used, that decides (the load average also counts the figure's own threads: a JVM starting on two cores puts
     * more than two in the run queue by itself); elsewhere a load average above the cores does. A skipped figure
     * measured nothing, so nothing of it can be noisy (a skip takes under a second, too short for /proc's counters,
     * and the load average it fell back to was that of the figures before it).
     */
    boolean noisy() {
        if (skipped != null) {
            return false;
        }
        if (!Double.isNaN(otherCores)) {
            return otherCores > OTHER_WORK_LIMIT;
        }
        int cores = LoadAverage.cores();
        return loadBefore > cores || loadAfter > cores || loadHighest > cores;
    }
}
