package org.incidentdesk.domain.incident;

import java.time.Instant;
import java.util.List;

/**
 * An incident as the board shows it: the incident, its open tasks' units, the earliest due time among its
 * open tasks (null: none) and how many tasks are open.
 */
public record IncidentSummary(Incident incident, List<String> openTaskUnits, Instant nextDueAt, int openTasks) {
    public IncidentSummary {
        openTaskUnits = List.copyOf(openTaskUnits);
    }

    public boolean overdueAt(Instant now) {
        return nextDueAt != null && nextDueAt.isBefore(now);
    }
}
