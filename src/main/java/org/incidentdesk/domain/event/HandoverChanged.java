package org.incidentdesk.domain.event;

/** A shift handover was written ({@code confirmed} false) or confirmed by the next person on duty. */
public record HandoverChanged(WorkstationId origin, long handoverId, boolean confirmed) implements IncidentEvent {
}
