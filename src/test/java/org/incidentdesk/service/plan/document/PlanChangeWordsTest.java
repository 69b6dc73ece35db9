package org.incidentdesk.service.plan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ChecklistItem;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.ObservedCriterion;
import org.incidentdesk.domain.plan.Origin;
import org.incidentdesk.domain.plan.PeriodDates;
import org.incidentdesk.domain.plan.Phase;
import org.incidentdesk.domain.plan.PlanUnit;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.StartPoint;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.service.plan.BuiltInPlans;
import org.incidentdesk.service.plan.PlanChange;
import org.incidentdesk.service.plan.PlanDiff;
import org.junit.jupiter.api.Test;

/** Every kind of change the diff reports reads in words, as the changes tab shows it. */
class PlanChangeWordsTest {
    private static final ContingencyPlan COLLEGE = new BuiltInPlans().find("college").orElseThrow();
    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private static List<String> words(ContingencyPlan edited, Messages messages) {
        PlanChangeWords words = new PlanChangeWords(messages, COLLEGE, edited);
        List<String> lines = PlanDiff.between(COLLEGE, edited).stream().map(words::describe).toList();
        lines.forEach(line -> {
            assertFalse(line.matches(".*\\w+\\[[^\\]]+\\].*"), "no field path: " + line);
            assertFalse(line.contains("PT"), "no ISO duration: " + line);
        });
        return lines;
    }

    private static List<String> words(ContingencyPlan edited) {
        return words(edited, CHINESE);
    }

    private static ContingencyPlan editRule(String id, UnaryOperator<DeadlineRule> edit) {
        return COLLEGE.withDeadlines(COLLEGE.deadlines().stream().map(r -> r.id().equals(id) ? edit.apply(r) : r).toList());
    }

    private static DeadlineRule with(DeadlineRule r, String by, String to, Timing timing, Duration duration,
                                     List<String> levels) {
        return new DeadlineRule(r.id(), r.action(), by, to, timing, duration, r.from(), r.until(), levels,
                r.categories(), r.form(), r.ifNotCalmed(), r.origin());
    }

    @Test
    void aChangedDurationReadsAsTheIssueAsksForIt() {
        ContingencyPlan edited = editRule("report-major", r -> with(r, r.by(), r.to(), r.timing(), Duration.ofHours(1), r.levels()));

        assertEquals(List.of("舆情报告时限（重大）：2 小时 → 1 小时"), words(edited));
        assertEquals(List.of("舆情报告 deadline (重大): 2 hours -> 1 hour"), words(edited, ENGLISH));
    }

    @Test
    void aChangedRoleAndLevelAreNamedNotIds() {
        ContingencyPlan edited = editRule("report-major", r -> with(r, "leading-group", r.to(), r.timing(), r.duration(),
                List.of("II")));

        assertEquals(List.of("舆情报告时限（较大）的负责角色：涉事单位（部门） → 舆情处置应急领导小组",
                "舆情报告时限（较大）的适用级别：重大 → 较大"), words(edited));
    }

    @Test
    void aChangedTimingAndARemovedDurationAreInWords() {
        ContingencyPlan edited = editRule("report-major", r -> with(r, r.by(), r.to(), Timing.IMMEDIATELY, null, r.levels()));

        assertEquals(List.of("舆情报告时限（重大）的时限方式：限时完成 → 立即", "舆情报告时限（重大）：删除 2 小时"), words(edited));
    }

    @Test
    void aFieldThatWasEmptyReadsAsAdded() {
        ContingencyPlan edited = editRule("summary", r -> with(r, r.by(), "superior", r.timing(), r.duration(), r.levels()));

        assertEquals(List.of("舆情处置总结评估报告时限的报送对象：新增 省、市相关主管部门"), words(edited));
    }

