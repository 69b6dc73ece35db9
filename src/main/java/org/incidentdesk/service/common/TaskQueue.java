package org.incidentdesk.service.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The armed tasks and re-arm callbacks both schedulers share; callers hold the lock that guards it. */
final class TaskQueue {
    private static final Logger LOG = LoggerFactory.getLogger(TaskQueue.class);

    private final TreeSet<ScheduledTask> armed = new TreeSet<>(ScheduledTask.DUE_ORDER);
    private final AtomicLong sequence = new AtomicLong();
    private final List<Runnable> rearmCallbacks = new CopyOnWriteArrayList<>();

    ScheduledTask add(String name, Instant due, Runnable action) {
        if (name == null || due == null || action == null) {
            throw new IllegalArgumentException("a scheduled task needs a name, a due instant and an action");
        }
        ScheduledTask task = new ScheduledTask(sequence.incrementAndGet(), name, due, action);
        armed.add(task);
        return task;
    }

    boolean remove(ScheduledTask task) {
        return armed.remove(task);
    }

    /** Removes and returns the earliest task due at or before {@code now}. */
    Optional<ScheduledTask> pollDue(Instant now) {
        if (armed.isEmpty() || armed.first().due().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(armed.pollFirst());
    }

    Optional<Instant> earliestDue() {
        return armed.isEmpty() ? Optional.empty() : Optional.of(armed.first().due());
    }

    List<ScheduledTask> snapshot() {
        return List.copyOf(armed);
    }

    void clear() {
        armed.clear();
    }

    Runnable addRearm(Runnable rearm) {
        rearmCallbacks.add(rearm);
        return () -> rearmCallbacks.remove(rearm);
    }

    /** Calls every re-arm callback; call without holding the lock, since callbacks schedule and cancel. */
    void rearmAll() {
        for (Runnable rearm : new ArrayList<>(rearmCallbacks)) {
            try {
                rearm.run();
            } catch (RuntimeException e) {
                LOG.error("re-arm callback failed", e);
            }
        }
    }

    /** Runs one task; call without holding the lock. A failing task is logged and does not stop the others. */
    static void run(ScheduledTask task) {
        try {
            task.action().run();
        } catch (RuntimeException e) {
            LOG.error("scheduled task {} failed", task, e);
        }
    }
}
