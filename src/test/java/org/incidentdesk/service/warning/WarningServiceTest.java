package org.incidentdesk.service.warning;

import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.domain.incident.TimelineFact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.event.NoticeAcknowledged;
import org.incidentdesk.domain.event.WarningChanged;
import org.incidentdesk.domain.event.WarningEvent;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.Occurrence;
import org.incidentdesk.domain.plan.WarningColour;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.domain.warning.WarningChangeKind;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.domain.warning.WarningStatus;
import org.incidentdesk.service.incident.IncidentFixture;
import org.incidentdesk.service.plan.AssessmentReason;
import org.incidentdesk.service.plan.LevelAssessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Warnings under the demo office's county plan (plan 1): 总指挥 issues I/II (red, orange), 指挥长 III/IV (yellow,
 * blue), the office proposes for approval. The clock starts on 2 March 2026, the day before the plan's default
 * sensitive period 全国两会 (03-03..03-15).
 */
class WarningServiceTest {
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    private final IncidentFixture office = new IncidentFixture();
    private final WarningService warnings = new WarningService(office.store, office.clock, office.actors(),
            office.events, office.plans, office.incidents, new LevelAssessor(), IncidentFixture.ZONE);
    private final List<WarningEvent> warningEvents = new ArrayList<>();

    WarningServiceTest() {
        office.events.subscribe(WarningEvent.class, warningEvents::add);
    }

    @AfterEach
    void close() {
        office.close();
    }

    /** An incident whose assessment proposed III (a 一般 event has happened here: yellow). */
    private Incident assessedYellow(String title) {
        Incident incident = office.incidents.intake(Intake.quick(title, "hype"));
        office.incidents.assess(incident.id(), EventFacts.none().with(Occurrence.HAPPENED_HERE, "IV"));
        return incident;
    }

    private static WarningDraft draft(Incident incident, String level, String role, String reason) {
        return new WarningDraft(List.of(incident.id()), null, level, null, "全县中小学校及相关网络平台",
                List.of("相关话题可能跨平台传播"), List.of("各成员单位24小时值班", "每2小时报送监测情况"), role, reason);
    }

    private static String message(ValidationException refused) {
        return refused.violations().stream().map(ZH::describe).reduce((a, b) -> a + "；" + b).orElseThrow();
    }

    // ---- authority, each level of the county plan

    @Test
    void theCommanderMayIssueEveryLevelOfTheCountyPlan() {
        for (String level : List.of("I", "II", "III", "IV")) {
            AuthorityCheck check = warnings.authorities().authority("commander", level);
            assertTrue(check.allowed() && !check.needsApproval(), level);
            assertEquals("", check.message(ZH), level);
        }
    }

    @Test
    void theChiefIssuesYellowAndBlueButIsRefusedRedAndOrangeNamingTheCommander() {
        assertTrue(warnings.authorities().authority("chief", "III").allowed());
        assertTrue(warnings.authorities().authority("指挥长", "IV").allowed(), "the role may be named as the plan names it");
        for (String level : List.of("I", "II")) {
            AuthorityCheck check = warnings.authorities().authority("chief", level);
            assertFalse(check.allowed(), level);
            assertEquals("commander", check.approverRole());
        }
        assertEquals("发布岗位：指挥长无权发布“II 重大”预警，应由总指挥发布", warnings.authorities().authority("chief", "II").message(ZH));
        assertEquals("Issuing post: 指挥长 may not issue a \"I 特别重大\" warning; 总指挥 issues it",
                warnings.authorities().authority("chief", "I").message(EN));
    }

    @Test
    void theOfficeProposesEveryLevelForTheApprovalOfTheRoleWithTheAuthority() {
        for (String level : List.of("I", "II")) {
            AuthorityCheck check = warnings.authorities().authority("office", level);
            assertTrue(check.allowed() && check.needsApproval(), level);
            assertEquals("commander", check.approverRole(), level);
        }
        for (String level : List.of("III", "IV")) {
            assertEquals("chief", warnings.authorities().authority("office", level).approverRole(), level);
        }
        assertEquals("发布岗位：县指挥部办公室提出的“III 较大”预警须报指挥长批准后发布",
                warnings.authorities().authority("office", "III").message(ZH));
    }

