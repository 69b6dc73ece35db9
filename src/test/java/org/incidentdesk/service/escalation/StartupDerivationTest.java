package org.incidentdesk.service.escalation;

import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.incident.TimelineFact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineKind;
import org.junit.jupiter.api.Test;

/** At start the workstation derives the deadlines of open incidents an older version never gave any. */
class StartupDerivationTest {
    @Test
    void anOpenIncidentWithoutDeadlinesGetsThemAtStartAndWhatFellDueAlertsAtOnce() {
        try (DemoOfficeFixture office = new DemoOfficeFixture()) {
            Incident old = office.intake("旧版本登记的事件", Duration.ofHours(3));
            Incident ended = office.intake("已终止的事件", Duration.ofHours(3));
            office.incidents.advance(ended.id(), IncidentPhase.ASSESSING);
            office.incidents.advance(ended.id(), IncidentPhase.ENDED);
            assertTrue(office.deadlines.deadlines(old.id()).isEmpty(), "written by a version without deadlines");

            office.scheduler.advanceBy(Duration.ofHours(1)); // the workstation was off for an hour
            office.followDeadlines();
            office.start();
            office.scheduler.advanceBy(Duration.ofSeconds(1));

            List<Deadline> derived = office.deadlines.deadlines(old.id());
            assertEquals(List.of("assess-level", "on-site-rescue", "progress-reports", "report-to-department",
                    "report-to-office"),
                    derived.stream().map(Deadline::ruleId).sorted().toList());
            Deadline report = derived.stream().filter(d -> d.ruleId().equals("report-to-office")).findFirst()
                    .orElseThrow();
            assertEquals(DeadlineState.OVERDUE, report.state(), "due 30 minutes after it was taken (the 立即 window), an hour ago: alerted at start");
            assertTrue(office.incidents.detail(old.id()).timeline().stream()
                    .anyMatch(e -> e.fact() instanceof TimelineFact.DeadlineEvent d
                            && d.ruleId().equals("report-to-office") && d.event() == DeadlineEventKind.OVERDUE
                            && d.dueAt().equals(report.dueAt())));
            assertTrue(office.deadlines.deadlines(ended.id()).isEmpty(), "an ended incident is left as it is");
        }
    }

    @Test
    void derivingAgainAtTheNextStartChangesNothing() {
        try (DemoOfficeFixture office = new DemoOfficeFixture()) {
            office.followDeadlines();
            Incident incident = office.intake("网传某小区停水", Duration.ofMinutes(5));
            List<Deadline> before = office.deadlines.deadlines(incident.id());
            assertEquals(0, office.deadlines.deriveOpenIncidents());
            assertEquals(before, office.deadlines.deadlines(incident.id()));
        }
    }
}
