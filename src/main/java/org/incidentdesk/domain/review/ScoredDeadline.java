package org.incidentdesk.domain.review;

import java.time.Duration;
import java.time.Instant;
import org.incidentdesk.domain.escalation.DeadlineAction;

/**
 * One deadline the plan set for the incident, scored: the rule by its act in words ({@code act}, with {@code #n}
 * for a later occurrence of a repeating rule, as the timeline names it), who owed it (the plan's role id and name),
 * when it counted from, was due and was done (null: not done), its outcome and the plan section it evidences.
 * {@code delay} is done − due for a deadline that was done (negative: the margin it was done ahead by), now − due
 * for one still owed past due, and null for one missed without being done, superseded or pending.
 */
public record ScoredDeadline(long deadlineId, String ruleId, int occurrence, DeadlineAction action, String act,
                             String ownerRoleId, String owner, Instant startedAt, Instant dueAt, Instant doneAt,
                             DeadlineOutcome outcome, Duration delay, PlanSection section) {

    /** The delay in whole minutes (negative: ahead of due), or null where there is none. */
    public Long delayMinutes() {
        return delay == null ? null : delay.toMinutes();
    }

    /** How late it was done or is, never negative: zero when done in time, null where there is no delay. */
    public Duration lateBy() {
        return delay == null ? null : delay.isNegative() ? Duration.ZERO : delay;
    }

    /** How far ahead of due it was done, never negative: zero when late, null where there is no delay. */
    public Duration margin() {
        return delay == null ? null : delay.isNegative() ? delay.negated() : Duration.ZERO;
    }
}
