package org.incidentdesk.domain.event;

/** A person and their duty shifts were deleted. */
public record PersonDeleted(WorkstationId origin, long personId) implements RosterEvent {
}
