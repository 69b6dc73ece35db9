package org.incidentdesk.domain.review;

/** What follow-up an alert is about: an improvement action, or the review itself being due. */
public enum FollowUpKind {
    ACTION,
    REVIEW
}
