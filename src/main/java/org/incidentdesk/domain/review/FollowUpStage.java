package org.incidentdesk.domain.review;

/** The alerts a follow-up (an improvement action, a review) raises: coming due, then overdue. */
public enum FollowUpStage {
    /** Due within {@link FollowUps#REMIND_BEFORE}: the owner's liaison is reminded. */
    COMING_DUE,
    /** Past due and not done. */
    OVERDUE
}
