package org.incidentdesk.service.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.incident.Incident;
import org.junit.jupiter.api.Test;

/** Alerts raised together in one transaction are still claimed one by one: a row claimed elsewhere is skipped. */
class BatchedAlertsTest {
    @Test
    void aBatchSkipsTheClaimAnotherWorkstationWonAndRaisesTheRestOnce() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            office.switchOff(); // no timers here: the test raises by hand, as two workstations would
            Incident a = office.intake("inquiry", Duration.ofMinutes(40), Duration.ofMinutes(10));
            Incident b = office.intake("inquiry", Duration.ofMinutes(40), Duration.ofMinutes(10));
            office.decideLevel(a.id(), "II");
            office.decideLevel(b.id(), "II");
            Deadline first = office.only(a.id(), "report-significant");
            Deadline second = office.only(b.id(), "report-significant");
            office.clock.set(List.of(first, second).stream().map(Deadline::dueAt).max(Comparator.naturalOrder())
                    .orElseThrow());
            // the reminders are due: another workstation raises the first one's before this one's batch runs
            office.deadlines.raiseAlert(first.id(), first.version());
            int alertsBefore = office.alerts.size();

            Map<Long, Deadline> after = office.deadlines.raiseAlerts(List.of(
                    new DeadlineService.AlarmClaim(first.id(), first.version()),
                    new DeadlineService.AlarmClaim(second.id(), second.version())));

            assertEquals(1, office.alerts.size() - alertsBefore, "only the second was raised by the batch");
            assertEquals(second.id(), office.alerts.getLast().deadlineId());
            assertEquals(DeadlineState.OVERDUE, after.get(second.id()).state(), "due now: straight to overdue");
            assertEquals(first.version() + 1, after.get(first.id()).version(), "the first as the other one left it");
            assertEquals(1, office.changes.stream().filter(c -> c.deadlineId() == first.id()
                    && c.kind() == DeadlineEventKind.OVERDUE).count(), "the first fired once");
        }
    }
}
