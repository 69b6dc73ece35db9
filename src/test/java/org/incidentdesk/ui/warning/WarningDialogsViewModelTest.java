package org.incidentdesk.ui.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningStatus;
import org.incidentdesk.service.warning.CriterionCheck;
import org.incidentdesk.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The assessment board and the issue, adjust and lift forms, without the toolkit, under the county plan. */
class WarningDialogsViewModelTest {
    /** 2026-03-04 10:00 in Shanghai: inside 全国两会期间, which raises assessed levels one step. */
    private static final Instant IN_TWO_SESSIONS = Instant.parse("2026-03-04T02:00:00Z");

    private final ViewModelFixture fixture = new ViewModelFixture();
    private final WarningsViewModel panel = new WarningsViewModel(fixture.context.warnings(), fixture.context.incidents(),
            fixture.context.plans(), fixture.context.documents(), fixture.tasks, fixture.dialogs, fixture.messages,
            fixture.events, fixture.alarms, fixture.time.clock(), fixture.context.zone(), id -> { });
    private final List<Warning> stored = new ArrayList<>();

    @AfterEach
    void close() {
        panel.deactivate();
        fixture.close();
    }

    private AssessmentViewModel assess(String title) {
        Incident incident = fixture.context.incidents().intake(Intake.quick(title, "inquiry"));
        AssessmentViewModel board = panel.assessment(new IncidentRef(incident.id(), incident.number().toString(),
                incident.title()));
        board.load();
        return board;
    }

    private static CriterionCheck check(AssessmentViewModel board, String criterionId) {
        return board.checklist().stream().filter(c -> c.criterionId().equals(criterionId)).findFirst().orElseThrow();
    }

    private static void choose(WarningDraftViewModel draft, String roleId, String levelId) {
        draft.issuerProperty().set(draft.issuers().stream().filter(i -> i.roleId().equals(roleId)).findFirst()
                .orElseThrow());
        draft.levelProperty().set(draft.levels().stream().filter(l -> l.id().equals(levelId)).findFirst().orElseThrow());
    }

    @Test
    void nothingEstablishedMeansNoWarningConditionAndIssuingAnywayNeedsAReason() {
        AssessmentViewModel board = assess("网传城东小区连续停水");
        assertTrue(board.noConditionProperty().get());
        assertEquals("未达到预警条件", board.proposalProperty().get());
        assertTrue(board.checklist().stream().noneMatch(CriterionCheck::met));

        WarningDraftViewModel draft = panel.issueDraft(board);
        draft.load();
        assertEquals(null, draft.levelProperty().get(), "no level is proposed");
        choose(draft, "chief", "IV");
        draft.scopeProperty().set("城东街道");
        draft.measuresProperty().set("各成员单位加强值守");
        assertTrue(draft.reasonRequired());
        assertTrue(draft.problemsProperty().get().contains("未达到预警条件仍发布预警，须写明理由"),
                draft.problemsProperty().get().toString());
        assertFalse(draft.canSubmitProperty().get());

        draft.reasonProperty().set("市里通报周边县已出现同类事件");
        assertTrue(draft.canSubmitProperty().get(), draft.problemsProperty().get().toString());
        draft.submit(stored::add);
        assertEquals(1, stored.size());
        assertEquals(WarningStatus.ACTIVE, stored.get(0).status());
    }

    @Test
    void aSensitivePeriodRaisesTheProposalOneStepAndADifferentLevelNeedsAReason() {
        fixture.time.advanceTo(IN_TWO_SESSIONS);
        AssessmentViewModel board = assess("网传学校食堂卫生问题");
        board.establish(check(board, "county-III-happened"), true);
        assertTrue(check(board, "county-III-happened").met());
        assertEquals("建议级别：II 级 橙色", board.proposalProperty().get());
        assertEquals("按敏感时期上调一级：III→II", board.raiseProperty().get());
        assertTrue(board.reasons().stream().anyMatch(r -> r.contains("全国两会期间")), board.reasons().toString());

        board.recordThen(() -> { });
        WarningDraftViewModel draft = panel.issueDraft(board);
        draft.load();
        assertEquals("II", draft.levelProperty().get().id(), "the proposal comes filled in");
        draft.scopeProperty().set("全县");
        draft.measuresProperty().set("24 小时值班");
        draft.issuerProperty().set(draft.issuers().stream().filter(i -> i.roleId().equals("commander")).findFirst()
                .orElseThrow());
        assertFalse(draft.reasonRequired(), "the proposed level needs no reason");
        assertTrue(draft.canSubmitProperty().get(), draft.problemsProperty().get().toString());

        draft.levelProperty().set(draft.levels().stream().filter(l -> l.id().equals("III")).findFirst().orElseThrow());
        assertTrue(draft.reasonRequired());
        assertTrue(draft.problemsProperty().get().contains("所选级别与研判建议不同，须写明理由"));
    }

    @Test
    void theAuthorityCheckShowsLiveUnderTheIssuerAndKeepsOkDisabled() {
        AssessmentViewModel board = assess("网传城东小区连续停水");
        WarningDraftViewModel draft = panel.issueDraft(board);
        draft.load();
        draft.scopeProperty().set("全县");
        draft.measuresProperty().set("24 小时值班");
        draft.reasonProperty().set("会商决定");

        choose(draft, "chief", "II");
        String refusal = draft.authorityTextProperty().get();
        assertFalse(refusal.isEmpty(), "指挥长 may not issue level II under the county plan");
        assertEquals(fixture.context.warnings().authorities().authority("chief", "II").message(fixture.messages), refusal);
        assertFalse(draft.canSubmitProperty().get());

        choose(draft, "commander", "II");
        assertEquals("", draft.authorityTextProperty().get());
        assertTrue(draft.canSubmitProperty().get(), draft.problemsProperty().get().toString());
    }

