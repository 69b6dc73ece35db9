package org.incidentdesk.service.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.StartPoint;
import org.incidentdesk.domain.plan.Timing;
import org.junit.jupiter.api.Test;

class PlanDiffTest {
    private static final ContingencyPlan SCHOOL = new BuiltInPlans().find("school").orElseThrow();

    @Test
    void identicalPlansHaveNoDifferences() {
        assertEquals(List.of(), PlanDiff.between(SCHOOL, SCHOOL));
    }

    @Test
    void anAddedRuleIsOneAdditionNamedByItsId() {
        List<DeadlineRule> rules = new ArrayList<>(SCHOOL.deadlines());
        rules.add(0, new DeadlineRule("call-parents", "电话告知家长", "office", null, Timing.WITHIN,
                Duration.ofHours(1), StartPoint.DISCOVERY_TIME, null, List.of(), List.of(), null, null, null));

        List<PlanChange> changes = PlanDiff.between(SCHOOL, SCHOOL.withDeadlines(rules));

        assertEquals(1, changes.size());
        assertEquals("deadlines[call-parents]", changes.get(0).path());
        assertEquals(PlanChange.Kind.ADDED, changes.get(0).kind());
        assertEquals(null, changes.get(0).oldValue());
    }

    @Test
    void aRemovedRuleIsOneRemoval() {
        List<DeadlineRule> rules = SCHOOL.deadlines().stream().filter(r -> !r.id().equals("summary")).toList();

        List<PlanChange> changes = PlanDiff.between(SCHOOL, SCHOOL.withDeadlines(rules));

        assertEquals(List.of("deadlines[summary] REMOVED"),
                changes.stream().map(c -> c.path() + " " + c.kind()).toList());
    }
}
