package org.incidentdesk.service.plan;

import static org.incidentdesk.service.plan.BuiltInPlanParts.assertDefaultWithNote;
import static org.incidentdesk.service.plan.BuiltInPlanParts.plan;
import static org.incidentdesk.service.plan.BuiltInPlanParts.rule;
import static org.incidentdesk.service.plan.BuiltInPlanParts.step;
import static org.incidentdesk.service.plan.BuiltInPlanParts.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentdesk.domain.plan.CategoryKind;
import org.incidentdesk.domain.plan.ChecklistItem;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.plan.PlanPost;
import org.incidentdesk.domain.plan.PlanUnit;
import org.incidentdesk.domain.plan.StartPoint;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.service.plan.format.PlanTree;
import org.incidentdesk.service.plan.format.PlanWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The last items of the line-by-line audit of the built-in plans against the six source plans (issue 16, item
 * 10). Each test quotes the sentence of the source it rests on; where the source is silent the element must be a
 * default with a note saying so.
 */
class LastPlanFidelityTest {
    private static PlanUnit unit(String planId, String unitId) {
        return plan(planId).organisation().unit(unitId).orElseThrow();
    }

    private static String roleName(String planId, String roleId) {
        return plan(planId).organisation().role(roleId).orElseThrow().name();
    }

    // ---- police (预案二)

    @Test
    void policeGroupIsTheWorkingPlanLeadingGroup() {
        // 成立以分局局长……为组长的工作预案领导小组
        assertEquals("分局工作预案领导小组", unit("police", "leading-group").name());
    }

    @Test
    void policePrincipleAnswersPublicConcernAndTheMeasureReleasesIntelligenceBulletins() {
        // (五)关注舆情，加强导控。……主动回应社会关注。
        String fifth = plan("police").principles().get(4);
        assertTrue(fifth.contains("主动回应社会关注"), fifth);
        assertFalse(fifth.contains("社会关切"), fifth);
        // 7、舆情导控。……按规定及时对外发布情报通报
        String guidance = step("police", "police-guidance").text();
        assertTrue(guidance.contains("发布情报通报"), guidance);
        assertFalse(guidance.contains("情况通报"), guidance);
    }

    @Test
    void policeLeadersAreToldAtOnceFromTheReportTheCommandCentreReceives() {
        // 指挥中心接到案事件报告后，值班人员应当立即报告带班局领导和局主要领导
        DeadlineRule leaders = rule("police", "report-leaders");
        assertEquals(Timing.IMMEDIATELY, leaders.timing());
        assertEquals(StartPoint.REPORT_RECEIVED, leaders.from());
        assertEquals("duty-officer", leaders.by());
        assertEquals("带班局领导和局主要领导", roleName("police", leaders.to()));
        assertFalse(leaders.origin().defaulted());
    }

    @Test
    void policeFirstReportIsPromptNotImmediateAndItsSenderIsADefault() {
        // 5、首报信息。按照信息报送工作要求，及时向上级机关报告事件初步情况。 (no sender, no limit)
        DeadlineRule first = rule("police", "first-report");
        assertNotEquals(Timing.IMMEDIATELY, first.timing());
        assertEquals(Timing.WITHIN, first.timing());
        assertEquals("superior", first.to());
        assertDefaultWithNote(first.origin(), "及时");
        assertTrue(first.origin().note().contains("未写由谁报送"), first.origin().note());
        assertDefaultWithNote(step("police", "police-first-report").origin(), "未写由谁报送");
    }

    @Test
    void policeResponsesPerTypeOfIncidentAreCompiledFromTheGenericMeasures() {
        // the source lists 刀斧砍杀 … 投放危险物质 in its scope and gives one set of measures for all of them
        List<EventCategory> violent = plan("police").categories().stream()
                .filter(c -> c.kind() == CategoryKind.VIOLENT_INCIDENT).toList();
        assertEquals(6, violent.size());
        violent.forEach(c -> assertDefaultWithNote(c.origin(), "处置措施"));
    }

