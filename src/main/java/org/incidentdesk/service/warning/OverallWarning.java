package org.incidentdesk.service.warning;

import java.util.Optional;
import org.incidentdesk.domain.plan.WarningColour;
import org.incidentdesk.domain.plan.WarningLevel;

/** The office's warning state at a glance: the most severe active level (empty: none) and how many warnings are active. */
public record OverallWarning(Optional<WarningLevel> level, int activeCount) {
    public Optional<WarningColour> colour() {
        return level.map(WarningLevel::colour);
    }
}
