package org.incidentdesk.service.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.escalation.AlertStage;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.escalation.DeadlineEscalation;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.event.DeadlineChanged;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.store.Stamp;
import org.junit.jupiter.api.Test;

/** Deadlines over an incident's life on a simulated clock: re-assessment, reports, alerts, restart, claims. */
class DeadlineServiceTest {
    private static final Duration HAPPENED_AGO = Duration.ofMinutes(40);
    private static final Duration DISCOVERED_AGO = Duration.ofMinutes(10);

    private static long count(DeadlineFixture office, DeadlineEventKind kind) {
        return office.changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** A college incident decided 较大 (II): its report is due 3 h after the event. */
    private static Incident levelTwo(DeadlineFixture office) {
        Incident a = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
        office.decideLevel(a.id(), "II");
        return a;
    }

    @Test
    void reAssessmentToAnotherLevelSupersedesTheOldLimitAndKeepsItsHistory() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident a = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
            Instant happened = office.clock.instant().minus(HAPPENED_AGO);
            office.decideLevel(a.id(), "II");
            assertEquals(happened.plus(Duration.ofHours(3)), office.only(a.id(), "report-significant").dueAt());

            office.advance(Duration.ofMinutes(20));
            office.decideLevel(a.id(), "I");

            Deadline old = office.only(a.id(), "report-significant");
            Deadline major = office.only(a.id(), "report-major");
            assertEquals(DeadlineState.SUPERSEDED, old.state(), "kept, not deleted");
            assertEquals(happened.plus(Duration.ofHours(2)), major.dueAt(), "I: 2 h after the event");
            assertEquals(DeadlineState.OPEN, major.state());
            assertEquals(DeadlineState.OPEN, office.only(a.id(), "continuous-reports").state(), "I only: follow-ups");
            assertTrue(office.deadlineEvents(a.id()).stream().anyMatch(e -> e.ruleId().equals("report-significant")
                    && e.event() == DeadlineEventKind.SUPERSEDED && "level".equals(e.reason())));
            assertTrue(office.deadlineTimeline(a.id()).stream().anyMatch(t -> t.endsWith("不再适用：事件级别已改变")));
        }
    }

    @Test
    void aFirstReportAlreadySentMeetsTheStricterLimitOfALaterReAssessment() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident a = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
            office.decideLevel(a.id(), "II");
            office.advance(Duration.ofMinutes(30));
            office.deadlines.recordAction(a.id(), DeadlineAction.REPORT_FIRST);
            Instant sent = office.clock.instant();
            office.advance(Duration.ofMinutes(30));
            office.decideLevel(a.id(), "I");

            assertEquals(sent, office.only(a.id(), "report-significant").metAt());
            Deadline major = office.only(a.id(), "report-major");
            assertEquals(DeadlineState.MET, major.state());
            assertEquals(sent, major.metAt(), "the report already sent counts");
        }
    }

    @Test
    void aReportMeetsItsDeadlineOnTimeOrLate() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident onTime = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
            Incident late = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
            office.decideLevel(onTime.id(), "III");
            office.decideLevel(late.id(), "III");
            office.advance(Duration.ofHours(3));
            office.deadlines.recordAction(onTime.id(), DeadlineAction.REPORT_FIRST);
            office.advance(Duration.ofHours(1));
            office.deadlines.recordAction(late.id(), DeadlineAction.REPORT_FIRST);

            assertTrue(office.only(onTime.id(), "report-general").metInTime());
            Deadline lateOne = office.only(late.id(), "report-general");
            assertEquals(DeadlineState.MET, lateOne.state());
            assertFalse(lateOne.metInTime(), "4 h 40 min after the event, limit 4 h");
            assertTrue(office.deadlineTimeline(late.id()).stream().anyMatch(t -> t.contains("超时 40 分钟")),
                    office.deadlineTimeline(late.id()).toString());
        }
    }

    @Test
    void followUpReportsRecurUntilTheIncidentEnds() {
        try (DeadlineFixture office = new DeadlineFixture("police")) {
            Incident a = office.intake("knife-attack", null, Duration.ZERO);
            Instant discovered = office.clock.instant();
            Deadline first = office.only(a.id(), "follow-up-reports");
            assertEquals(discovered.plus(Duration.ofHours(2)), first.dueAt());

            office.advance(Duration.ofMinutes(90));
            office.deadlines.recordAction(a.id(), DeadlineAction.REPORT_FOLLOW_UP);
            Instant sent = office.clock.instant();

            List<Deadline> reports = office.deadlines.deadlines(a.id()).stream()
                    .filter(d -> d.ruleId().equals("follow-up-reports")).toList();
            assertEquals(2, reports.size());
            assertEquals(DeadlineState.MET, reports.get(0).state());
            assertEquals(2, reports.get(1).occurrence());
            assertEquals(sent, reports.get(1).startedAt(), "the next counts from the report just sent");
            assertEquals(sent.plus(Duration.ofHours(2)), reports.get(1).dueAt());

            office.end(a.id());
            Deadline second = office.deadlines.find(reports.get(1).id()).orElseThrow();
            assertEquals(DeadlineState.SUPERSEDED, second.state(), "until handling closed: no more follow-ups");
            assertEquals(2, office.deadlines.deadlines(a.id()).stream()
                    .filter(d -> d.ruleId().equals("follow-up-reports")).count());
        }
    }

    @Test
    void remindsBeforeDueAlertsAtDueThenEscalatesUpTheChainUntilAcknowledged() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident a = levelTwo(office);
            Deadline d = office.only(a.id(), "report-significant");
            // window 3 h: a quarter is 45 min, at most 30 min before due
            assertEquals(AlertStage.REMINDER, d.nextAlert());
            assertEquals(d.dueAt().minus(Duration.ofMinutes(30)), d.nextAlertAt());

            office.scheduler.advanceTo(d.dueAt().minusSeconds(1));
            assertEquals(1, count(office, DeadlineEventKind.REMINDED));
            assertEquals(0, count(office, DeadlineEventKind.OVERDUE));

            office.scheduler.advanceTo(d.dueAt());
            assertEquals(1, count(office, DeadlineEventKind.OVERDUE));
            assertEquals(DeadlineState.OVERDUE, office.only(a.id(), "report-significant").state());

            office.scheduler.advanceTo(d.dueAt().plus(Duration.ofMinutes(60)));
            List<DeadlineEscalation> steps = office.deadlines.escalations(a.id());
            assertEquals(List.of("leading-group", "leader"), steps.stream().map(DeadlineEscalation::toRole).toList(),
                    "first the body reported to, then its head");
            assertEquals(d.dueAt().plus(Duration.ofMinutes(30)), steps.get(0).at());
            assertEquals(List.of(DeadlineEventKind.REMINDED, DeadlineEventKind.OVERDUE, DeadlineEventKind.ESCALATED,
                    DeadlineEventKind.ESCALATED), office.alerts.stream().map(Alert::kind).toList());

            assertEquals(1, office.deadlines.acknowledge(a.id()));
            office.advance(Duration.ofHours(3));
            assertEquals(2, office.deadlines.escalations(a.id()).size(), "acknowledged: no further escalation");
            Deadline acknowledged = office.only(a.id(), "report-significant");
            assertEquals(DeadlineState.OVERDUE, acknowledged.state(), "still owed");
            assertNotNull(acknowledged.acknowledgedAt());
            assertTrue(office.scheduler.armed().stream().noneMatch(t -> t.name().startsWith("deadline " + d.id())));
            assertTrue(office.deadlineTimeline(a.id()).stream().anyMatch(t -> t.contains("第 2 次上报 组长")));
        }
    }

    @Test
    void theActDoneStopsTheEscalation() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident a = levelTwo(office);
            Deadline d = office.only(a.id(), "report-significant");
            office.scheduler.advanceTo(d.dueAt().plus(Duration.ofMinutes(31)));
            office.deadlines.recordAction(a.id(), DeadlineAction.REPORT_FIRST);
            office.advance(Duration.ofHours(2));
            assertEquals(1, office.deadlines.escalations(a.id()).size());
            assertEquals(DeadlineState.MET, office.only(a.id(), "report-significant").state());
        }
    }

    @Test
    void aDeadlineThatFellDueWhileSwitchedOffFiresOnceAtStartAndSaysSo() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident a = levelTwo(office);
            Deadline d = office.only(a.id(), "report-significant");
            office.switchOff();
            office.clock.set(d.dueAt().plus(Duration.ofMinutes(10)));

            assertEquals(1, office.switchOn(), "every open deadline is armed again");
            office.scheduler.runDue();

            assertEquals(1, count(office, DeadlineEventKind.OVERDUE));
            assertEquals(0, count(office, DeadlineEventKind.REMINDED), "a reminder past due is skipped");
            assertTrue(office.changes.stream().filter(c -> c.kind() == DeadlineEventKind.OVERDUE)
                    .allMatch(DeadlineChanged::late));
            assertTrue(office.deadlineTimeline(a.id()).stream().anyMatch(t -> t.contains("工作站未运行")));

            office.switchOff();
            assertEquals(1, office.switchOn(), "still open: its escalation is armed");
            office.scheduler.runDue();
            assertEquals(1, count(office, DeadlineEventKind.OVERDUE), "not fired twice");
            office.scheduler.advanceTo(d.dueAt().plus(Duration.ofMinutes(30)));
            assertEquals(1, count(office, DeadlineEventKind.ESCALATED));
        }
    }

    @Test
    void anAlertArmedOnTwoWorkstationsFiresOnce() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident a = levelTwo(office);
            Deadline d = office.only(a.id(), "report-significant");
            // a second workstation on the same database, its own service, scheduler and alarms
            DeadlineService other = new DeadlineService(office.store, office.clock, () -> new Actor("值班员乙"),
                    office.events, office.plans, DeadlineFixture.ZONE,
                    org.incidentdesk.domain.escalation.AlertPolicy.DEFAULT);
            var otherScheduler = new org.incidentdesk.service.common.SimulatedScheduler(office.clock);
            try (DeadlineAlarms otherAlarms = new DeadlineAlarms(other, otherScheduler, office.events, Runnable::run)) {
                otherAlarms.start();
                office.scheduler.advanceTo(d.dueAt());
                otherScheduler.advanceTo(d.dueAt());
            }
            assertEquals(1, count(office, DeadlineEventKind.REMINDED));
            assertEquals(1, count(office, DeadlineEventKind.OVERDUE));
        }
    }

    @Test
    void theClaimIsAConditionalUpdateThatOnlyOneWriterWins() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident a = levelTwo(office);
            Deadline d = office.only(a.id(), "report-significant");
            Stamp stamp = new Stamp(office.clock.instant(), new Actor("甲"));
            Deadline claimed = d.alerted(DeadlineState.OVERDUE, 0, null);
            List<Boolean> wins = office.store.inTransaction(s -> List.of(s.deadlines().replace(d, claimed, stamp),
                    s.deadlines().replace(d, claimed, stamp)));
            assertEquals(List.of(true, false), wins);
        }
    }

    @Test
    void aSweepReadsOnlyTheChangedDeadlinesNotArmedAtTheirVersionAlready() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident a = levelTwo(office);
            Instant since = office.clock.instant().minus(Duration.ofHours(1));
            List<Deadline> changed = office.deadlines.armableChangedSince(since, (id, version) -> false);
            Deadline report = office.only(a.id(), "report-significant");
            assertTrue(changed.stream().anyMatch(d -> d.id() == report.id()), "nothing held: every change is read");

            List<Deadline> heldAtItsVersion = office.deadlines.armableChangedSince(since,
                    (id, version) -> id == report.id() && version == report.version());
            assertEquals(changed.size() - 1, heldAtItsVersion.size(), "the one held at its version is left out");
            assertFalse(heldAtItsVersion.stream().anyMatch(d -> d.id() == report.id()));

            List<Deadline> heldAtAnOlderOne = office.deadlines.armableChangedSince(since,
                    (id, version) -> id == report.id() && report.version() - 1 >= version);
            assertTrue(heldAtAnOlderOne.stream().anyMatch(d -> d.id() == report.id()), "a newer version is read");
        }
    }
}
