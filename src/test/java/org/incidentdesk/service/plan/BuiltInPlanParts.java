package org.incidentdesk.service.plan;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.incidentdesk.domain.plan.ChecklistItem;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.Origin;
import org.incidentdesk.domain.plan.Phase;

/** The parts of a built-in plan that fidelity tests check against the source text, found by id. */
final class BuiltInPlanParts {
    private static final BuiltInPlans BUILT_INS = new BuiltInPlans();

    private BuiltInPlanParts() {
    }

    static ContingencyPlan plan(String id) {
        return BUILT_INS.find(id).orElseThrow();
    }

    static DeadlineRule rule(String planId, String ruleId) {
        return plan(planId).deadline(ruleId).orElseThrow();
    }

    static List<ChecklistItem> steps(String planId) {
        return plan(planId).phases().stream().flatMap(p -> p.steps().stream()).toList();
    }

    static ChecklistItem step(String planId, String stepId) {
        return steps(planId).stream().filter(s -> s.id().equals(stepId)).findFirst().orElseThrow();
    }

    static Phase phase(String planId, String phaseId) {
        return plan(planId).phases().stream().filter(p -> p.id().equals(phaseId)).findFirst().orElseThrow();
    }

    /** The element is a default, and its note says why, quoting or naming {@code noteMustContain}. */
    static void assertDefaultWithNote(Origin origin, String noteMustContain) {
        assertTrue(origin.defaulted(), "expected default: true");
        assertNotNull(origin.note(), "a default carries its note");
        assertTrue(origin.note().contains(noteMustContain), origin.note());
    }
}