    @Test
    void aWholeRuleAddedOrRemovedIsOneLine() {
        List<DeadlineRule> rules = new ArrayList<>(COLLEGE.deadlines());
        rules.removeIf(r -> r.id().equals("summary"));
        rules.add(new DeadlineRule("call-parents", "电话告知家长", "leading-group", null, Timing.WITHIN,
                Duration.ofHours(1), StartPoint.DISCOVERY_TIME, null, List.of(), List.of(), null, null, null));

        assertEquals(List.of("删除舆情处置总结评估报告时限", "新增“电话告知家长”时限"), words(COLLEGE.withDeadlines(rules)));
    }

    @Test
    void theNameOfThePlan() {
        assertEquals(List.of("名称：学院突发公共事件舆情处置应急预案 → 本院舆情预案"), words(COLLEGE.withName("本院舆情预案")));
    }

    @Test
    void aDutyOfAUnitAndAHostRemoved() {
        List<PlanUnit> units = COLLEGE.organisation().units().stream().map(u -> !u.id().equals("guidance-team") ? u
                : new PlanUnit(u.id(), u.kind(), u.name(), null, u.posts(),
                List.of("分工负责重点网站", u.duties().get(1)), u.perIncident(), u.origin())).toList();
        ContingencyPlan edited = COLLEGE.withOrganisation(new org.incidentdesk.domain.plan.Organisation(units,
                COLLEGE.organisation().roles(), COLLEGE.organisation().warningAuthority()));

        List<String> lines = words(edited);
        assertEquals(2, lines.size());
        assertEquals("组织机构“网络宣传员队伍”的设在：删除 党委宣传部", lines.get(0));
        assertEquals("组织机构“网络宣传员队伍”的职责第1项：分工负责重点网站、论坛，运用网络语言按照统一口径发贴、跟贴，让正面声音主导网上舆论 → 分工负责重点网站",
                lines.get(1));
    }

    @Test
    void aCriterionReworded() {
        List<WarningLevel> levels = COLLEGE.levels().stream().map(l -> !l.id().equals("III") ? l
                : new WarningLevel(l.id(), l.rank(), l.name(), l.colour(), l.definition(), l.match(),
                List.of(new ObservedCriterion("college-III-very-few-media", "本地媒体报道", null),
                        l.criteria().get(1), l.criteria().get(2)), l.origin())).toList();

        assertEquals(List.of("“III 一般”的判定标准“本地媒体报道”的内容：境内极少数新闻媒体和商业网站报道 → 本地媒体报道"),
                words(COLLEGE.withLevels(levels)));
    }

    @Test
    void aStepAddedToAPhase() {
        List<Phase> phases = COLLEGE.phases().stream().map(p -> !p.id().equals("aftermath") ? p
                : new Phase(p.id(), p.name(), List.of(p.steps().get(0),
                new ChecklistItem("added-1", "修订本预案", "leading-group", null, List.of(), Origin.noted("本单位增加"))),
                p.origin())).toList();

        assertEquals(List.of("新增“善后处置”的步骤“修订本预案”"), words(COLLEGE.withPhases(phases)));
    }

    @Test
    void sensitivePeriodsAddedWhereTheTemplateHadNone() {
        ContingencyPlan edited = COLLEGE.withSensitivePeriods(List.of(new SensitivePeriod("exam", "高考期间",
                new PeriodDates.Yearly(MonthDay.of(6, 7), MonthDay.of(6, 10)), 1, null)));

        assertEquals(List.of("敏感时期：新增 高考期间"), words(edited));
    }

    @Test
    void aRemovedDefaultFlagAndItsNote() {
        ContingencyPlan edited = editRule("summary", r -> new DeadlineRule(r.id(), r.action(), r.by(), r.to(), r.timing(),
                r.duration(), r.from(), r.until(), r.levels(), r.categories(), r.form(), r.ifNotCalmed(),
                Origin.PLAN_TEXT));

        List<String> lines = words(edited);
        assertEquals("舆情处置总结评估报告时限：不再是默认，改为本单位确定的内容", lines.get(0));
        assertEquals(2, lines.size());
    }
}
