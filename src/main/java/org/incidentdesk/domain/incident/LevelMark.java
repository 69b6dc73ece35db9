package org.incidentdesk.domain.incident;

import org.incidentdesk.domain.plan.WarningColour;
import org.incidentdesk.domain.plan.WarningLevel;

/**
 * A warning level as an incident keeps it: the plan's id, rank (1 = most severe), name and colour (null where
 * the plan gives none), copied from the plan version the incident runs under so the board can show it
 * without reading that plan.
 */
public record LevelMark(String id, int rank, String name, WarningColour colour) {
    public static LevelMark of(WarningLevel level) {
        return new LevelMark(level.id(), level.rank(), level.name(), level.colour());
    }

    /** "II 重大". */
    public String label() {
        return id + " " + name;
    }
}