    @Test
    void aRoleWithoutAnyAuthorityIsRefusedAtIssueAndNothingIsStored() {
        Incident incident = assessedYellow("某校食堂视频");

        ValidationException refused = assertThrows(WarningRefusal.class,
                () -> warnings.decisions().issue(draft(incident, "II", "chief", "涉及重点人群")));

        assertEquals("发布岗位：指挥长无权发布“II 重大”预警，应由总指挥发布", message(refused));
        assertTrue(warnings.all().isEmpty());
        assertTrue(warningEvents.isEmpty());
        ValidationException unknownLevel = assertThrows(WarningRefusal.class,
                () -> warnings.decisions().issue(draft(incident, "V", "chief", null)));
        assertTrue(message(unknownLevel).startsWith("预警级别：预案中没有级别“V”，可选：I 特别重大、II 重大"), message(unknownLevel));
    }

    // ---- issuing, approval

    @Test
    void issuingTheProposedLevelPutsItInForceNumberedForTheYearWithItsFields() {
        Incident incident = assessedYellow("某校食堂视频");

        Warning warning = warnings.decisions().issue(draft(incident, "III", "chief", null));

        assertEquals("2026-Y001", warning.number());
        assertEquals(WarningStatus.ACTIVE, warning.status());
        assertEquals("III", warning.levelId());
        assertEquals("hype", warning.categoryId(), "the incident's category when the draft names none");
        assertEquals("chief", warning.issuerRole());
        assertEquals("值班员甲", warning.issuedBy());
        assertEquals(office.clock.instant(), warning.issuedAt());
        assertEquals(office.clock.instant(), warning.startsAt().toInstant(), "starts when issued unless given");
        assertEquals(List.of(incident.id()), warning.incidentIds());
        assertEquals(List.of("各成员单位24小时值班", "每2小时报送监测情况"), warning.measures());
        assertEquals("2026-Y002", warnings.decisions().issue(draft(assessedYellow("另一事件"), "较大", null, null)).number(),
                "the level by its name; no issuer: the role with the authority");
        assertEquals(warning, warnings.byNumberOrId("2026-y001"));
        assertEquals(warning, warnings.byNumberOrId(Long.toString(warning.id())));
    }

    @Test
    void aLevelOtherThanTheProposalNeedsAReason() {
        Incident incident = assessedYellow("某校食堂视频");

        ValidationException refused = assertThrows(WarningRefusal.class,
                () -> warnings.decisions().issue(draft(incident, "IV", "chief", " ")));

        assertEquals("理由：发布“IV 一般”预警须写明理由（研判未提出该级别，或未达到预警条件）", message(refused));
        assertEquals(WarningStatus.ACTIVE, warnings.decisions().issue(draft(incident, "IV", "chief", "专家会商认为影响有限")).status());
        assertEquals("专家会商认为影响有限", warnings.history().get(0).reason());
    }

    @Test
    void theOfficesProposalWaitsForApprovalThenComesIntoForceAndNotifies() {
        Incident incident = assessedYellow("某校食堂视频");

        Warning proposed = warnings.decisions().issue(draft(incident, "II", "office", "热度持续上升，建议提级"));

        assertEquals(WarningStatus.PENDING_APPROVAL, proposed.status());
        assertTrue(warnings.receipts().of(proposed.id()).isEmpty(), "no unit is told before the warning is in force");
        assertTrue(warnings.active().isEmpty());
        ValidationException notInForce = assertThrows(WarningRefusal.class, () -> warnings.decisions().lift(proposed.id(), "x"));
        assertEquals("预警：预警 2026-Y001 尚待批准，不能解除", message(notInForce));

        office.advance(Duration.ofMinutes(20));
        office.actAs("指挥部值班员");
        Warning approved = warnings.decisions().approve(proposed.id());

        assertEquals(WarningStatus.ACTIVE, approved.status());
        assertEquals("commander", approved.issuerRole());
        assertEquals("指挥部值班员", approved.issuedBy());
        assertEquals(office.clock.instant(), approved.issuedAt());
        assertEquals(12, warnings.receipts().of(approved.id()).size(), "the county plan's twelve member units");
        assertEquals(List.of(WarningChangeKind.PROPOSED, WarningChangeKind.APPROVED),
                warnings.history(approved.id()).stream().map(WarningChange::kind).toList());
        ValidationException twice = assertThrows(WarningRefusal.class, () -> warnings.decisions().approve(approved.id()));
        assertEquals("预警：预警 2026-Y001 不在待批准状态（当前为生效中）", message(twice));
    }

    // ---- assessment board and the sensitive period

