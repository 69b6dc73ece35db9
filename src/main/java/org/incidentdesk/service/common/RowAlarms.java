package org.incidentdesk.service.common;

import java.time.Instant;
import java.util.List;
import org.incidentdesk.service.security.Unguarded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the next alert of database rows (deadlines, follow-ups) armed on the scheduler, one task per row: armed from
 * the database at start (so an alert that fell due while the workstation was off fires at once), re-armed after
 * each change this workstation announces ({@link #follow()}) and, on the scheduler's sweep (and after a clock jump),
 * for what any workstation changed since the last sweep. Subclasses say which rows, how one is armed and how its
 * alert is raised; {@link #armed} holds the tasks.
 *
 * @param <K> a row's key among the armed tasks
 * @param <T> a row as read to arm it
 */
public abstract class RowAlarms<K, T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RowAlarms.class);

    protected final Scheduler scheduler;
    protected final ArmedTasks<K> armed;
    private final String what;
    private volatile Instant lastSweep;
    private Runnable unsubscribe = () -> { };
    private Runnable unregister = () -> { };

    /** {@code what}: the rows' name in the log ("deadline", "follow-up"). */
    protected RowAlarms(Scheduler scheduler, String what) {
        this.scheduler = scheduler;
        this.armed = new ArmedTasks<>(scheduler);
        this.what = what;
    }

    /** Every row with an alert still to come, read at start. */
    protected abstract List<T> armable();

    /** The rows any workstation changed since {@code since}, read on the sweep. */
    protected abstract List<T> changedSince(Instant since);

    /** Arms the row's next alert, replacing an older one; disarms it when no alert is to come. */
    protected abstract void arm(T row);

    /** Starts re-arming after the changes this workstation announces; returns how to stop. */
    protected abstract Runnable follow();

    /** Arms every alert still to come and starts following changes; returns how many were armed. */
    @Unguarded("the workstation arms its timers")
    public final int start() {
        lastSweep = scheduler.clock().instant();
        List<T> open = armable();
        open.forEach(this::arm);
        unsubscribe = follow();
        unregister = scheduler.onRearm(this::sweep);
        LOG.info("{} {} alerts armed", open.size(), what);
        return open.size();
    }

    /** How many rows have an alert armed now. */
    public final int armedCount() {
        return armed.size();
    }

    /** Arms what changed since the last sweep (with {@link ArmedTasks#SWEEP_OVERLAP}). */
    protected final void sweep() {
        Instant now = scheduler.clock().instant();
        Instant since = ArmedTasks.sweepFrom(lastSweep, now);
        lastSweep = now;
        changedSince(since).forEach(this::arm);
    }

    /** After an alert failed to be raised: the next sweep reads every row again, so it is tried once more. */
    protected final void sweepAllNext() {
        lastSweep = Instant.EPOCH;
    }

    @Override
    @Unguarded("the workstation stops its timers")
    public final void close() {
        unsubscribe.run();
        unregister.run();
        armed.clear();
    }
}
