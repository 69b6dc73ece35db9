package org.incidentdesk.domain.event;

/** A change to the office's contingency plans. */
public sealed interface PlanEvent extends DomainEvent permits PlanCreated, PlanVersionSaved, PlanActivated,
        PlanRevisionProposed {
    long planId();
}
