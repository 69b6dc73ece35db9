package org.incidentdesk.domain.plan;

import java.util.List;

/**
 * One warning level of a plan. {@code rank} 1 is the most severe (I 级); {@code colour} is empty where the
 * plan gives none. {@code definition} is the plan's own wording; {@code criteria} are what the level
 * assessor checks, combined by {@code match}.
 */
public record WarningLevel(String id, int rank, String name, WarningColour colour, String definition,
                           CriteriaMatch match, List<LevelCriterion> criteria, Origin origin) {
    public WarningLevel {
        match = match == null ? CriteriaMatch.ANY : match;
        criteria = Lists.copy(criteria);
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }

    /** "I 级（特别重大）"-style label used in lists and messages. */
    public String label() {
        return id + " " + name;
    }
}
