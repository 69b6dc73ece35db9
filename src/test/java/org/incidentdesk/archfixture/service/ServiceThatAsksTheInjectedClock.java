package org.incidentdesk.archfixture.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Allowed by ArchitectureTest: time read from the injected clock. */
public final class ServiceThatAsksTheInjectedClock {
    private final Clock clock;

    public ServiceThatAsksTheInjectedClock(Clock clock) {
        this.clock = clock;
    }

    public Instant deadline() {
        return Instant.now(clock).plusSeconds(60);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
