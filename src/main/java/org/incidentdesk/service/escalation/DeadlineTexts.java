package org.incidentdesk.service.escalation;

import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.PlanRole;

/** How a deadline's rule and a plan's role are named where a deadline is listed (alerts, call lists). */
public final class DeadlineTexts {
    private DeadlineTexts() {
    }

    public static String rule(Deadline d) {
        return d.occurrence() == 1 ? d.ruleId() : d.ruleId() + " #" + d.occurrence();
    }

    public static String role(ContingencyPlan plan, String roleId) {
        if (roleId == null) {
            return "—";
        }
        return plan.organisation().role(roleId).map(PlanRole::name).orElse(roleId);
    }
}
