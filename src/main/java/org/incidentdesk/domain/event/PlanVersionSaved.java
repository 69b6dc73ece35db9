package org.incidentdesk.domain.event;

/** A new version of a plan was saved. */
public record PlanVersionSaved(WorkstationId origin, long planId, int version) implements PlanEvent {
}
