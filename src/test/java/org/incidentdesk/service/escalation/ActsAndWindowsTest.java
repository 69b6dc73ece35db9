package org.incidentdesk.service.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.escalation.AlertStage;
import org.incidentdesk.domain.escalation.CallOutcome;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.escalation.DeadlineEscalation;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.domain.common.Messages;
import java.util.Locale;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.service.warning.WarningService;
import org.junit.jupiter.api.Test;

/**
 * Deadlines that tell the truth and acts that count (issue 16.1–16.2): a 立即 duty has the plan's response window,
 * escalation climbs the chain once and then reminds the top at the plan's longer interval, and a warning issued,
 * a call that reached the party, a statement released or an act reported through {@link DeadlineService#actDone}
 * meets the deadline whose act it is. Offices start at 09:00 (UTC+8).
 */
class ActsAndWindowsTest {
    private static final Duration WINDOW = Duration.ofMinutes(30);

    @Test
    void aNewReportsImmediateDutyIsDueAfterTheWindowNotOverdueAtEntry() {
        try (DeadlineFixture office = new DeadlineFixture("county")) {
            assertEquals(WINDOW, office.plan.responseTimes().immediately());
            assertTrue(office.plan.responseTimes().origin().defaulted(), "the source plan sets no length");
            Instant taken = office.clock.instant();
            // discovered two hours before the office heard of it: still not late the moment it is entered
            Incident incident = office.intake("inquiry", null, Duration.ofHours(2));
            Deadline report = office.only(incident.id(), "report-to-office");
            assertEquals(taken.minus(Duration.ofHours(2)), report.startedAt(), "counted from discovery");
            assertEquals(taken.plus(WINDOW), report.dueAt(), "the window runs from when the office took the report");
            assertEquals(DeadlineState.OPEN, report.state());

            office.advance(Duration.ofMinutes(1));
            assertTrue(office.alerts.isEmpty(), "not even a reminder at entry: " + office.alerts);
            assertTrue(office.deadlineTimeline(incident.id()).stream().noneMatch(t -> t.contains("改为自")),
                    "created once, not retimed: " + office.deadlineTimeline(incident.id()));
            office.advance(Duration.ofMinutes(28));
            assertEquals(DeadlineState.OPEN, office.only(incident.id(), "report-to-office").state());
            assertTrue(office.alerts.stream().noneMatch(a -> a.kind() == DeadlineEventKind.OVERDUE),
                    "no overdue alert inside the window: " + office.alerts);

            office.advance(Duration.ofMinutes(1));
            assertEquals(DeadlineState.OVERDUE, office.only(incident.id(), "report-to-office").state());
        }
    }

    @Test
    void escalationClimbsTheChainOnceThenRemindsTheTopEveryTwoHoursAndSaysSo() {
        try (DeadlineFixture office = new DeadlineFixture("county")) {
            Instant taken = office.clock.instant();
            Incident incident = office.intake("inquiry", null, Duration.ZERO);
            Deadline report = office.only(incident.id(), "report-to-office");
            Instant due = taken.plus(WINDOW);
            office.advance(Duration.ofHours(8).plusMinutes(30));

            List<DeadlineEscalation> steps = office.deadlines.escalations(incident.id()).stream()
                    .filter(e -> e.deadlineId() == report.id()).toList();
            // office, office-director, chief, commander every 30 min; then the top every 2 h: +4 h, +6 h from due…
            assertEquals(List.of("office", "office-director", "chief", "commander", "commander", "commander",
                    "commander"), steps.stream().map(DeadlineEscalation::toRole).toList());
            List<Duration> after = steps.stream().map(e -> Duration.between(due, e.at())).toList();
            assertEquals(List.of(Duration.ofMinutes(30), Duration.ofMinutes(60), Duration.ofMinutes(90),
                    Duration.ofMinutes(120), Duration.ofHours(4), Duration.ofHours(6), Duration.ofHours(8)), after);

            TimelineRenderer zh = new TimelineRenderer(new Messages(Locale.SIMPLIFIED_CHINESE), DeadlineFixture.ZONE);
            List<String> escalated = office.incidents.detail(incident.id()).timeline().stream()
                    .filter(e -> e.fact() instanceof TimelineFact.DeadlineEvent event
                            && event.deadlineId() == report.id() && event.event() == DeadlineEventKind.ESCALATED)
                    .map(zh::render).toList();
            assertFalse(escalated.get(2).contains("最高一级"), escalated.get(2));
            assertTrue(escalated.get(3).contains("第 4 次上报 总指挥") && escalated.get(3).contains("已至最高一级")
                    && escalated.get(3).contains("每 2 小时提醒一次"), escalated.get(3));
            assertTrue(escalated.get(4).startsWith("督办提醒") && escalated.get(4).contains("再次提醒 总指挥"),
                    escalated.get(4));
            Deadline now = office.only(incident.id(), "report-to-office");
            assertEquals(AlertStage.ESCALATION, now.nextAlert());
            assertEquals(due.plus(Duration.ofHours(10)), now.nextAlertAt(), "the next reminder, two hours on");
        }
    }

    @Test
    void aWarningInForceMeetsTheLevelDeadlineAndMovesADecidedIncidentIntoThePhaseOfWarning() {
        try (DeadlineFixture office = new DeadlineFixture("county")) {
            WarningService warnings = warnings(office);
            Incident unassessed = office.intake("inquiry", null, Duration.ZERO);
            office.advance(Duration.ofMinutes(20));
            warnings.decisions().issue(draft(unassessed, null, "值班会商决定"));
            Deadline assess = office.only(unassessed.id(), "assess-level");
            assertEquals(DeadlineState.MET, assess.state(), "the warning decided the level");
            assertEquals(office.clock.instant(), assess.metAt());
            assertEquals(IncidentPhase.RECEIVED, office.incidents.detail(unassessed.id()).incident().phase(),
                    "no level decided yet: 预警 is not a legal move");

            Incident decided = office.intake("inquiry", null, Duration.ZERO);
            office.decideLevel(decided.id(), "III");
            warnings.decisions().issue(draft(decided, null, null));
            assertEquals(IncidentPhase.WARNING, office.incidents.detail(decided.id()).incident().phase());
        }
    }

