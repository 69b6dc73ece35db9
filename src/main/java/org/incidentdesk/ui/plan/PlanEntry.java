package org.incidentdesk.ui.plan;

import org.incidentdesk.domain.plan.OfficePlan;

/** A line of the plan list: one of the six built-in templates, or one of the office's own plans. */
public record PlanEntry(String templateId, OfficePlan officePlan, String label) {
    public boolean isTemplate() {
        return officePlan == null;
    }

    /** The reference the service and the command line use: the template id, or the office plan's number. */
    public String reference() {
        return isTemplate() ? templateId : Long.toString(officePlan.id());
    }

    @Override
    public String toString() {
        return label;
    }
}
