package org.incidentdesk.domain.review;

/** A proposed plan revision waits in the draft of the next version until a saved version adopts it. */
public enum ProposalState {
    PROPOSED,
    ADOPTED,
    WITHDRAWN
}
