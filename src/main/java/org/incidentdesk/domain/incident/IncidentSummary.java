package org.incidentdesk.domain.incident;

import java.time.Instant;
import java.util.List;
import org.incidentdesk.domain.escalation.NextDeadline;

/**
 * An incident as the board shows it: the incident, its open tasks' units, the earliest due time among its
 * open tasks (null: none), how many tasks are open, and its earliest open deadline of the plan (null: none).
 */
public record IncidentSummary(Incident incident, List<String> openTaskUnits, Instant nextDueAt, int openTasks,
                              NextDeadline nextDeadline) {
    public IncidentSummary {
        openTaskUnits = List.copyOf(openTaskUnits);
    }

    /** Without the plan's deadlines (they are read apart, for many incidents at once). */
    public IncidentSummary(Incident incident, List<String> openTaskUnits, Instant nextDueAt, int openTasks) {
        this(incident, openTaskUnits, nextDueAt, openTasks, null);
    }

    public IncidentSummary withNextDeadline(NextDeadline deadline) {
        return new IncidentSummary(incident, openTaskUnits, nextDueAt, openTasks, deadline);
    }

    /** A task or a deadline of the plan is past due at {@code now}. */
    public boolean overdueAt(Instant now) {
        return nextDueAt != null && nextDueAt.isBefore(now)
                || nextDeadline != null && nextDeadline.dueAt().isBefore(now);
    }
}
