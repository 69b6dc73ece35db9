package org.incidentdesk.bench;

import java.util.List;

/**
 * One figure of BENCHMARKS.md: a short id (to run it alone: {@code -Dbench.only=ID}), a title, what it measures in
 * a sentence or two (written into the file; this is where commentary lives), and the measurement itself, which
 * returns one or more rows. Register a new figure in {@link Figures#ALL}. A figure that cannot run here (no
 * display, a tool missing) throws {@link Skipped} with the reason; the file then says it was skipped and why.
 */
public interface Figure {
    String id();

    String title();

    /** How it is measured, in plain words (goes into BENCHMARKS.md under the title). */
    String method();

    List<Row> measure(BenchRun run) throws Exception;

    /** Thrown by {@link #measure} when the figure cannot be taken on this machine. */
    final class Skipped extends Exception {
        public Skipped(String reason) {
            super(reason);
        }
    }
}
