package org.incidentdesk.domain.event;

/** A person was added ({@code created}), updated or restored after a delete. */
public record PersonSaved(WorkstationId origin, long personId, boolean created) implements RosterEvent {
}