    @Test
    void noCriterionMetProposesNoWarningAndChecksEveryCriterionUnmet() {
        Incident incident = office.incidents.intake(Intake.quick("网传停水", "inquiry"));

        WarningAssessment board = warnings.board().assess(incident.id());

        assertTrue(board.noWarningCondition());
        assertTrue(board.proposed().isEmpty() && board.assessedBeforeRaise().isEmpty());
        assertEquals(List.of(AssessmentReason.Kind.NO_CRITERION_MET), board.reasons().stream().map(AssessmentReason::kind).toList());
        assertEquals(office.incidents.planOf(incident).criteria().count(), board.checklist().size());
        assertTrue(board.checklist().stream().noneMatch(CriterionCheck::met));
        assertTrue(board.period().isEmpty(), "2 March is before 全国两会");
    }

    @Test
    void inTheSensitivePeriodAYellowAssessmentIsRaisedOneStepToOrange() {
        Incident incident = office.incidents.intake(Intake.quick("某校食堂视频", "hype"));
        office.advance(Duration.ofDays(1)); // 3 March: 全国两会

        WarningAssessment board = warnings.board().assess(incident.id(), EventFacts.none().with(Occurrence.HAPPENED_HERE, "IV"));

        assertEquals("III", board.assessedBeforeRaise().orElseThrow().id());
        assertEquals("II", board.proposed().orElseThrow().id());
        assertTrue(board.raised());
        assertEquals("two-sessions", board.period().orElseThrow().id());
        assertEquals("two-sessions", warnings.sensitivePeriodNow().orElseThrow().id());
        assertTrue(board.checklist().stream().anyMatch(c -> c.criterionId().equals("county-III-happened") && c.met()));
    }

    @Test
    void inTheSensitivePeriodTheTopLevelStaysTheTop() {
        Incident incident = office.incidents.intake(Intake.quick("某重大事件", "hype"));
        office.advance(Duration.ofDays(1));

        WarningAssessment board = warnings.board().assess(incident.id(), EventFacts.none().with(Occurrence.HAPPENED_HERE, "II"));

        assertEquals("I", board.assessedBeforeRaise().orElseThrow().id());
        assertEquals("I", board.proposed().orElseThrow().id());
        assertFalse(board.raised());
        assertTrue(board.reasons().stream().anyMatch(r -> r.kind() == AssessmentReason.Kind.ALREADY_TOP_LEVEL));
    }

    @Test
    void expertOpinionsAreRecordedOnTheBoardAndTheTimeline() {
        Incident incident = assessedYellow("某校食堂视频");

        warnings.board().recordOpinion(incident.id(), "网信专家甲", "传播面在扩大，建议橙色", "橙");

        assertEquals(List.of("网信专家甲：传播面在扩大，建议橙色：II"), warnings.board().assess(incident.id()).opinions().stream()
                .map(o -> o.expert() + "：" + o.judgement() + "：" + o.levelId()).toList());
        TimelineEntry opinion = office.incidents.detail(incident.id()).timeline().getLast();
        assertEquals(TimelineKind.ASSESSMENT, opinion.kind());
        assertTrue(opinion.fact() instanceof TimelineFact.ExpertOpinionGiven given
                && given.expert().equals("网信专家甲") && "II".equals(given.levelId()), opinion.fact().toString());
        assertEquals("传播面在扩大，建议橙色", opinion.personText(), "the judgement is the expert's words, kept apart");
        assertThrows(ValidationException.class, () -> warnings.board().recordOpinion(incident.id(), " ", "x", null));
    }

    @Test
    void anArchivedIncidentTakesNoMoreOpinionsAndNothingIsStored() {
        Incident incident = office.incidents.intake(Intake.quick("某校食堂视频", "hype"));
        for (IncidentPhase to : List.of(IncidentPhase.ASSESSING, IncidentPhase.ENDED, IncidentPhase.REVIEW,
                IncidentPhase.ARCHIVED)) {
            office.incidents.advance(incident.id(), to);
        }
        int entries = office.incidents.detail(incident.id()).timeline().size();

        ValidationException refused = assertThrows(ValidationException.class,
                () -> warnings.board().recordOpinion(incident.id(), "网信专家甲", "建议关注", null));

        assertEquals(List.of("incident.archived"),
                refused.violations().stream().map(v -> v.messageKey()).toList());
        assertTrue(warnings.board().assess(incident.id()).opinions().isEmpty(), "the opinion rolled back with the refusal");
        assertEquals(entries, office.incidents.detail(incident.id()).timeline().size());
    }

