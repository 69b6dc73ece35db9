package org.incidentdesk.domain.event;

/**
 * An incident's after-action review changed (opened, a star, a rating, finished or reopened): which incident, so
 * a listener reloads that review and the review list's row.
 */
public record ReviewChanged(WorkstationId origin, long incidentId) implements IncidentEvent {
}
