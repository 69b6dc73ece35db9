package org.incidentdesk.service.incident;

/** Published after a shift handover is written or confirmed. */
public record HandoverChanged(long handoverId, boolean confirmed) implements IncidentEvent {
}
