package org.incidentdesk.bench;

import java.time.Duration;
import java.util.List;

/**
 * What one figure gave: its rows, or why it was skipped or failed; the load average before, after and the highest
 * seen while it ran (sampled every second), and how long it took.
 */
record Outcome(Figure figure, List<Row> rows, String skipped, String failed, double loadBefore, double loadAfter,
               double loadHighest, Duration took) {
    /** Taken while the load average exceeded the number of cores: the machine was busy with other work. */
    boolean noisy() {
        int cores = LoadAverage.cores();
        return loadBefore > cores || loadAfter > cores || loadHighest > cores;
    }
}
