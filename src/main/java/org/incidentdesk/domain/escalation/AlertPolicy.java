package org.incidentdesk.domain.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * When a deadline's alerts are raised. A reminder comes {@code reminderLead} before due: per rule where the
 * office set one, else a quarter of the rule's window, at most {@code maxReminderLead} (none for 立即 rules).
 * The overdue alert comes at due, then one escalation step per {@code escalationInterval} up the chain, then a
 * reminder to the top of the chain at the plan's longer interval, until the deadline is acknowledged after due
 * or met. An alert raised more than {@code lateTolerance} after its instant says it is
 * late (the workstation was off or asleep when it fell due).
 */
public record AlertPolicy(Duration maxReminderLead, Duration escalationInterval, Map<String, Duration> reminderLeads,
                          Duration lateTolerance) {
    public static final AlertPolicy DEFAULT = new AlertPolicy(Duration.ofMinutes(30), Duration.ofMinutes(30),
            Map.of(), Duration.ofMinutes(1));

    public AlertPolicy {
        reminderLeads = Map.copyOf(reminderLeads);
        if (escalationInterval.isNegative() || escalationInterval.isZero()) {
            throw new IllegalArgumentException("escalation interval must be positive: " + escalationInterval);
        }
    }

    public Duration reminderLead(String ruleId, Duration window) {
        Duration quarter = window.dividedBy(4);
        return reminderLeads.getOrDefault(ruleId, quarter.compareTo(maxReminderLead) > 0 ? maxReminderLead : quarter);
    }

    /** The first alert of a deadline {@code ruleId} from {@code start} to {@code due}, created at {@code now}. */
    public Alarm first(String ruleId, Instant start, Instant due, Instant now) {
        Duration window = Duration.between(start, due);
        Duration lead = window.isNegative() ? Duration.ZERO : reminderLead(ruleId, window);
        if (!lead.isZero() && now.isBefore(due)) {
            Instant remindAt = due.minus(lead);
            return new Alarm(AlertStage.REMINDER, remindAt.isBefore(now) ? now : remindAt);
        }
        // already past due when it is created (an event reported late): alert now, not as a late alarm
        return new Alarm(AlertStage.OVERDUE, due.isBefore(now) ? now : due);
    }

    /**
     * The alert after the one just raised on {@code deadline} (its escalation count already advanced), or none
     * when nothing more is to come. Escalation climbs {@code chainLength} steps, one per
     * {@code escalationInterval}; once at the top it reminds the top every {@code remindAfterTop} (the plan's
     * longer interval) instead of every step. After a late alert the next one is counted from now, so a
     * workstation that was off for a day does not fire a day's escalations at once.
     */
    public Optional<Alarm> after(AlertStage raised, Deadline deadline, int chainLength, Duration remindAfterTop,
                                 Instant now) {
        if (raised == AlertStage.REMINDER) {
            return Optional.of(new Alarm(AlertStage.OVERDUE, deadline.dueAt()));
        }
        if (chainLength == 0 || deadline.acknowledgedWhenOverdue()) {
            return Optional.empty();
        }
        int steps = deadline.escalations();
        boolean atTop = steps >= chainLength;
        Duration step = atTop ? remindAfterTop : escalationInterval;
        Instant next = atTop
                ? deadline.dueAt().plus(escalationInterval.multipliedBy(chainLength))
                        .plus(remindAfterTop.multipliedBy(steps - chainLength + 1L))
                : deadline.dueAt().plus(escalationInterval.multipliedBy(steps + 1L));
        return Optional.of(new Alarm(AlertStage.ESCALATION, next.isAfter(now) ? next : now.plus(step)));
    }

    public boolean isLate(Instant alertAt, Instant now) {
        return Duration.between(alertAt, now).compareTo(lateTolerance) > 0;
    }
}
