package org.incidentdesk.service.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.event.FollowUpAlertRaised;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.review.FollowUpAlarm;
import org.incidentdesk.domain.review.FollowUpKind;
import org.incidentdesk.domain.review.FollowUpStage;
import org.incidentdesk.domain.review.FollowUps;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.ReviewSchedule;
import org.incidentdesk.service.escalation.FollowUpAlert;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.service.security.Unguarded;

/**
 * Raises the alerts of follow-ups (an improvement action, a review) when {@link FollowUpAlarms} finds them due:
 * claims the row by a conditional update (so several workstations raise each once), writes the audit row naming
 * the liaisons reminded, and announces {@link FollowUpAlertRaised}; and lists the raised ones for the alert list.
 * Thread-safe; never call it on the JavaFX thread.
 */
public final class FollowUpAlerts {
    private static final Comparator<FollowUpAlert> MOST_URGENT_FIRST = Comparator
            .comparing((FollowUpAlert a) -> a.stage() != FollowUpStage.OVERDUE).thenComparing(FollowUpAlert::dueAt);
    private final ReviewWriting writing;
    private final ActionOwners owners;

    FollowUpAlerts(ReviewWriting writing, ActionOwners owners) {
        this.writing = writing;
        this.owners = owners;
    }

    /** Every follow-up with an alert still to come: what a workstation arms at start. */
    public List<FollowUpAlarm> armable() {
        return writing.store.inTransaction(s -> {
            List<FollowUpAlarm> alarms = new ArrayList<>(s.improvementActions().armable());
            alarms.addAll(s.reviewSchedules().armable());
            return alarms;
        });
    }

    /** Follow-ups changed since {@code since} (by any workstation): what a sweep re-arms or disarms. */
    public List<FollowUpAlarm> changedSince(Instant since) {
        return writing.store.inTransaction(s -> {
            List<FollowUpAlarm> alarms = new ArrayList<>(s.improvementActions().changedSince(since));
            alarms.addAll(s.reviewSchedules().changedSince(since));
            return alarms;
        });
    }

    /** The follow-up's alarm as stored now (empty: the row is gone). */
    public Optional<FollowUpAlarm> alarm(FollowUpKind kind, long id) {
        return writing.store.inTransaction(s -> alarmIn(s, kind, id));
    }

    /**
     * Raises the alert {@code armed} names if the row is still at its version and the alert is due: coming due,
     * or overdue once the due instant has passed (a reminder missed while the workstation was off is then
     * skipped). Returns the alarm as it is afterwards, for re-arming; empty when there was nothing to raise.
     */
    @Unguarded("the scheduler raising a due follow-up alert")
    public Optional<FollowUpAlarm> raise(FollowUpAlarm armed) {
        Instant now = writing.clock().instant();
        return writing.store.inTransaction(s -> {
            Optional<FollowUpAlarm> stored = alarmIn(s, armed.kind(), armed.id());
            if (stored.isEmpty() || stored.get().version() != armed.version() || stored.get().nextAlertAt() == null
                    || stored.get().nextAlertAt().isAfter(now)) {
                return Optional.empty();
            }
            FollowUpAlarm alarm = stored.get();
            FollowUpStage stage = FollowUps.reached(alarm.dueAt(), now);
            stage = stage == null ? alarm.nextAlert() : stage;
            FollowUpStage next = FollowUps.nextAlert(stage);
            Instant nextAt = next == null ? null : FollowUps.alertAt(next, alarm.dueAt());
            Stamp stamp = writing.stamp();
            boolean claimed = alarm.kind() == FollowUpKind.ACTION
                    ? s.improvementActions().claimAlert(alarm.id(), alarm.version(), stage, now, next, nextAt, stamp)
                    : s.reviewSchedules().claimAlert(alarm.id(), alarm.version(), stage, now, next, nextAt, stamp);
            if (!claimed) {
                return Optional.empty();
            }
            List<String> liaisons = liaisonsOf(s, alarm);
            s.audit().append(stamp, stage == FollowUpStage.OVERDUE ? "overdue" : "remind",
                    alarm.kind() == FollowUpKind.ACTION ? "reviewAction" : "review", alarm.id(),
                    FieldChange.set("dueAt", alarm.dueAt().toString()),
                    FieldChange.set("liaisons", String.join("、", liaisons)));
            boolean late = alarm.nextAlertAt().plus(java.time.Duration.ofMinutes(1)).isBefore(now);
            s.raise(new FollowUpAlertRaised(writing.events().origin(), alarm.incidentId(), alarm.kind(), alarm.id(),
                    stage, late));
            return alarmIn(s, alarm.kind(), alarm.id());
        });
    }

    private static Optional<FollowUpAlarm> alarmIn(StoreSession s, FollowUpKind kind, long id) {
        if (kind == FollowUpKind.ACTION) {
            return s.improvementActions().find(id).map(a -> new FollowUpAlarm(kind, id, a.incidentId(), a.dueAt(),
                    a.isOpen() ? a.nextAlert() : null, a.isOpen() ? a.nextAlertAt() : null, a.version()));
        }
        return s.reviewSchedules().find(id).map(r -> new FollowUpAlarm(kind, id, id, r.dueAt(),
                r.finishedAt() == null ? r.nextAlert() : null, r.finishedAt() == null ? r.nextAlertAt() : null,
                r.version()));
    }

    private List<String> liaisonsOf(StoreSession s, FollowUpAlarm alarm) {
        if (alarm.kind() != FollowUpKind.ACTION) {
            return List.of();
        }
        ImprovementAction action = s.improvementActions().find(alarm.id()).orElseThrow();
        return owners.liaisons(s, ReviewWriting.incident(s, action.incidentId()), action.owner());
    }

    /** The raised alerts of open actions and unfinished reviews, overdue first: the alert list's follow-ups. */
    public List<FollowUpAlert> current() {
        return writing.store.inTransaction(s -> {
            List<FollowUpAlert> alerts = new ArrayList<>();
            for (ImprovementAction a : s.improvementActions().raisedOpen()) {
                Incident incident = ReviewWriting.incident(s, a.incidentId());
                alerts.add(new FollowUpAlert(FollowUpKind.ACTION, a.id(), incident.id(), incident.number().toString(),
                        incident.title(), a.raised(), a.text(), a.owner().name(), a.dueAt(), a.raisedAt(),
                        owners.liaisons(s, incident, a.owner())));
            }
            for (ReviewSchedule r : s.reviewSchedules().raisedUnfinished()) {
                Incident incident = ReviewWriting.incident(s, r.incidentId());
                alerts.add(new FollowUpAlert(FollowUpKind.REVIEW, incident.id(), incident.id(),
                        incident.number().toString(), incident.title(), r.raised(), null, null, r.dueAt(),
                        r.raisedAt(), List.of()));
            }
            alerts.sort(MOST_URGENT_FIRST);
            return alerts;
        });
    }
}
