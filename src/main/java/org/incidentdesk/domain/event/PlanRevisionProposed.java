package org.incidentdesk.domain.event;

/**
 * A lesson of incident {@code incidentId}'s review proposed a revision ({@code proposalId}) of office plan
 * {@code planId}: the draft of its next version carries it. Also announced when a proposal is adopted or withdrawn.
 */
public record PlanRevisionProposed(WorkstationId origin, long planId, long proposalId, long incidentId)
        implements PlanEvent {
}
