package org.incidentdesk.domain.event;

/** An office plan was created (from a template, an import or a copy); {@code active} when it became active. */
public record PlanCreated(WorkstationId origin, long planId, boolean active) implements PlanEvent {
}