    @Test
    void aWarningThatStartsTomorrowIsNotInForceToday() {
        try (DeadlineFixture office = new DeadlineFixture("county")) {
            WarningService warnings = warnings(office);
            Incident incident = office.intake("inquiry", null, Duration.ZERO);
            office.decideLevel(incident.id(), "III");
            Warning tomorrow = warnings.decisions().issue(draft(incident,
                    office.clock.instant().plus(Duration.ofDays(1)).atZone(DeadlineFixture.ZONE).toOffsetDateTime(),
                    null));
            assertTrue(tomorrow.isActive(), "issued and not lifted");
            assertTrue(warnings.active().isEmpty(), "not in force before it starts");
            assertTrue(warnings.overallLevel().isEmpty());

            office.advance(Duration.ofDays(1));
            assertEquals(List.of(tomorrow.id()), warnings.active().stream().map(Warning::id).toList());
            assertEquals("III", warnings.overallLevel().orElseThrow().id());
        }
    }

    @Test
    void aCallThatReachedThePartyIsTheSpokenReportItsDeadlineAsks() {
        try (DeadlineFixture office = new DeadlineFixture("police")) {
            CallListService calls = new CallListService(office.store, office.clock, () -> new Actor("值班员甲"),
                    office.events, office.deadlines,
                    new RosterService(office.store, office.clock, () -> new Actor("值班员甲"), office.events));
            Incident incident = office.intake("knife-attack", null, Duration.ZERO);
            Deadline leaders = office.only(incident.id(), "report-leaders");
            Deadline firstReport = office.only(incident.id(), "first-report");

            calls.logCall(leaders.id(), "leaders", null, "带班领导甲", "13800000001", CallOutcome.NO_ANSWER, null);
            calls.logCall(leaders.id(), "duty-officer", null, "值班员乙", "13800000002", CallOutcome.REACHED, null);
            assertEquals(DeadlineState.OPEN, office.only(incident.id(), "report-leaders").state(),
                    "nobody answered, and the owner is not whom it is reported to");
            calls.logCall(firstReport.id(), "superior", null, "上级值班室", "010-0000", CallOutcome.REACHED, null);
            assertEquals(DeadlineState.OPEN, office.only(incident.id(), "first-report").state(),
                    "the 首报 is a written form: a call does not send it");

            office.advance(Duration.ofMinutes(5));
            calls.logCall(leaders.id(), "leaders", null, "带班领导甲", "13800000001", CallOutcome.REACHED, "已报告");
            Deadline met = office.only(incident.id(), "report-leaders");
            assertEquals(DeadlineState.MET, met.state());
            assertEquals(office.clock.instant(), met.metAt());
        }
    }

    @Test
    void aStatementReleasedMeetsThePublicResponse() {
        try (DeadlineFixture office = new DeadlineFixture("archives")) {
            Incident incident = office.intake("inquiry", null, Duration.ZERO);
            Statement statement = office.incidents.statements().draft(incident.id(), "经核查，网传情况不属实。");
            office.incidents.statements().submit(statement.id());
            office.incidents.statements().approve(statement.id(), null);
            assertEquals(DeadlineState.OPEN, office.only(incident.id(), "public-response").state(),
                    "approving the wording is not yet the public response");
            office.advance(Duration.ofMinutes(40));
            office.incidents.statements().release(statement.id());
            Deadline response = office.only(incident.id(), "public-response");
            assertEquals(DeadlineState.MET, response.state());
            assertEquals(office.clock.instant(), response.metAt());
        }
    }

    @Test
    void anActReportedByAnotherFeatureMeetsItsDeadlineAtItsTimeAndByItsAuthor() {
        try (DeadlineFixture office = new DeadlineFixture("county")) {
            Incident incident = office.intake("inquiry", null, Duration.ZERO);
            Instant exported = office.clock.instant().plus(Duration.ofMinutes(12));
            office.advance(Duration.ofMinutes(15));
            List<Deadline> met = office.deadlines.actDone(incident.id(),
                    DeadlineAction.ofForm("first-report").orElseThrow(), exported, "值班员丙");
            // the plan's one 首报 goes to the office and to the competent department: both are met
            assertEquals(List.of("report-to-department", "report-to-office"),
                    met.stream().map(Deadline::ruleId).sorted().toList());
            assertEquals(exported, met.getFirst().metAt());
            assertEquals("值班员丙", met.getFirst().metBy());
            assertTrue(office.deadlines.actDone(incident.id(), DeadlineAction.REPORT_FIRST, exported, "值班员丙")
                    .isEmpty(), "a second export meets nothing more");
            assertTrue(DeadlineAction.ofForm("warning-notice").isEmpty(), "issuing the warning is that act");
        }
    }

    private static WarningService warnings(DeadlineFixture office) {
        return new WarningService(office.store, office.clock, () -> new Actor("值班员甲"), office.events, office.plans,
                office.incidents, new LevelAssessor(), DeadlineFixture.ZONE);
    }

    private static WarningDraft draft(Incident incident, java.time.OffsetDateTime starts, String reason) {
        return new WarningDraft(List.of(incident.id()), null, "III", starts, "全县", List.of("话题可能扩散"),
                List.of("各成员单位24小时值班"), "chief", reason);
    }
}
