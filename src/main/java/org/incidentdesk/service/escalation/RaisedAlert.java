package org.incidentdesk.service.escalation;

import java.time.Duration;
import java.time.Instant;
import org.incidentdesk.domain.escalation.DeadlineEventKind;

/**
 * A deadline whose alert was raised and which is still owed, as the alert list shows it: the incident, the
 * rule and its act, whose it is (the role's name in the plan), when it falls or fell due, how far it went up
 * the chain and to whom last, and whether someone acknowledged it. {@code kind} is the latest alert:
 * {@link DeadlineEventKind#REMINDED}, {@link DeadlineEventKind#OVERDUE} or {@link DeadlineEventKind#ESCALATED}.
 * {@code topRemindedEvery} is the plan's interval for reminding the top of the chain once the escalation has
 * reached it (null before).
 */
public record RaisedAlert(long deadlineId, long incidentId, String incidentNumber, String incidentTitle,
                          DeadlineEventKind kind, String rule, String actionText, String ownerRole, Instant dueAt,
                          int escalations, String escalatedTo, Instant acknowledgedAt, String acknowledgedBy,
                          Duration topRemindedEvery) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** How long past due at {@code now}; zero before due. */
    public Duration lateBy(Instant now) {
        Duration late = Duration.between(dueAt, now);
        return late.isNegative() ? Duration.ZERO : late;
    }
}
