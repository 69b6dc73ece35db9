package org.incidentdesk.service.common;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Runs work at an instant of the office's clock. Deadlines, reminders and shift boundaries are armed here
 * instead of being polled for. A task runs once, on the scheduler's own thread, and must be quick: hand real
 * work to a work lane. What is armed is derived state: a {@linkplain #onRearm re-arm callback} re-reads the
 * source of truth (the database) and arms again what it finds, after a clock jump and on a slow sweep.
 */
public interface Scheduler extends AutoCloseable {

    /** The clock whose instants {@link #schedule} is given in. */
    Clock clock();

    /** Arms {@code action} to run once when the clock reaches {@code due}; a due instant in the past runs soon. */
    ScheduledTask schedule(String name, Instant due, Runnable action);

    /** Disarms the task; returns false when it had already run or been cancelled. */
    boolean cancel(ScheduledTask task);

    /** The armed tasks, earliest first (same instant: in the order they were scheduled). */
    List<ScheduledTask> armed();

    /**
     * Registers a callback that re-reads its source of truth and re-arms its tasks; it is called on every sweep
     * and when the clock is seen to jump. Returns what unregisters it.
     */
    Runnable onRearm(Runnable rearm);

    /** Stops the scheduler; armed tasks are dropped and never run. */
    @Override
    void close();
}
