package org.incidentdesk.domain.incident;

/** What a person did with the assessor's proposal. */
public enum AssessmentDecision {
    /** Proposed, not yet decided. */
    PROPOSED,
    /** The proposed level was taken. */
    CONFIRMED,
    /** Another level was decided, with a written reason. */
    OVERRIDDEN
}
