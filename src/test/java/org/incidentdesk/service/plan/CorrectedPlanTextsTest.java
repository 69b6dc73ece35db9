package org.incidentdesk.service.plan;

import static org.incidentdesk.service.plan.BuiltInPlanParts.assertDefaultWithNote;
import static org.incidentdesk.service.plan.BuiltInPlanParts.phase;
import static org.incidentdesk.service.plan.BuiltInPlanParts.plan;
import static org.incidentdesk.service.plan.BuiltInPlanParts.rule;
import static org.incidentdesk.service.plan.BuiltInPlanParts.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.incidentdesk.domain.plan.ChecklistItem;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.plan.Phase;
import org.incidentdesk.domain.plan.StartPoint;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.service.plan.format.PlanWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the corrections of the built-in plans after the line-by-line check against the source text (issue 7,
 * item 10): the source's own wording where it has one, and {@code default: true} with a note where it has none.
 */
class CorrectedPlanTextsTest {
    // ---- police

    @ParameterizedTest
    @ValueSource(strings = {"respond-1min", "arrive-3min", "control-5min"})
    void policeOneThreeFiveMinutesAreADefaultReadingCountedFromTheOrder(String ruleId) {
        DeadlineRule rule = rule("police", ruleId);
        assertEquals(StartPoint.ORDER_RECEIVED, rule.from());
        assertDefaultWithNote(rule.origin(), "1、3、5分钟快速反映要求");
        assertTrue(rule.action().contains("接到指令后"), rule.action());
    }

    @Test
    void policePrincipleQuotesTheRequirementAsWritten() {
        assertTrue(plan("police").principles().stream().anyMatch(p -> p.contains("1、3、5分钟快速反映要求")));
    }

    @Test
    void policeReviewFormAndFirstReportSplitAreDefaults() {
        assertDefaultWithNote(plan("police").form("summary-report").orElseThrow().origin(), "复盘评估");
        assertDefaultWithNote(plan("police").form("first-report").orElseThrow().origin(), "七何要素");
    }

    @Test
    void policeRolesTheSourceLeavesUnnamedAreDefaults() {
        assertDefaultWithNote(plan("police").organisation().role("patrol").orElseThrow().origin(), "巡逻防控");
        assertDefaultWithNote(phase("police", "measures").origin(), "未写标题");
    }

    // ---- county

    @Test
    void countyAudiovisualProgrammesAreForCultureAndMediaCentreNotStateSecurity() {
        ContingencyPlan county = plan("county");
        EventCategory audiovisual = county.category("audiovisual").orElseThrow();
        assertEquals("broadcast", audiovisual.leadRole());
        assertTrue(audiovisual.response().contains("县文广旅局、县融媒体中心"));
        assertTrue(county.categories().stream()
                .filter(c -> "state-security".equals(c.leadRole()))
                .noneMatch(c -> c.name().contains("视听") || c.response().contains("视听")));
        assertTrue(county.organisation().unit("media-centre").orElseThrow().duties().stream()
                .anyMatch(d -> d.contains("视听节目")));
        assertTrue(county.organisation().unit("state-security").orElseThrow().duties().stream()
                .noneMatch(d -> d.contains("视听")));
    }

    @Test
    void countyAssessmentCountsFromTheReportBeingReceived() {
        DeadlineRule assess = rule("county", "assess-level");
        assertEquals(StartPoint.REPORT_RECEIVED, assess.from());
        assertDefaultWithNote(assess.origin(), "接到报警信息后");
    }

    @Test
    void countyOnSiteRescueIsAnImmediateRule() {
        DeadlineRule rescue = rule("county", "on-site-rescue");
        assertEquals(Timing.IMMEDIATELY, rescue.timing());
        assertEquals(StartPoint.REPORT_RECEIVED, rescue.from());
        assertTrue(rescue.action().startsWith("接到报警后立即组织现场救助"), rescue.action());
        assertFalse(rescue.origin().defaulted());
    }

    @Test
    void countyAftermathPhaseIsNotInThePlanSoItIsADefault() {
        Phase aftermath = phase("county", "aftermath");
        assertEquals("善后处置", aftermath.name());
        assertDefaultWithNote(aftermath.origin(), "没有“善后处置”");
        assertEquals("预警处理和发布", phase("county", "initial").name());
    }

    // ---- college

