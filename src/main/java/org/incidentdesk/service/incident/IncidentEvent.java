package org.incidentdesk.service.incident;

/** What the incident services publish after a change commits. */
public sealed interface IncidentEvent permits IncidentChanged, HandoverChanged {
}
