package org.incidentdesk.domain.review;

import java.time.Instant;

/**
 * The stored due date of an incident's review: when the response ended, when the review is due and when it was
 * finished (null: not yet), with the alert raised last and the one armed next.
 */
public record ReviewSchedule(long incidentId, Instant endedAt, Instant dueAt, Instant finishedAt,
                             FollowUpStage raised, Instant raisedAt, FollowUpStage nextAlert, Instant nextAlertAt,
                             int version) {
}
