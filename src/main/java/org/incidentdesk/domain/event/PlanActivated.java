package org.incidentdesk.domain.event;

/** The plan became the office's one active plan. */
public record PlanActivated(WorkstationId origin, long planId) implements PlanEvent {
}
