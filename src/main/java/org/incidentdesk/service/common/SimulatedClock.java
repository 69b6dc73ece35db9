package org.incidentdesk.service.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until its owner moves it: tests, and drills that play a scenario on simulated
 * time. Thread-safe; every view of it ({@link #withZone}) follows the same moves. To run what falls due on the
 * way, move it through a {@link SimulatedScheduler} rather than directly.
 */
public final class SimulatedClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public SimulatedClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    private SimulatedClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new SimulatedClock(now, other);
    }

    /** Sets the time, forwards or backwards. */
    public void set(Instant instant) {
        now.set(instant);
    }

    /** Moves the time on by {@code amount} (which may be negative) and returns the new time. */
    public Instant advance(Duration amount) {
        return now.updateAndGet(current -> current.plus(amount));
    }
}
