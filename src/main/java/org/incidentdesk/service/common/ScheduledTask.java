package org.incidentdesk.service.common;

import java.time.Instant;
import java.util.Comparator;

/**
 * One task armed on a {@link Scheduler}: what it is called (for logs and for asking what is armed), when it is
 * due, and its place in the order of scheduling, which settles the order of tasks due at the same instant.
 */
public final class ScheduledTask {
    static final Comparator<ScheduledTask> DUE_ORDER =
            Comparator.comparing(ScheduledTask::due).thenComparingLong(ScheduledTask::sequence);

    private final long sequence;
    private final String name;
    private final Instant due;
    private final Runnable action;

    ScheduledTask(long sequence, String name, Instant due, Runnable action) {
        this.sequence = sequence;
        this.name = name;
        this.due = due;
        this.action = action;
    }

    public String name() {
        return name;
    }

    public Instant due() {
        return due;
    }

    long sequence() {
        return sequence;
    }

    Runnable action() {
        return action;
    }

    @Override
    public String toString() {
        return name + " @ " + due;
    }
}
