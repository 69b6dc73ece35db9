package org.incidentdesk.domain.event;

import org.incidentdesk.domain.incident.IncidentNumber;
import org.incidentdesk.domain.incident.TimelineKind;

/**
 * An incident changed: which one, what kind of change (the kind of the timeline row it wrote) and that row's
 * id, so a listener can reload just that incident.
 */
public record IncidentChanged(WorkstationId origin, long incidentId, IncidentNumber number, TimelineKind kind,
                              long timelineEntryId) implements IncidentEvent {
}
