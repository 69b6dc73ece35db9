package org.incidentdesk.service.incident;

import org.incidentdesk.domain.incident.TimelineFact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.event.HandoverChanged;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.incident.AssessmentDecision;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Handover;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.IncidentSummary;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.incident.SevenWs;
import org.incidentdesk.domain.incident.StatementStatus;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.Occurrence;
import org.incidentdesk.domain.plan.WarningColour;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IncidentServiceTest {
    private final IncidentFixture office = new IncidentFixture();
    private final IncidentService incidents = office.incidents;

    @AfterEach
    void close() {
        office.close();
    }

    private Incident quick(String title) {
        return incidents.intake(Intake.quick(title, "inquiry"));
    }

    private static List<String> keys(ValidationException e) {
        return e.violations().stream().map(v -> v.field() + " " + v.messageKey()).toList();
    }

    private List<TimelineEntry> timeline(long id) {
        return incidents.detail(id).timeline();
    }

    @Test
    void quickEntryIsDiscoveredNowInTheOfficeZoneUnderTheActivePlanAndNumberedPerYearWithoutGaps() {
        Incident first = quick("网传某校食堂卫生问题");
        assertThrows(ValidationException.class, () -> quick(" "));
        Incident second = quick("网传某路段积水");

        assertEquals("2026-001", first.number().toString());
        assertEquals("2026-002", second.number().toString(), "a refused report uses no number");
        assertEquals(OffsetDateTime.parse("2026-03-02T09:00+08:00"), first.discoveredAt());
        assertNull(first.happenedAt());
        assertEquals(IncidentPhase.RECEIVED, first.phase());
        assertEquals(office.plans.activePlan().orElseThrow().id(), first.planId());
        assertEquals(1, first.planVersion());
        assertEquals("值班员甲", first.createdBy());
    }

    @Test
    void aNewYearStartsAtOne() {
        quick("年前的事件");
        office.advance(Duration.ofDays(366));
        assertEquals("2027-001", quick("新年的事件").number().toString());
    }

    @Test
    void fullIntakeKeepsEveryFactAndBothTimesWithTheirOffsets() {
        OffsetDateTime happened = OffsetDateTime.parse("2026-03-01T22:10+08:00");
        OffsetDateTime discovered = OffsetDateTime.parse("2026-03-01T15:30Z");
        OffsetDateTime published = OffsetDateTime.parse("2026-03-01T22:40+08:00");
        IncidentFacts facts = new IncidentFacts(new SevenWs("3月1日晚", "城东某小区", "业主群", "反映停水",
                "管道检修", "微信群转发", "未造成聚集"), "网络舆情监测", published, "某本地论坛", "论坛",
                "城东居民", List.of("https://bbs.example.invalid/t/1", " "), "转发约200次", "计划检修，已提前公告",
                "同类问题去年发生过一次");

        Incident taken = incidents.intake(new Intake("城东小区停水舆情", "inquiry", discovered, happened, facts));
        Incident read = incidents.detail(taken.number().toString()).incident();

        assertEquals(happened, read.happenedAt());
        assertEquals(ZoneOffset.ofHours(8), read.happenedAt().getOffset());
        assertEquals(discovered, read.discoveredAt());
        assertEquals(ZoneOffset.UTC, read.discoveredAt().getOffset());
        assertEquals(facts, read.facts());
        assertEquals(List.of("https://bbs.example.invalid/t/1"), read.facts().links());
    }

    @Test
    void intakeRefusesEveryProblemAtOnceNamingItsField() {
        OffsetDateTime discovered = OffsetDateTime.parse("2026-03-02T08:00+08:00");
        ValidationException refused = assertThrows(ValidationException.class, () -> incidents.intake(new Intake(
                "x".repeat(201), "no-such-category", discovered, discovered.plusHours(2), IncidentFacts.NONE)));

        assertEquals(List.of("incident.title validation.tooLong", "incident.category incident.unknownCategory",
                "incident.happenedAt incident.inFuture", "incident.happenedAt incident.happenedAfterDiscovered"),
                keys(refused));
        assertEquals("当前预案中没有类别“no-such-category”",
                new Messages(Locale.SIMPLIFIED_CHINESE).describe(refused.violations().get(1)));
        assertTrue(incidents.list().isEmpty());
        assertTrue(office.published.isEmpty(), "nothing published for a refused report");
    }

    @Test
    void illegalMovesAreRefusedNamingBothPhasesAndAResponseNeedsADecidedLevel() {
        Incident incident = quick("某事件");
        ValidationException jump = assertThrows(ValidationException.class,
                () -> incidents.advance(incident.id(), IncidentPhase.HANDLING));
        assertEquals("不能从“接报”转到“处置”", new Messages(Locale.SIMPLIFIED_CHINESE).describe(jump.violations().get(0)));
        assertEquals("Cannot move from \"Received\" to \"Handling\"",
                new Messages(Locale.ENGLISH).describe(jump.violations().get(0)));

        incidents.advance(incident.id(), IncidentPhase.ASSESSING);
        ValidationException noLevel = assertThrows(ValidationException.class,
                () -> incidents.advance(incident.id(), IncidentPhase.RESPONSE));
        assertEquals("incidentPhase incident.levelFirst", keys(noLevel).get(0));
        assertEquals(IncidentPhase.ASSESSING, incidents.detail(incident.id()).incident().phase());
        assertEquals(List.of(IncidentPhase.ENDED), incidents.detail(incident.id()).nextPhases());
    }

    @Test
    void assessmentProposesConfirmsOverridesAndKeepsHistory() {
        Incident incident = quick("某网络攻击");
        incidents.advance(incident.id(), IncidentPhase.ASSESSING);

        Assessment first = incidents.assess(incident.id(),
                EventFacts.none().with(Occurrence.HAPPENED_HERE, "IV"));
        assertEquals(AssessmentDecision.PROPOSED, first.decision());
        assertFalse(first.reasons().isEmpty());
        LevelMark confirmed = incidents.confirm(first.id());
        assertEquals(first.proposed(), confirmed);
        assertEquals(confirmed, incidents.detail(incident.id()).incident().level());
        assertThrows(ValidationException.class, () -> incidents.confirm(first.id()), "decided once only");

        Assessment second = incidents.assess(incident.id(), EventFacts.none());
        assertFalse(second.proposesLevel(), "no fact meets a criterion: 未达到预警条件, no level proposed");
        assertEquals(List.of("assessment incident.nothingToConfirm"),
                keys(assertThrows(ValidationException.class, () -> incidents.confirm(second.id()))));
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> incidents.override(second.id(), "II", " "));
        assertEquals(List.of("assessment.reason validation.required"), keys(noReason));
        LevelMark raised = incidents.override(second.id(), "II", "涉及重点人群，专家会商意见");

        assertEquals("II", raised.id());
        assertEquals(WarningColour.ORANGE, raised.colour());
        IncidentDetail detail = incidents.detail(incident.id());
        assertEquals(raised, detail.incident().level());
        assertEquals(List.of(AssessmentDecision.CONFIRMED, AssessmentDecision.OVERRIDDEN),
                detail.assessments().stream().map(Assessment::decision).toList());
        assertEquals("涉及重点人群，专家会商意见", detail.assessments().get(1).overrideReason());
        assertEquals(List.of(IncidentPhase.WARNING, IncidentPhase.RESPONSE, IncidentPhase.ENDED), detail.nextPhases());
    }

    @Test
    void oneOpenAssessmentPerIncidentKeepsItsTicksAndDecidingItMovesAReceivedIncidentToAssessing() {
        Incident incident = quick("网传学校食堂卫生问题");
        Assessment nothing = incidents.assess(incident.id(), List.<String>of());
        Assessment ticked = incidents.assess(incident.id(), List.of("county-III-happened"));
        assertEquals(nothing.id(), ticked.id(), "re-running an undecided assessment replaces it");
        assertEquals(List.of("county-III-happened"), ticked.established());
        assertEquals("III", ticked.proposed().id());
        assertEquals(1, incidents.detail(incident.id()).assessments().size());

        incidents.confirm(ticked.id());
        IncidentDetail decided = incidents.detail(incident.id());
        assertEquals(IncidentPhase.ASSESSING, decided.incident().phase(), "the assessment is the act of 研判");
        assertEquals("III", decided.incident().level().id());
        assertTrue(decided.timeline().stream().anyMatch(t -> t.fact().equals(
                new TimelineFact.PhaseMoved(IncidentPhase.RECEIVED, IncidentPhase.ASSESSING))));

        Assessment again = incidents.assess(incident.id(), List.of("county-III-happened", "county-II-happened"));
        assertNotEquals(ticked.id(), again.id(), "after a decision a re-assessment is a new one; the first is history");
        assertEquals(List.of("county-II-happened", "county-III-happened"), again.established(), "in the plan's order");
        incidents.override(again.id(), "III", "影响范围限于一所学校");
        assertEquals(IncidentPhase.ASSESSING, incidents.detail(incident.id()).incident().phase(), "not moved twice");
        assertEquals(List.of(AssessmentDecision.CONFIRMED, AssessmentDecision.OVERRIDDEN),
                incidents.detail(incident.id()).assessments().stream().map(Assessment::decision).toList());

        assertEquals(List.of("assessment.criterion incident.unknownCriterion"), keys(assertThrows(
                ValidationException.class, () -> incidents.assess(incident.id(), List.of("no-such-criterion")))));
    }

    @Test
    void thePartiesThePlanNamesPerIncidentAreProposedFromTheFactsSetOnTheIncidentAndReachPeople() {
        org.incidentdesk.domain.roster.OrgUnit unit = office.memberUnit();
        Incident incident = quick("网传" + unit.name() + "窗口工作人员态度恶劣");
        var roster = new org.incidentdesk.service.roster.RosterService(office.store, office.clock, office.actors(),
                office.events).load();
        var plan = incidents.planOf(incident);
        assertTrue(new org.incidentdesk.domain.plan.RoleHolders(plan, roster).holdersOf("reporting-unit").isEmpty(),
                "without the incident, 事发单位 is nobody in the roster");

        IncidentParties.Party reporting = incidents.parties().of(incident.id()).stream()
                .filter(p -> p.roleId().equals("reporting-unit")).findFirst().orElseThrow();
        assertEquals("事发单位（事发地部门）", reporting.roleName());
        assertNull(reporting.unit(), "nothing set yet");
        assertEquals(unit.id(), reporting.proposed().id(), "the unit the title names is proposed");

        incidents.parties().set(incident.id(), "reporting-unit", unit.id());
        var parties = office.store.inTransaction(s -> s.parties().forIncident(incident.id()));
        assertEquals(java.util.Map.of("reporting-unit", unit.id()), parties);
        assertEquals(unit.id(), incidents.parties().of(incident.id()).stream()
                .filter(p -> p.roleId().equals("reporting-unit")).findFirst().orElseThrow().unit().id());
        List<org.incidentdesk.domain.roster.Person> reached =
                new org.incidentdesk.domain.plan.RoleHolders(plan, roster, parties).holdersOf("reporting-unit");
        assertFalse(reached.isEmpty(), "the call list now finds the unit's people");
        assertTrue(reached.stream().allMatch(p -> p.posts().stream().anyMatch(x -> x.unitId() == unit.id())));
        assertTrue(incidents.detail(incident.id()).timeline().stream().anyMatch(t -> t.fact().equals(
                new TimelineFact.PartySet("reporting-unit", "事发单位（事发地部门）", unit.id(), unit.name()))));

        assertEquals(List.of("party.role incident.unknownParty"), keys(assertThrows(ValidationException.class,
                () -> incidents.parties().set(incident.id(), "commander", unit.id()))), "a role with its own unit");
        assertEquals(List.of("party.unit incident.unknownUnit"), keys(assertThrows(ValidationException.class,
                () -> incidents.parties().set(incident.id(), "competent-department", 999_999L))));
    }

    @Test
    void everyChangeWritesItsTimelineRowAuditEntryAndEventWithWhoAndWhen() {
        Incident incident = quick("某事件");
        office.advance(Duration.ofMinutes(5));
        office.actAs("值班员乙");
        incidents.addNote(incident.id(), "已电话核实");

        List<TimelineEntry> rows = timeline(incident.id());
        assertEquals(List.of(TimelineKind.INTAKE, TimelineKind.NOTE), rows.stream().map(TimelineEntry::kind).toList());
        TimelineEntry note = rows.get(1);
        assertEquals("值班员乙", note.actor());
        assertEquals(IncidentFixture.START.plus(Duration.ofMinutes(5)), note.at());
        assertEquals(new TimelineFact.Note(), note.fact());
        assertEquals("已电话核实", note.personText());
        assertEquals(List.of(TimelineKind.INTAKE, TimelineKind.NOTE),
                office.published.stream().map(e -> ((IncidentChanged) e).kind()).toList());
        assertEquals(note.id(), ((IncidentChanged) office.published.get(1)).timelineEntryId());
        assertEquals(List.of("note", "intake"), office.audit().stream().limit(2).map(a -> a.action()).toList());
        assertEquals("值班员乙", incidents.detail(incident.id()).incident().updatedBy());
    }

    @Test
    void tasksGoToRosterUnitsAndNeedAResultWhenDone() {
        Incident incident = quick("某事件");
        long unit = office.memberUnit().id();
        HandlingTask task = incidents.assignTask(incident.id(), unit, "核实情况并回复",
                IncidentFixture.START.plus(Duration.ofHours(3)));
        assertEquals(office.memberUnit().name(), task.unitName());
        assertEquals(TaskStatus.OPEN, task.status());

        IncidentSummary summary = incidents.summaries().get(0);
        assertEquals(IncidentFixture.START.plus(Duration.ofHours(3)), summary.nextDueAt());
        assertEquals(List.of(office.memberUnit().name()), summary.openTaskUnits());
        assertFalse(summary.overdueAt(IncidentFixture.START));
        assertTrue(summary.overdueAt(IncidentFixture.START.plus(Duration.ofHours(4))));

        ValidationException noResult = assertThrows(ValidationException.class,
                () -> incidents.updateTask(task, TaskStatus.DONE, ""));
        assertEquals(List.of("task.result validation.required"), keys(noResult));
        HandlingTask done = incidents.updateTask(task, TaskStatus.DONE, "已回复网民");
        assertEquals("已回复网民", done.result());
        assertNull(incidents.summaries().get(0).nextDueAt(), "a done task no longer counts down");
        assertThrows(ValidationException.class, () -> incidents.assignTask(incident.id(), 999_999, "x", null));
    }

    @Test
    void aStaleTaskEditIsRefused() {
        Incident incident = quick("某事件");
        HandlingTask task = incidents.assignTask(incident.id(), office.memberUnit().id(), "核实", null);
        incidents.updateTask(task, TaskStatus.IN_PROGRESS, null);
        office.store.run(s -> assertThrows(StaleDataException.class,
                () -> s.tasks().update(task, TaskStatus.CANCELLED, null, new org.incidentdesk.store.Stamp(IncidentFixture.START, new org.incidentdesk.domain.common.Actor("另一台工作站")))));
    }

    @Test
    void aTaskStatusSetFromAStaleReadIsRefusedNamingWhoChangedItAndTheirStatusStays() {
        Incident incident = quick("某事件");
        HandlingTask read = incidents.assignTask(incident.id(), office.memberUnit().id(), "核实", null);
        office.actAs("乙工作站值班员");
        incidents.updateTask(read, TaskStatus.CANCELLED, null);
        office.actAs("甲工作站值班员");

        StaleDataException stale = assertThrows(StaleDataException.class,
                () -> incidents.updateTask(read, TaskStatus.DONE, "已回复"));

        assertEquals(java.util.Optional.of("乙工作站值班员"), stale.changedBy());
        assertEquals(TaskStatus.CANCELLED, incidents.detail(incident.id()).tasks().get(0).status());
    }

    @Test
    void aFactsEditFromAStaleReadIsRefusedNamingWhoChangedItAndWhenAndTheirTitleStays() {
        Incident read = quick("网传某小区停水");
        office.actAs("乙工作站值班员");
        office.clock.advance(java.time.Duration.ofMinutes(7));
        incidents.updateFacts(read, "网传某小区停水（已核实）", null, read.facts());
        office.actAs("甲工作站值班员");

        StaleDataException stale = assertThrows(StaleDataException.class,
                () -> incidents.updateFacts(read, "网传某小区停电", null, read.facts()));

        assertEquals(java.util.Optional.of("乙工作站值班员"), stale.changedBy());
        assertEquals(java.util.Optional.of(IncidentFixture.START.plus(java.time.Duration.ofMinutes(7))),
                stale.changedAt());
        assertEquals("网传某小区停水（已核实）", incidents.detail(read.id()).incident().title());
    }

    @Test
    void oneAgreedWordingAtATime() {
        Incident incident = quick("某事件");
        var first = incidents.statements().draft(incident.id(), "口径一");
        var second = incidents.statements().draft(incident.id(), "口径二");
        incidents.statements().agree(first.id());
        incidents.statements().agree(second.id());

        IncidentDetail detail = incidents.detail(incident.id());
        assertEquals("口径二", detail.agreedStatement().orElseThrow().text());
        assertEquals(List.of(StatementStatus.DRAFT, StatementStatus.AGREED),
                detail.statements().stream().map(s -> s.status()).toList());
    }

    @Test
    void keywordsAreKeptOnceAndCanBeRemoved() {
        Incident incident = quick("某事件");
        incidents.keywords().add(incident.id(), "停水");
        ValidationException twice = assertThrows(ValidationException.class,
                () -> incidents.keywords().add(incident.id(), " 停水 "));
        assertEquals(List.of("keyword incident.duplicateKeyword"), keys(twice));
        incidents.keywords().add(incident.id(), "城东");
        incidents.keywords().remove(incident.id(), "停水");
        assertEquals(List.of("城东"), incidents.detail(incident.id()).keywords().stream().map(k -> k.keyword()).toList());
    }

    @Test
    void metricsPointsAreCheckedAndFeedTheNextAssessment() {
        Incident incident = quick("某事件");
        OffsetDateTime at = OffsetDateTime.parse("2026-03-02T08:30+08:00");
        ValidationException bad = assertThrows(ValidationException.class, () -> incidents.addMetrics(incident.id(),
                new MetricPoint.Figures(at.plusDays(1), -1L, null, null, null, null, "")));
        assertEquals(List.of("metric.at incident.inFuture", "metric.reads metric.negative"), keys(bad));

        MetricPoint point = incidents.addMetrics(incident.id(),
                new MetricPoint.Figures(at, 120_000L, 800L, 3_500L, 900L, 87L, "发酵"));
        assertEquals(at.toInstant(), point.at().toInstant());
        assertEquals(ZoneOffset.UTC, point.at().getOffset(), "the store keeps the instant, the same on H2 and PostgreSQL");
        assertEquals(3_500L, point.comments());
        assertEquals("发酵", incidents.detail(incident.id()).metrics().get(0).stage());
    }

    @Test
    void anArchivedIncidentChangesNoMore() {
        Incident incident = quick("某事件");
        incidents.advance(incident.id(), IncidentPhase.ASSESSING);
        incidents.advance(incident.id(), IncidentPhase.ENDED);
        incidents.advance(incident.id(), IncidentPhase.REVIEW);
        incidents.advance(incident.id(), IncidentPhase.ARCHIVED);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> incidents.addNote(incident.id(), "再补一句"));
        assertEquals(List.of("incidentPhase incident.archived"), keys(refused));
        assertEquals(List.of(IncidentPhase.ASSESSING, IncidentPhase.ENDED, IncidentPhase.REVIEW, IncidentPhase.ARCHIVED),
                timeline(incident.id()).stream().map(TimelineEntry::fact).filter(TimelineFact.PhaseMoved.class::isInstance)
                        .map(f -> ((TimelineFact.PhaseMoved) f).to()).toList());
    }

    @Test
    void theNextPersonOnDutyConfirmsAHandoverNotItsWriter() {
        Handover written = incidents.handovers().write("2026-001 待回复", "关注晚间热度");
        ValidationException own = assertThrows(ValidationException.class, () -> incidents.handovers().confirm(written.id()));
        assertEquals(List.of("handover handover.ownHandover"), keys(own));
        assertFalse(incidents.handovers().latest().orElseThrow().confirmed());

        office.actAs("值班员乙");
        office.advance(Duration.ofHours(8));
        Handover confirmed = incidents.handovers().confirm(written.id());

        assertEquals("值班员乙", confirmed.confirmedBy());
        assertEquals(IncidentFixture.START.plus(Duration.ofHours(8)), confirmed.confirmedAt());
        assertTrue(incidents.handovers().latest().orElseThrow().confirmed());
        assertEquals(List.of(new HandoverChanged(office.events.origin(), written.id(), false),
                new HandoverChanged(office.events.origin(), written.id(), true)), office.published);
    }

    @Test
    void anUnknownNumberIsRefusedWithTheTextTyped() {
        ValidationException refused = assertThrows(ValidationException.class, () -> incidents.detail("2026-999"));
        Violation v = refused.violations().get(0);
        assertEquals("没有编号为“2026-999”的事件", new Messages(Locale.SIMPLIFIED_CHINESE).describe(v));
    }
}