    @Test
    void collegeLevelTwoCriterionQuotesTheSourceAsWritten() {
        assertTrue(plan("college").level("II").orElseThrow().criteria().stream()
                .anyMatch(c -> c.text().equals("境内主要知名论坛有相对讨论但未形成热点")));
    }

    @Test
    void collegeLevelOneConsultationIsAStepOfLevelOneOnly() {
        ChecklistItem consult = step("college", "college-I-consult");
        assertTrue(consult.text().contains("及时听取省、市相关主管部门的意见建议"));
        assertEquals(List.of("I"), consult.levels());
    }

    @Test
    void collegeLeadAtEachLevelFollowsTheSource() {
        assertEquals("leading-group", step("college", "college-I-command").role());
        assertEquals("leading-group", step("college", "college-II-command").role());
        ChecklistItem third = step("college", "college-III-instructed");
        assertEquals("involved-unit", third.role());
        assertTrue(third.text().contains("按照舆情处置应急领导小组做出的指示"));
        assertEquals(List.of("III"), third.levels());
    }

    @Test
    void collegeFollowUpFormItemsAreDefaults() {
        assertDefaultWithNote(plan("college").form("follow-up-report").orElseThrow().origin(), "连续报送");
    }

    // ---- school

    @Test
    void schoolEscalatesWheneverTheOpinionDoesNotGoAwayNotOnlyAtTheDeadline() {
        DeadlineRule escalate = rule("school", "escalate-on-spread");
        assertEquals(Timing.IMMEDIATELY, escalate.timing());
        assertEquals(StartPoint.CONDITION_FOUND, escalate.from());
        assertTrue(escalate.action().contains("不能消除或还有扩大迹象时"));
        assertEquals("county-group", escalate.to());
        assertTrue(plan("school").level("major").orElseThrow().criteria().stream()
                .anyMatch(c -> c.text().contains("不能消除或还有扩大迹象")));
    }

    @Test
    void schoolBulletinContentsAndRecipientAreDefaults() {
        assertDefaultWithNote(plan("school").form("opinion-bulletin").orElseThrow().origin(), "未规定通报的内容和报送对象");
        assertDefaultWithNote(rule("school", "opinion-bulletin").origin(), "未写报送对象");
    }

    // ---- archives

    @Test
    void archivesCategoriesKeepTheSourcesFullWording() {
        ContingencyPlan archives = plan("archives");
        assertEquals("属捏造、歪曲或夸大事实，恶意攻击、诽谤，煽动网民闹事或涉嫌网上违法犯罪活动类的",
                archives.category("fabrication").orElseThrow().definition());
        assertEquals("属对推动改革、发展、稳定工作有重要积极意义类的",
                archives.category("constructive").orElseThrow().definition());
        assertTrue(archives.categories().stream().allMatch(c -> c.definition() != null));
    }

    @Test
    void archivesImmediateRulesAreRules() {
        DeadlineRule activate = rule("archives", "activate-plan");
        assertEquals(Timing.IMMEDIATELY, activate.timing());
        assertTrue(activate.action().startsWith("同时立即启动应急预案"));
        DeadlineRule answerNow = rule("archives", "inquiry-answer-now");
        assertEquals(Timing.IMMEDIATELY, answerNow.timing());
        assertEquals("能当即回复的要当即回复", answerNow.action());
        assertEquals(List.of("inquiry"), answerNow.categories());
    }

    // ---- primary

    @Test
    void primaryNoteSaysWhatTheSourceShows() {
        ContingencyPlan primary = plan("primary");
        String teachers = primary.organisation().unit("class-teachers").orElseThrow().origin().note();
        assertFalse(teachers.contains("未写具体内容"), teachers);
        assertTrue(teachers.contains("(1)–(5)"), teachers);
        assertTrue(primary.organisation().unit("leading-group").orElseThrow().origin().note()
                .contains("以“各班班主任职责”为标题列出(1)–(5)五项"));
        primary.phases().forEach(p -> assertTrue(p.origin().defaulted(), p.name() + " is not in the source"));
    }

    // ---- all six

    @ParameterizedTest
    @ValueSource(strings = {"county", "police", "college", "school", "archives", "primary"})
    void noPersonOrPlaceNameFromTheSeed(String id) {
        String yaml = PlanWriter.toYaml(plan(id));
        assertFalse(yaml.contains("卢晓冬"), "no person's name from the seed");
        assertFalse(yaml.contains("黄山"), "no real place from the seed");
        assertFalse(yaml.contains("金盆山"), "no real place from the seed");
    }
}
