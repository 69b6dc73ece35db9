package org.incidentdesk.domain.escalation;

import java.time.Duration;
import java.time.Instant;

/**
 * One deadline of an incident, derived from a rule of the incident's plan version: occurrence {@code n} of rule
 * {@code ruleId} (repeating rules have several), the act that meets it, who owes it to whom (plan roles), the
 * level it was derived for, what it counts from and when, when it falls due, where it stands, its next alert,
 * how many escalation steps it has taken, and who acknowledged or met it when. {@code version} is the row's
 * optimistic-locking version, the claim token of an alert.
 */
public record Deadline(long id, long incidentId, String ruleId, int occurrence, DeadlineAction action,
                       String actionText, String ownerRole, String recipientRole, String levelId, String startPoint,
                       Instant startedAt, Instant dueAt, DeadlineState state, AlertStage nextAlert,
                       Instant nextAlertAt, int escalations, Instant acknowledgedAt, String acknowledgedBy,
                       Instant metAt, String metBy, int version) {

    /** The time the rule allows: from the start point to due (zero for 立即). */
    public Duration window() {
        Duration window = Duration.between(startedAt, dueAt);
        return window.isNegative() ? Duration.ZERO : window;
    }

    /** Met no later than due. */
    public boolean metInTime() {
        return state == DeadlineState.MET && !metAt.isAfter(dueAt);
    }

    /**
     * An alert was raised and the deadline is still owed: it is overdue, or it was reminded and waits for its
     * overdue alert (a 立即 rule has no window and so no reminder).
     */
    public boolean alertRaised() {
        return state == DeadlineState.OVERDUE
                || state == DeadlineState.OPEN && nextAlert == AlertStage.OVERDUE && !window().isZero();
    }

    /** Acknowledged after it fell due: escalation stops. */
    public boolean acknowledgedWhenOverdue() {
        return acknowledgedAt != null && !acknowledgedAt.isBefore(dueAt);
    }

    /** Counts from {@code start}, due at {@code due}, with its alerts starting again at {@code alarm}. */
    public Deadline retimed(Instant start, Instant due, Alarm alarm) {
        return new Deadline(id, incidentId, ruleId, occurrence, action, actionText, ownerRole, recipientRole,
                levelId, startPoint, start, due, state, alarm.stage(), alarm.at(), escalations, acknowledgedAt,
                acknowledgedBy, metAt, metBy, version);
    }

    /** In {@code newState}, after {@code steps} escalations, next alerting at {@code alarm} (null: no more). */
    public Deadline alerted(DeadlineState newState, int steps, Alarm alarm) {
        return new Deadline(id, incidentId, ruleId, occurrence, action, actionText, ownerRole, recipientRole,
                levelId, startPoint, startedAt, dueAt, newState, alarm == null ? null : alarm.stage(),
                alarm == null ? null : alarm.at(), steps, acknowledgedAt, acknowledgedBy, metAt, metBy, version);
    }

    public Deadline acknowledged(Instant at, String by) {
        return new Deadline(id, incidentId, ruleId, occurrence, action, actionText, ownerRole, recipientRole,
                levelId, startPoint, startedAt, dueAt, state, nextAlert, nextAlertAt, escalations, at, by, metAt,
                metBy, version);
    }

    public Deadline met(Instant at, String by) {
        return new Deadline(id, incidentId, ruleId, occurrence, action, actionText, ownerRole, recipientRole,
                levelId, startPoint, startedAt, dueAt, DeadlineState.MET, null, null, escalations, acknowledgedAt,
                acknowledgedBy, at, by, version);
    }

    public Deadline closed(DeadlineState closedState) {
        return alerted(closedState, escalations, null);
    }
}
