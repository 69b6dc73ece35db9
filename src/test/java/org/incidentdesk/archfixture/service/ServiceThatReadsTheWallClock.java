package org.incidentdesk.archfixture.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Planted violations for ArchitectureTest: a "service" that reads the wall clock and sleeps. */
public final class ServiceThatReadsTheWallClock {
    public Instant deadline() {
        return Instant.now().plusSeconds(60);
    }

    public LocalDate today() {
        return LocalDate.now(Clock.systemDefaultZone());
    }

    public void waitABit() throws InterruptedException {
        Thread.sleep(10);
    }
}
