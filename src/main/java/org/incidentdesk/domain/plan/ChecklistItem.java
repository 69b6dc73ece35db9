package org.incidentdesk.domain.plan;

import java.util.List;

/**
 * One step of a phase, e.g. 首报信息. {@code role} does it and {@code form} is what it produces, where named;
 * {@code levels} limits it to events of those levels (empty: every level), e.g. 研判会 only for 重大 events.
 */
public record ChecklistItem(String id, String text, String role, String form, List<String> levels, Origin origin) {
    public ChecklistItem {
        levels = Lists.copy(levels);
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }

    public boolean appliesTo(String levelId) {
        return levels.isEmpty() || levelId != null && levels.contains(levelId);
    }
}
