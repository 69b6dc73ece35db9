package org.incidentdesk.domain.review;

/** Where an incident's review stands against the plan's time for it. */
public enum ReviewDueState {
    /** The response has not ended: no review is due yet. */
    NOT_DUE,
    /** Due, with more than {@link FollowUps#REMIND_BEFORE} to go. */
    PENDING,
    /** Due within {@link FollowUps#REMIND_BEFORE}. */
    COMING_DUE,
    /** Past due and not finished. */
    OVERDUE,
    /** Finished in time. */
    FINISHED,
    /** Finished after it was due. */
    FINISHED_LATE
}
