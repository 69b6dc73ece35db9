package org.incidentdesk.domain.event;

/** A change to the office's incident work: an incident's record, or the shift handover. */
public sealed interface IncidentEvent extends DomainEvent permits IncidentChanged, HandoverChanged, ReviewChanged {
}