    @Test
    void adjustingNeedsAReasonAndLiftingAsksFirstAndRefusesAWarningLiftedMeanwhile() {
        AssessmentViewModel board = assess("网传城东小区连续停水");
        WarningDraftViewModel issue = panel.issueDraft(board);
        issue.load();
        choose(issue, "chief", "IV");
        issue.scopeProperty().set("城东街道");
        issue.measuresProperty().set("加强监测");
        issue.reasonProperty().set("会商决定");
        issue.submit(stored::add);
        panel.activate();
        WarningCard card = panel.cards().get(0);

        WarningDraftViewModel adjust = panel.adjustDraft(card);
        adjust.load();
        assertEquals("城东街道", adjust.scopeProperty().get(), "the form starts as the warning is");
        choose(adjust, "chief", "III");
        assertTrue(adjust.problemsProperty().get().contains("调整预警须写明理由"));
        adjust.reasonProperty().set("热度持续上升");
        adjust.submit(stored::add);
        assertEquals("III", panel.cards().get(0).warning().levelId());

        LiftViewModel lift = panel.lift(panel.cards().get(0));
        assertFalse(lift.canSubmitProperty().get(), "a reason is required");
        lift.reasonProperty().set("舆情平息");
        fixture.dialogs.answerConfirm(false);
        lift.submit(stored::add);
        assertEquals(1, panel.cards().size(), "declined: nothing lifted");

        fixture.context.warnings().decisions().lift(card.id(), "另一台工作站已解除");
        fixture.dialogs.answerConfirm(true);
        lift.submit(stored::add);
        assertFalse(lift.errorProperty().get().isEmpty(), "lifting a lifted warning is refused with a message");
        assertEquals("舆情平息", lift.reasonProperty().get(), "what was typed stays");
    }

    @Test
    void adjustingAnOrangeWarningDownTakesTheAuthorityForOrange() {
        Incident incident = fixture.context.incidents().intake(Intake.quick("网传学校食堂卫生问题", "hype"));
        fixture.context.warnings().decisions().issue(new org.incidentdesk.domain.warning.WarningDraft(List.of(incident.id()), null,
                "II", null, "全县", List.of("舆情可能扩大"), List.of("24 小时值班"), "commander", "会商决定"));
        panel.activate();
        WarningDraftViewModel adjust = panel.adjustDraft(panel.cards().get(0));
        adjust.load();
        adjust.reasonProperty().set("热度回落");
        choose(adjust, "chief", "III");
        assertEquals(fixture.context.warnings().authorities().authority("chief", "II").message(fixture.messages),
                adjust.authorityTextProperty().get(), "指挥长 issues III but may not touch a level II warning");
        assertFalse(adjust.canSubmitProperty().get());
        choose(adjust, "commander", "III");
        assertTrue(adjust.canSubmitProperty().get(), adjust.problemsProperty().get().toString());
        adjust.submit(stored::add);
        assertEquals("III", stored.get(0).levelId());
    }

    @Test
    void theOfficeProposesALevelItHasNoAuthorityForAndTheAuthorityApprovesItOnThePanel() {
        AssessmentViewModel board = assess("网传学校食堂卫生问题");
        WarningDraftViewModel draft = panel.issueDraft(board);
        draft.load();
        WarningDraftViewModel.Issuer office = draft.issuers().stream()
                .filter(i -> !i.roleId().equals("commander") && !i.roleId().equals("chief")).findFirst().orElseThrow();
        choose(draft, office.roleId(), "II");
        draft.scopeProperty().set("全县");
        draft.measuresProperty().set("24 小时值班");
        draft.reasonProperty().set("会商决定");
        assertEquals("需审批：由总指挥批准后生效", draft.approvalText());
        assertTrue(draft.canSubmitProperty().get(), "putting it forward for approval is allowed");
        draft.submit(stored::add);
        assertEquals(WarningStatus.PENDING_APPROVAL, stored.get(0).status());

        panel.activate();
        WarningCard pending = panel.cards().get(0);
        assertTrue(pending.pendingApproval());
        assertTrue(pending.notices().isEmpty(), "nobody is told to prepare before the approval");
        panel.approve(pending);
        assertFalse(panel.cards().get(0).pendingApproval());
        assertFalse(panel.notices().isEmpty(), "approved: the units are notified");
    }

    @Test
    void historyAndNoticeAreWrittenWhereTheUserChose() throws Exception {
        AssessmentViewModel board = assess("网传城东小区连续停水");
        WarningDraftViewModel draft = panel.issueDraft(board);
        draft.load();
        choose(draft, "chief", "IV");
        draft.scopeProperty().set("城东街道");
        draft.measuresProperty().set("加强监测");
        draft.reasonProperty().set("会商决定");
        draft.submit(stored::add);
        panel.activate();

        java.nio.file.Path csv = fixture.dataDir.resolve("预警历史.csv");
        fixture.dialogs.answer(csv);
        panel.chooseAndExportHistory();
        String text = java.nio.file.Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains(stored.get(0).number()) && text.contains("会商决定"), text);

        java.nio.file.Path pdf = fixture.dataDir.resolve("notice.pdf");
        fixture.dialogs.answer(pdf);
        panel.exportNotice(panel.cards().get(0));
        byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(fixture.dialogs.errors().isEmpty(), fixture.dialogs.errors().toString());
    }
}