    @Test
    void policeHostageResponseSaysNothingTheSourceDoesNotSay() {
        assertFalse(PlanWriter.toYaml(plan("police")).contains("人质生命安全"));
        String hostage = plan("police").category("hostage").orElseThrow().response();
        // 2、现场处置。……依法果断使用武器、警械，迅速制止犯罪，控制犯罪嫌疑人。
        assertTrue(hostage.contains("依法果断使用武器、警械，迅速制止犯罪，控制犯罪嫌疑人"), hostage);
    }

    // ---- county (预案一)

    @Test
    void countyInvestigationIsForPoliceAndStateSecurityAndEvidenceForTheUnitWhereItHappened() {
        // 事发单位在应急恢复过程中应尽可能保留相关证据，对于人为破坏和攻击活动，公安、国安部门按职责分工组织开展侦查和调查工作
        Set<String> investigators = steps("county").stream().filter(s -> s.text().contains("侦查和调查"))
                .map(ChecklistItem::role).collect(Collectors.toSet());
        assertEquals(Set.of("police", "state-security"), investigators);
        assertEquals("reporting-unit", step("county", "county-evidence").role());
        assertTrue(step("county", "county-evidence").text().contains("保留相关证据"));
    }

    @Test
    void countyPublicityCentreSharesTheSevenDutiesOfStateSecurityAndTheMonitoringCentre() {
        // 县国安局、县网络舆情监测中心、县外宣中心负责搜集相关情报信息；……（七项）
        List<String> stateSecurity = unit("county", "state-security").duties();
        assertEquals(7, stateSecurity.size());
        assertEquals(stateSecurity, unit("county", "monitoring").duties());
        assertEquals(stateSecurity, unit("county", "publicity-liaison").duties());
    }

    @Test
    void countyFirstReportGoesToTheCompetentDepartmentAsWellAsTheOffice() {
        // 事发单位应立即……同时向主管部门和县指挥部办公室报告
        List<DeadlineRule> reports = plan("county").deadlines().stream()
                .filter(r -> "first-report".equals(r.form()) && "reporting-unit".equals(r.by())).toList();
        assertEquals(Set.of("office", "competent-department"),
                reports.stream().map(DeadlineRule::to).collect(Collectors.toSet()));
        reports.forEach(r -> {
            assertEquals(Timing.IMMEDIATELY, r.timing());
            assertEquals(StartPoint.DISCOVERY_TIME, r.from());
            assertFalse(r.origin().defaulted());
        });
    }

    @Test
    void countyHasNoIsolationTheSourceDoesNotWriteAndItsSpokespersonPostIsADefault() {
        assertFalse(PlanWriter.toYaml(plan("county")).contains("隔离受影响系统"));
        // 新闻主管部门根据指挥部意见，组织对外信息发布 (no 新闻发言人 in the source)
        PlanPost spokesperson = unit("county", "publicity-liaison").posts().stream()
                .filter(p -> p.title().equals("新闻发言人")).findFirst().orElseThrow();
        assertDefaultWithNote(spokesperson.origin(), "未设新闻发言人");
    }

    // ---- college (预案三)

    @Test
    void collegeImmediateReportOfAWorseningTrendIsARule() {
        // 一旦发现舆情恶化、影响面扩大等不良发展趋势时，要立即上报领导小组
        DeadlineRule worsening = rule("college", "escalate-worsening");
        assertEquals(Timing.IMMEDIATELY, worsening.timing());
        assertEquals(StartPoint.CONDITION_FOUND, worsening.from());
        assertEquals("monitor", worsening.by());
        assertEquals("leading-group", worsening.to());
        assertFalse(worsening.origin().defaulted());
    }

    @Test
    void collegeImmediateTakedownIsARuleAndWhoCoordinatesItIsADefault() {
        // 须立即协调省、市相关主管部门通过管理途径迅速协调删除、断开链接、撤除专题 (no unit named)
        DeadlineRule takedown = rule("college", "takedown");
        assertEquals(Timing.IMMEDIATELY, takedown.timing());
        assertEquals(StartPoint.CONDITION_FOUND, takedown.from());
        assertDefaultWithNote(takedown.origin(), "未写由哪个部门协调");
        assertDefaultWithNote(step("college", "college-takedown").origin(), "未写由哪个部门协调");
    }

