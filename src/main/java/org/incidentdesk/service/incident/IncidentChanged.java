package org.incidentdesk.service.incident;

import org.incidentdesk.domain.incident.IncidentNumber;
import org.incidentdesk.domain.incident.TimelineKind;

/**
 * Published after a change to an incident commits: which incident, what kind of change (the kind of the
 * timeline row it wrote) and that row's id.
 */
public record IncidentChanged(long incidentId, IncidentNumber number, TimelineKind kind, long timelineEntryId)
        implements IncidentEvent {
}
