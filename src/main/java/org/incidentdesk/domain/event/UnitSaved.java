package org.incidentdesk.domain.event;

/** A unit was added ({@code created}) or updated. */
public record UnitSaved(WorkstationId origin, long unitId, boolean created) implements RosterEvent {
}
