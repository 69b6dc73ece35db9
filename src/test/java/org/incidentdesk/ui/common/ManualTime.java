package org.incidentdesk.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Time that a test moves: a clock that reads what the test set, and {@link Alarms} that run exactly what
 * falls due as the test moves it, in due order (armed order for the same instant), on the moving thread.
 */
public final class ManualTime implements Alarms {
    private final ZoneId zone;
    private volatile Instant now;
    private final List<Armed> armed = new ArrayList<>();
    private long sequence;

    public ManualTime(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    private record Armed(Instant at, long sequence, Runnable task) {
    }

    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Override
    public synchronized Runnable at(Instant at, Runnable task) {
        Armed entry = new Armed(at, sequence++, task);
        armed.add(entry);
        return () -> {
            synchronized (ManualTime.this) {
                armed.remove(entry);
            }
        };
    }

    /** Moves the clock to {@code target}, running each task due by then at its own instant. */
    public void advanceTo(Instant target) {
        while (true) {
            Armed next;
            synchronized (this) {
                next = armed.stream().filter(a -> !a.at().isAfter(target))
                        .min(Comparator.comparing(Armed::at).thenComparingLong(Armed::sequence)).orElse(null);
                if (next == null) {
                    now = target;
                    return;
                }
                armed.remove(next);
                if (next.at().isAfter(now)) {
                    now = next.at();
                }
            }
            next.task().run();
        }
    }

    public synchronized int armedCount() {
        return armed.size();
    }

    public Instant now() {
        return now;
    }
}
