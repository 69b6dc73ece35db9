package org.incidentdesk.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.MonthDay;
import java.util.List;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.LevelCriterion;
import org.incidentdesk.domain.plan.MetricCriterion;
import org.incidentdesk.domain.plan.ObservedCriterion;
import org.incidentdesk.domain.plan.PeriodDates;
import org.incidentdesk.domain.plan.PlanRules;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.StartPoint;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.service.plan.BuiltInPlans;
import org.junit.jupiter.api.Test;

class PlanEditsTest {
    private final ContingencyPlan county = new BuiltInPlans().find("county").orElseThrow();
    private final PlanEdits edits = new PlanEdits("本单位修改", "本单位增补");

    private int firstDefaultedRule(ContingencyPlan plan) {
        for (int i = 0; i < plan.deadlines().size(); i++) {
            DeadlineRule rule = plan.deadlines().get(i);
            if (rule.origin().defaulted() && rule.timing() == Timing.WITHIN) {
                return i;
            }
        }
        throw new AssertionError("the county plan has a defaulted timed rule");
    }

    @Test
    void changingADefaultedDeadlineMakesItTheOfficesOwnAndKeepsTheRest() {
        int index = firstDefaultedRule(county);
        DeadlineRule before = county.deadlines().get(index);
        ContingencyPlan after = edits.deadline(index, before.action(), before.by(), Timing.WITHIN, Duration.ofMinutes(30),
                StartPoint.DISCOVERY_TIME).apply(county);
        DeadlineRule rule = after.deadlines().get(index);
        assertEquals(Duration.ofMinutes(30), rule.duration());
        assertEquals(StartPoint.DISCOVERY_TIME, rule.from());
        assertFalse(rule.origin().defaulted());
        assertEquals("本单位修改", rule.origin().note());
        assertEquals(before.levels(), rule.levels());
        assertEquals(county.deadlines().size(), after.deadlines().size());
        assertEquals(before, county.deadlines().get(index), "the plan edited from is not touched");
        assertEquals(List.of(), PlanRules.check(after));
    }

    @Test
    void aRuleMadeImmediateLosesItsDuration() {
        int index = firstDefaultedRule(county);
        DeadlineRule before = county.deadlines().get(index);
        ContingencyPlan after = edits.deadline(index, before.action(), before.by(), Timing.IMMEDIATELY,
                Duration.ofHours(5), before.from()).apply(county);
        assertNull(after.deadlines().get(index).duration());
        assertEquals(List.of(), PlanRules.check(after), "an immediate rule with a duration would be refused");
    }