    // ---- adjust, lift, overall

    @Test
    void adjustingRecordsTheLevelsBeforeAndAfterAndRaisingNeedsTheNewLevelsAuthority() {
        Incident incident = assessedYellow("某校食堂视频");
        Warning yellow = warnings.decisions().issue(draft(incident, "III", "chief", null));

        ValidationException chiefCannotRaise = assertThrows(WarningRefusal.class, () -> warnings.decisions().adjust(yellow.id(),
                new WarningDraft(List.of(), null, "II", null, null, null, null, null, null), "热度上升"));
        assertEquals("发布岗位：指挥长无权发布“II 重大”预警，应由总指挥发布", message(chiefCannotRaise));

        office.advance(Duration.ofHours(2));
        Warning orange = warnings.decisions().adjust(yellow.id(),
                new WarningDraft(List.of(), null, "II", null, null, null, null, "commander", null), "省级媒体转载，热度持续上升");

        assertEquals("II", orange.levelId());
        assertEquals(yellow.scope(), orange.scope(), "what the adjustment leaves out stays");
        WarningChange adjusted = warnings.history(yellow.id()).get(1);
        assertEquals(WarningChangeKind.ADJUSTED, adjusted.kind());
        assertEquals("III", adjusted.fromLevelId());
        assertEquals("II", adjusted.toLevelId());
        assertEquals("省级媒体转载，热度持续上升", adjusted.reason());
        assertEquals(office.clock.instant(), adjusted.at());
        assertEquals(yellow.version() + 1, orange.version());
    }

    @Test
    void liftingALiftedWarningIsRefusedWithAMessage() {
        Incident incident = assessedYellow("某校食堂视频");
        Warning warning = warnings.decisions().issue(draft(incident, "III", "chief", null));
        office.advance(Duration.ofHours(1));
        Warning lifted = warnings.decisions().lift(warning.id(), "整改到位，热度回落");
        assertEquals(WarningStatus.LIFTED, lifted.status());
        assertEquals(office.clock.instant(), lifted.liftedAt());

        ValidationException twice = assertThrows(WarningRefusal.class, () -> warnings.decisions().lift(warning.id(), "再次解除"));

        assertEquals("预警：预警 2026-Y001 已于 2026-03-02 10:00 解除，不能再解除或调整", message(twice));
        assertEquals(List.of(WarningChangeKind.ISSUED, WarningChangeKind.LIFTED),
                warnings.history(warning.id()).stream().map(WarningChange::kind).toList());
        assertThrows(WarningRefusal.class, () -> warnings.decisions().adjust(warning.id(),
                new WarningDraft(List.of(), null, "II", null, null, null, null, "commander", null), "x"));
    }

    @Test
    void theOverallLevelIsTheMostSevereActiveWarning() {
        assertTrue(warnings.overallLevel().isEmpty());
        Warning blue = warnings.decisions().issue(draft(assessedYellow("甲"), "IV", "chief", "影响有限"));
        Warning orange = warnings.decisions().issue(draft(assessedYellow("乙"), "II", "commander", "涉及重点人群"));
        warnings.decisions().issue(draft(assessedYellow("丙"), "III", "chief", null));

        assertEquals("II", warnings.overallLevel().orElseThrow().id());
        assertEquals(WarningColour.ORANGE, warnings.overall().colour().orElseThrow());
        assertEquals(3, warnings.overall().activeCount());

        warnings.decisions().lift(orange.id(), "已平息");
        assertEquals("III", warnings.overallLevel().orElseThrow().id());
        assertEquals(2, warnings.overall().activeCount());
        assertEquals(blue.id(), warnings.active().get(1).id(), "newest first");
    }

    // ---- notices

