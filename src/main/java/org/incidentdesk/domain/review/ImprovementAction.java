package org.incidentdesk.domain.review;

import java.time.Instant;

/**
 * An improvement action (整改措施) of an incident's review: what to do, who owns it, when it is due, and once
 * done the evidence that closes it (never done without). {@code lessonId} the lesson it answers (may be null).
 * {@code raised} the alert raised last (null: none yet), {@code nextAlert}/{@code nextAlertAt} the one armed.
 */
public record ImprovementAction(long id, long incidentId, Long lessonId, String text, ActionOwner owner,
                                Instant dueAt, ActionState state, String evidence, Instant doneAt, String doneBy,
                                FollowUpStage nextAlert, Instant nextAlertAt, FollowUpStage raised,
                                Instant raisedAt, Instant createdAt, Instant updatedAt, String updatedBy,
                                int version) {
    public boolean isOpen() {
        return state == ActionState.OPEN;
    }
}