    @Test
    void addedPeriodsGetIdsNotYetTaken() {
        SensitivePeriod draft = new SensitivePeriod(null, "县运动会", new PeriodDates.Yearly(MonthDay.of(5, 1),
                MonthDay.of(5, 3)), 1, null);
        ContingencyPlan once = edits.addPeriod(draft).apply(county);
        ContingencyPlan twice = edits.addPeriod(draft).apply(once);
        List<String> ids = twice.sensitivePeriods().stream().map(SensitivePeriod::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
        assertEquals("本单位增补", twice.sensitivePeriods().get(twice.sensitivePeriods().size() - 1).origin().note());
        assertEquals(List.of(), PlanRules.check(twice));
        assertEquals(county.sensitivePeriods(), edits.removePeriod(once.sensitivePeriods().size() - 1).apply(once)
                .sensitivePeriods());
    }

    @Test
    void aMetricThresholdCanBeChangedAndChecklistCriteriaAddedAndRemoved() {
        ContingencyPlan school = new BuiltInPlans().find("school").orElseThrow();
        int levelIndex = -1;
        int criterionIndex = -1;
        for (int l = 0; l < school.levels().size() && levelIndex < 0; l++) {
            List<LevelCriterion> criteria = school.levels().get(l).criteria();
            for (int c = 0; c < criteria.size(); c++) {
                if (criteria.get(c) instanceof MetricCriterion) {
                    levelIndex = l;
                    criterionIndex = c;
                    break;
                }
            }
        }
        assertTrue(levelIndex >= 0, "plan 4 has metric criteria (R8)");
        MetricCriterion before = (MetricCriterion) school.levels().get(levelIndex).criteria().get(criterionIndex);

        ContingencyPlan changed = edits.updateCriterion(levelIndex, criterionIndex, before.text(), 1234L).apply(school);
        MetricCriterion after = (MetricCriterion) changed.levels().get(levelIndex).criteria().get(criterionIndex);
        assertEquals(1234L, after.threshold());
        assertEquals(before.metric(), after.metric());
        assertEquals(List.of(), PlanRules.check(changed));

        int count = changed.levels().get(levelIndex).criteria().size();
        ContingencyPlan added = edits.addObservedCriterion(levelIndex, " 省级媒体转载 ").apply(changed);
        LevelCriterion added1 = added.levels().get(levelIndex).criteria().get(count);
        assertTrue(added1 instanceof ObservedCriterion);
        assertEquals("省级媒体转载", added1.text());
        assertEquals(List.of(), PlanRules.check(added), "the new criterion's id is unique");
        assertEquals(changed.levels(), edits.removeCriterion(levelIndex, count).apply(added).levels());
    }

    @Test
    void stepsCanBeAddedRewordedAndRemoved() {
        int steps = county.phases().get(0).steps().size();
        ContingencyPlan added = edits.addStep(0, " 通知各成员单位联络员到岗 ").apply(county);
        assertEquals(steps + 1, added.phases().get(0).steps().size());
        assertEquals("通知各成员单位联络员到岗", added.phases().get(0).steps().get(steps).text());
        ContingencyPlan reworded = edits.updateStep(0, steps, "通知联络员到岗").apply(added);
        assertEquals("通知联络员到岗", reworded.phases().get(0).steps().get(steps).text());
        assertEquals(county.phases(), edits.removeStep(0, steps).apply(reworded).phases());
        assertTrue(PlanRules.check(reworded).isEmpty());
    }

    @Test
    void aRuleCanBeAddedAndRemovedAndThePlanStaysValid() {
        ContingencyPlan added = edits.addDeadline(" 电话告知家长 ", "office").apply(county);

        DeadlineRule rule = added.deadlines().get(added.deadlines().size() - 1);
        assertEquals("office-rule-1", rule.id());
        assertEquals("电话告知家长", rule.action());
        assertEquals(Timing.IMMEDIATELY, rule.timing());
        assertEquals("本单位增补", rule.origin().note());
        assertEquals(List.of(), PlanRules.check(added));
        assertEquals("office-rule-2", edits.addDeadline("再加一条", "office").apply(added).deadlines()
                .get(added.deadlines().size()).id());

        ContingencyPlan removed = edits.removeDeadline(0).apply(added);
        assertEquals(added.deadlines().subList(1, added.deadlines().size()), removed.deadlines());
        assertEquals(List.of(), PlanRules.check(removed));
    }

    @Test
    void theOfficeSetsTheResponseWindowOfImmediateDutiesAndItIsNoLongerTheDefault() {
        assertTrue(county.responseTimes().origin().defaulted(), "the template's length is the office's custom");
        ContingencyPlan after = edits.responseTimes(Duration.ofMinutes(45), Duration.ofHours(3)).apply(county);
        assertEquals(Duration.ofMinutes(45), after.responseTimes().immediately());
        assertEquals(Duration.ofHours(3), after.responseTimes().remindAfterTop());
        assertFalse(after.responseTimes().origin().defaulted());
        assertEquals("本单位修改", after.responseTimes().origin().note());
        assertEquals(county.deadlines(), after.deadlines(), "the rules themselves are untouched");
        ContingencyPlan read = org.incidentdesk.service.plan.format.PlanReader.read("plan.yaml",
                org.incidentdesk.service.plan.format.PlanWriter.toYaml(after));
        assertEquals(after.responseTimes(), read.responseTimes(), "written and read back the same");
    }
}