    @Test
    void collegeTeamOfOnlineCommentatorsHasADefaultHost() {
        // 统一调度学院网络宣传员，分工负责重点网站、论坛，组织专门队伍 (no department named)
        assertDefaultWithNote(unit("college", "guidance-team").origin(), "未写队伍设在哪个部门");
    }

    @Test
    void collegeReportToProvinceAndCityIsPromptNotImmediate() {
        // 领导小组要及时组织召开舆情研判会……并同步将舆情情况上报至省、市相关主管部门
        DeadlineRule upward = rule("college", "report-upward-major");
        assertEquals(Timing.WITHIN, upward.timing());
        assertDefaultWithNote(upward.origin(), "及时");
    }

    // ---- school (预案四) and primary (预案六)

    @ParameterizedTest
    @ValueSource(strings = {"school", "primary"})
    void scopeSentenceIsADefaultWhereTheSourceHasNoScope(String id) {
        assertDefaultWithNote(plan(id).scopeOrigin(), "没有“适用范围”一节");
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "police", "college", "archives"})
    void scopeIsTheSourcesOwnWhereItHasOne(String id) {
        assertFalse(plan(id).scopeOrigin().defaulted());
    }

    @Test
    void schoolTownCommitteeActsOnTheMonitorsReport() {
        // 舆情监控工作人员应立刻报告镇党委；镇党委立即汇报给县舆情应对领导小组
        DeadlineRule monitor = rule("school", "report-town-committee");
        DeadlineRule town = rule("school", "report-county-group");
        assertEquals("town-committee", monitor.to());
        assertEquals("town-committee", town.by());
        assertEquals(StartPoint.REPORT_RECEIVED, town.from());
        assertEquals("town-committee", step("school", "school-major-town-committee").role());
    }

    @Test
    void primaryQuotesTheSourceInItsOrder() {
        // (三)口径一致原则。在对外信息发布中，做到步调统一、口径一致、权威发布
        String yaml = PlanWriter.toYaml(plan("primary"));
        assertFalse(yaml.contains("权威发布、口径一致"));
        assertTrue(plan("primary").organisation().unit("leading-group").orElseThrow().posts().stream()
                .anyMatch(p -> p.origin().note() != null && p.origin().note().contains("口径一致、权威发布")));
    }

    // ---- archives (预案五)

    @Test
    void archivesPostsOfTheResearchSectionAndTheDistrictBureausAreDefaults() {
        // the source gives 市局科教编研科 and 各县(区)档案局(馆) duties only, no posts
        unit("archives", "research-section").posts().forEach(p -> assertDefaultWithNote(p.origin(), "原文"));
        unit("archives", "district-archives").posts().forEach(p -> assertDefaultWithNote(p.origin(), "原文"));
    }

    @Test
    void archivesLeadOfClassesTwoToFourIsADefaultTheFirstIsTheSources() {
        // 1、属询问、置疑、诉求类的，安排相关职能科(股)室……; classes 2–4 name nobody
        assertFalse(plan("archives").category("inquiry").orElseThrow().origin().defaulted());
        for (String id : List.of("hype", "fabrication", "constructive")) {
            assertDefaultWithNote(plan("archives").category(id).orElseThrow().origin(), "牵头");
        }
    }

    // ---- all six

    @ParameterizedTest
    @ValueSource(strings = {"county", "police", "college", "school", "archives", "primary"})
    void everyDefaultCarriesItsNote(String id) {
        List<String> bare = new ArrayList<>();
        collectBareDefaults(PlanTree.of(plan(id)), id, bare);
        assertEquals(List.of(), bare, "defaults without a note");
        plan(id).forms().stream().filter(f -> f.origin().defaulted())
                .forEach(f -> assertNotNull(f.origin().note(), f.id()));
    }

    private static void collectBareDefaults(Object node, String path, List<String> bare) {
        if (node instanceof Map<?, ?> map) {
            if (Boolean.TRUE.equals(map.get("default")) && map.get("note") == null) {
                bare.add(path);
            }
            map.forEach((k, v) -> collectBareDefaults(v, path + "." + k, bare));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectBareDefaults(list.get(i), path + "[" + i + "]", bare);
            }
        }
    }
}
