package org.incidentdesk.domain.plan;

import java.util.List;

/** A stage of the response (先期处置 → 事中处置 → 善后处置, R20) with the plan's own checklist for it. */
public record Phase(String id, String name, List<ChecklistItem> steps, Origin origin) {
    public Phase {
        steps = Lists.copy(steps);
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }
}
