package org.incidentdesk.service.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.incident.Incident;
import org.junit.jupiter.api.Test;

/**
 * An alert whose write does not return (issue 19: a damaged file spins inside H2 for ever) is still shown when
 * the database is reported as not answering, and only once, also if the write finishes after all.
 */
class AlertWhileDatabaseHangsTest {
    @Test
    void theAlertBeingWrittenIsShownWhenTheDatabaseStopsAnsweringAndNotAgainAfter() throws Exception {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            office.switchOff();
            Incident incident = office.intake("inquiry", Duration.ofMinutes(40), Duration.ofMinutes(10));
            office.decideLevel(incident.id(), "II");
            Deadline due = office.only(incident.id(), "report-significant");
            office.clock.set(due.dueAt());
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // stands in for the write that hangs: inside the alert's transaction, before its commit
            office.events.subscribeWithin(IncidentChanged.class, (session, change) -> {
                writing.countDown();
                await(release);
            });
            int before = office.alerts.size();

            CompletableFuture<?> lane = CompletableFuture.runAsync(
                    () -> office.deadlines.raiseAlert(due.id(), due.version()));
            assertTrue(writing.await(30, TimeUnit.SECONDS), () -> "the alert was not raised: " + lane);
            assertEquals(before, office.alerts.size(), "nothing shown while the write runs");

            office.deadlines.showAlertsNotYetWritten(); // the watchdog: the database stopped answering

            assertEquals(before + 1, office.alerts.size());
            assertEquals(due.id(), office.alerts.getLast().deadlineId());
            assertEquals(DeadlineEventKind.OVERDUE, office.alerts.getLast().kind());
            release.countDown();
            lane.get(30, TimeUnit.SECONDS);
            assertEquals(before + 1, office.alerts.size(), "the write finished after all: not shown twice");
            office.deadlines.showAlertsNotYetWritten();
            assertEquals(List.of(), office.alerts.subList(before + 1, office.alerts.size()));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
