package org.incidentdesk.service.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The alarms a workstation keeps armed on its scheduler for rows of the database (deadlines, follow-ups): one
 * task per row, tagged with the row version it was armed from, so an older version never replaces a newer one
 * and re-arming replaces (cancels) the task before. Also the window a sweep reads changed rows from. Thread-safe.
 */
public final class ArmedTasks<K> {
    /** Rows changed this long before the last sweep are read again, for clocks of workstations that differ a bit. */
    public static final Duration SWEEP_OVERLAP = Duration.ofMinutes(2);

    private final Scheduler scheduler;
    private final Map<K, Armed> armed = new ConcurrentHashMap<>();

    private record Armed(ScheduledTask task, int version) {
    }

    public ArmedTasks(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Arms {@code action} at {@code at} for row {@code key} at {@code version}, replacing its older task; nothing
     * happens when a task of this version or a newer one is armed already.
     */
    public void arm(K key, int version, String name, Instant at, Runnable action) {
        if (holds(key, version)) {
            return;
        }
        ScheduledTask task = scheduler.schedule(name, at, action);
        Armed previous = armed.put(key, new Armed(task, version));
        if (previous != null) {
            scheduler.cancel(previous.task());
        }
    }

    /** Whether a task of {@code version} or a newer one is armed for row {@code key} ({@link #arm} would do nothing). */
    public boolean holds(K key, int version) {
        Armed current = armed.get(key);
        return current != null && current.version() >= version;
    }

    /** No alarm is to come for the row: its task, if any, is cancelled. */
    public void disarm(K key) {
        Armed old = armed.remove(key);
        if (old != null) {
            scheduler.cancel(old.task());
        }
    }

    /** The task armed at {@code version} has fired: forget it (a newer one armed meanwhile stays). */
    public void fired(K key, int version) {
        armed.computeIfPresent(key, (k, a) -> a.version() == version ? null : a);
    }

    public int size() {
        return armed.size();
    }

    /** Cancels every task. */
    public void clear() {
        armed.values().forEach(a -> scheduler.cancel(a.task()));
        armed.clear();
    }

    /**
     * Where a sweep at {@code now} reads changed rows from, after the last one at {@code lastSweep}: a little
     * before it, and never after now (a clock set back).
     */
    public static Instant sweepFrom(Instant lastSweep, Instant now) {
        Instant since = lastSweep.minus(SWEEP_OVERLAP);
        return since.isAfter(now) ? now.minus(SWEEP_OVERLAP) : since;
    }
}
