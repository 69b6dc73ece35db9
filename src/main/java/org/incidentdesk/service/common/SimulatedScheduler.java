package org.incidentdesk.service.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A scheduler on a {@link SimulatedClock}: nothing runs until the owner moves time through it, and then
 * exactly what falls due runs, on the caller's thread, in due order (same instant: in the order scheduled).
 * While a task runs the clock reads its due instant, and tasks it schedules run too if they fall due before
 * the move ends. Thread-safe, but time is meant to be moved from one thread.
 */
public final class SimulatedScheduler implements Scheduler {
    private final SimulatedClock clock;
    private final TaskQueue queue = new TaskQueue();
    private boolean closed;

    public SimulatedScheduler(SimulatedClock clock) {
        this.clock = clock;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public synchronized ScheduledTask schedule(String name, Instant due, Runnable action) {
        ScheduledTask task = queue.add(name, due, action);
        if (closed) {
            queue.remove(task);
        }
        return task;
    }

    @Override
    public synchronized boolean cancel(ScheduledTask task) {
        return queue.remove(task);
    }

    @Override
    public synchronized List<ScheduledTask> armed() {
        return queue.snapshot();
    }

    @Override
    public Runnable onRearm(Runnable rearm) {
        return queue.addRearm(rearm);
    }

    /** Moves time on by {@code amount}, running what falls due on the way. */
    public void advanceBy(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("time only advances; use jumpTo to set the clock back");
        }
        advanceTo(clock.instant().plus(amount));
    }

    /** Moves time on to {@code target}, running what falls due on the way; the clock ends at {@code target}. */
    public void advanceTo(Instant target) {
        if (target.isBefore(clock.instant())) {
            throw new IllegalArgumentException("time only advances; use jumpTo to set the clock back");
        }
        for (Optional<ScheduledTask> next = pollDue(target); next.isPresent(); next = pollDue(target)) {
            ScheduledTask task = next.get();
            if (task.due().isAfter(clock.instant())) {
                clock.set(task.due());
            }
            TaskQueue.run(task);
        }
        clock.set(target);
    }

    /**
     * Sets the clock to {@code instant}, forwards or backwards, as a changed system clock or a laptop waking
     * would: the re-arm callbacks run first, then whatever is due at the new time.
     */
    public void jumpTo(Instant instant) {
        clock.set(instant);
        queue.rearmAll();
        runDue();
    }

    /** Runs what is due at the clock's current time (after the clock was set directly). */
    public void runDue() {
        advanceTo(clock.instant());
    }

    private synchronized Optional<ScheduledTask> pollDue(Instant until) {
        return closed ? Optional.empty() : queue.pollDue(until);
    }

    @Override
    public synchronized void close() {
        closed = true;
        queue.clear();
    }
}
