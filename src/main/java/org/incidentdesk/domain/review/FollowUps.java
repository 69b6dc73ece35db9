package org.incidentdesk.domain.review;

import java.time.Duration;
import java.time.Instant;

/** When a follow-up with a due instant raises its alerts: two days before (coming due), then at due (overdue). */
public final class FollowUps {
    /** The owner's liaison is reminded this long before the due instant. */
    public static final Duration REMIND_BEFORE = Duration.ofDays(2);

    private FollowUps() {
    }

    /** The alert still to come for a follow-up due at {@code dueAt} that last raised {@code raised} (null: none). */
    public static FollowUpStage nextAlert(FollowUpStage raised) {
        return raised == null ? FollowUpStage.COMING_DUE : raised == FollowUpStage.COMING_DUE ? FollowUpStage.OVERDUE
                : null;
    }

    /** The instant alert {@code stage} falls due for a follow-up due at {@code dueAt}. */
    public static Instant alertAt(FollowUpStage stage, Instant dueAt) {
        return stage == FollowUpStage.COMING_DUE ? dueAt.minus(REMIND_BEFORE) : dueAt;
    }

    /** The stage a follow-up due at {@code dueAt} has reached at {@code now} (null: not yet coming due). */
    public static FollowUpStage reached(Instant dueAt, Instant now) {
        if (!now.isBefore(dueAt)) {
            return FollowUpStage.OVERDUE;
        }
        return now.isBefore(dueAt.minus(REMIND_BEFORE)) ? null : FollowUpStage.COMING_DUE;
    }

    /** A review's state at {@code now}: due at {@code dueAt} (null: the response has not ended), finished at {@code finishedAt}. */
    public static ReviewDueState reviewState(Instant dueAt, Instant finishedAt, Instant now) {
        if (dueAt == null) {
            return ReviewDueState.NOT_DUE;
        }
        if (finishedAt != null) {
            return finishedAt.isAfter(dueAt) ? ReviewDueState.FINISHED_LATE : ReviewDueState.FINISHED;
        }
        FollowUpStage reached = reached(dueAt, now);
        return reached == null ? ReviewDueState.PENDING
                : reached == FollowUpStage.COMING_DUE ? ReviewDueState.COMING_DUE : ReviewDueState.OVERDUE;
    }
}