    @Test
    void issuingNotifiesEveryMemberUnitOfThePlanWithItsLiaisonAndNumberAndRecordsReceipt() {
        Warning warning = warnings.decisions().issue(draft(assessedYellow("某校食堂视频"), "III", "chief", null));

        List<UnitNotice> notices = warnings.receipts().of(warning.id());

        assertEquals(12, notices.size());
        UnitNotice government = notices.get(0);
        assertEquals("县政府办", government.unitName());
        assertEquals("季小雨", government.liaisonName(), "the unit's 联络员 in the demo roster");
        var liaison = office.store.inTransaction(s -> s.roster().load()).people().stream()
                .filter(p -> p.name().equals("季小雨")).findFirst().orElseThrow();
        assertEquals(liaison.mobile(), government.phone());
        assertTrue(notices.stream().allMatch(n -> n.unitId() != null && n.phone() != null));
        assertFalse(government.acknowledged());

        office.advance(Duration.ofMinutes(7));
        UnitNotice acknowledged = warnings.receipts().acknowledge(government.id(), "季小雨");

        assertEquals("季小雨", acknowledged.acknowledgedBy());
        assertEquals(office.clock.instant(), acknowledged.acknowledgedAt());
        assertTrue(warningEvents.stream().anyMatch(e -> e instanceof NoticeAcknowledged n && n.noticeId() == government.id()));
        ValidationException twice = assertThrows(WarningRefusal.class,
                () -> warnings.receipts().acknowledge(government.id(), "另一人"));
        assertEquals("预警通知：县政府办已由季小雨确认收到", message(twice));
        assertThrows(ValidationException.class, () -> warnings.receipts().acknowledge(notices.get(1).id(), " "));
    }

    // ---- events and the timeline

    @Test
    void eventsArePublishedOnlyAfterTheTransactionCommits() {
        Incident incident = assessedYellow("某校食堂视频");
        List<Boolean> visibleWhenPublished = new ArrayList<>();
        office.events.subscribe(WarningChanged.class,
                e -> visibleWhenPublished.add(warnings.find(e.warningId()).isPresent()));

        office.store.run(s -> {
            warnings.decisions().issue(draft(incident, "III", "chief", null));
            assertTrue(warningEvents.isEmpty(), "nothing is announced inside the transaction");
        });

        assertEquals(List.of(true), visibleWhenPublished);
        WarningChanged changed = (WarningChanged) warningEvents.get(0);
        assertEquals(WarningChangeKind.ISSUED, changed.kind());
        assertEquals(List.of(incident.id()), changed.incidentIds());
        assertTrue(office.published.stream().anyMatch(e -> e instanceof IncidentChanged c
                && c.kind() == TimelineKind.WARNING && c.incidentId() == incident.id()));
    }

    @Test
    void eachStepLandsOnTheTimelineOfEveryLinkedIncidentReadableInBothLanguages() {
        Incident first = assessedYellow("某校食堂视频");
        Incident second = office.incidents.intake(Intake.quick("同一话题的另一帖", "hype"));
        Warning warning = warnings.decisions().issue(new WarningDraft(List.of(first.id(), second.id()), null, "III", null,
                "全县", List.of(), List.of(), "chief", null));
        warnings.decisions().adjust(warning.id(), new WarningDraft(List.of(), null, "IV", null, null, null, null, null, null),
                "热度回落");
        warnings.decisions().lift(warning.id(), "已平息");

        for (Incident incident : List.of(first, second)) {
            List<TimelineEntry> rows = office.incidents.detail(incident.id()).timeline().stream()
                    .filter(e -> e.kind() == TimelineKind.WARNING).toList();
            assertEquals(3, rows.size(), incident.title());
            assertTrue(rows.stream().allMatch(r -> ((TimelineFact.WarningStep) r.fact()).warningId() == warning.id()));
            assertEquals(List.of(WarningChangeKind.ISSUED, WarningChangeKind.ADJUSTED, WarningChangeKind.LIFTED),
                    rows.stream().map(r -> ((TimelineFact.WarningStep) r.fact()).change()).toList());
            TimelineRenderer zh = new TimelineRenderer(ZH, IncidentFixture.ZONE);
            assertEquals(List.of("发布预警 2026-Y001：III 较大", "调整预警 2026-Y001：III 较大 → IV 一般：热度回落",
                    "解除预警 2026-Y001：IV 一般：已平息"), rows.stream().map(zh::render).toList());
            // the English window reads the same entry in English; the level's label is the plan's own
            assertEquals("Warning 2026-Y001 adjusted: III 较大 -> IV 一般: 热度回落",
                    new TimelineRenderer(EN, IncidentFixture.ZONE).render(rows.get(1)));
        }
        assertEquals(ZH.get("TimelineKind.WARNING"), "预警");
        assertEquals(3, warnings.historyOfIncident(second.id()).size());
        assertEquals(List.of(warning.id()), warnings.ofIncident(second.id()).stream().map(Warning::id).toList());
    }
}
