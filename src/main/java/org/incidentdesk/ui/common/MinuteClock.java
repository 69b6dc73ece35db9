package org.incidentdesk.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * "Now" for the relative times a view shows ("5 分钟前", "已超时 3 分钟"): read from the clock and moved at
 * each whole minute, when those texts change, by an alarm rather than by polling.
 */
public final class MinuteClock {
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>();
    private final Clock clock;
    private final FxAlarms alarms;
    private final String name;
    private Runnable disarm = () -> { };

    /** {@code name} says whose alarm it is, for the scheduler's log. */
    public MinuteClock(Clock clock, FxAlarms alarms, String name) {
        this.clock = clock;
        this.alarms = alarms;
        this.name = name;
    }

    /** Reads the clock now and then at every following minute, until {@link #stop}. */
    public void start() {
        tick();
    }

    public void stop() {
        disarm.run();
        disarm = () -> { };
    }

    /** Reads the clock at once, e.g. after the view's data was reloaded. */
    public void refresh() {
        now.set(clock.instant());
    }

    /** The last reading, or the clock when there is none yet. */
    public Instant now() {
        Instant at = now.get();
        return at == null ? clock.instant() : at;
    }

    public ReadOnlyObjectProperty<Instant> property() {
        return now.getReadOnlyProperty();
    }

    private void tick() {
        refresh();
        disarm.run();
        disarm = alarms.at(name, now.get().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES), this::tick);
    }
}
