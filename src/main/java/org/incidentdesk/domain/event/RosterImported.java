package org.incidentdesk.domain.event;

/** A roster file was imported; many rows may have changed, so listeners reload the roster. */
public record RosterImported(WorkstationId origin, String fileName) implements RosterEvent {
}
