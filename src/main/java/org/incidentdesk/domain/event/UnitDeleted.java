package org.incidentdesk.domain.event;

/** An empty unit was deleted. */
public record UnitDeleted(WorkstationId origin, long unitId) implements RosterEvent {
}
