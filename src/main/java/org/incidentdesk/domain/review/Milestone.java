package org.incidentdesk.domain.review;

/** The moments a response is timed to: the first report, the first public response, the warning, the calm. */
public enum Milestone {
    /** 首报: the first report was sent. */
    FIRST_REPORT,
    /** The first statement released to the public (首次回应). */
    FIRST_PUBLIC_RESPONSE,
    /** The first warning issued (or approved) for the incident. */
    WARNING,
    /** The event calmed or the response ended (平息/终止). */
    CALM
}
