package org.incidentdesk.domain.review;

import java.time.Instant;

/**
 * The alert a follow-up has armed: improvement action {@code id} or the review of incident {@code id}
 * ({@link FollowUpKind#REVIEW}), its next alert and when, at row version {@code version} (the claim names it).
 */
public record FollowUpAlarm(FollowUpKind kind, long id, long incidentId, Instant dueAt, FollowUpStage nextAlert,
                            Instant nextAlertAt, int version) {
}
