package org.incidentdesk.domain.event;

/**
 * Something that changed in the office's data, announced after its transaction committed. Each kind is a record
 * carrying the ids of what changed, so a listener reloads only that; {@link #origin} is the workstation that
 * made the change (another workstation on a shared database will announce its own changes the same way).
 */
public sealed interface DomainEvent permits RosterEvent, PlanEvent, IncidentEvent, DeadlineEvent, WarningEvent,
        FollowUpEvent {
    WorkstationId origin();
}
