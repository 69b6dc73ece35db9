package org.incidentdesk.service.escalation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineEscalation;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.escalation.EscalationChain;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.store.Store;
import org.incidentdesk.service.security.Unguarded;

/**
 * The alert list every workspace shows: each deadline whose alert was raised and which is still owed, read from
 * the database, so it is the same after a restart and on every workstation of a shared database. Thread-safe;
 * never call it on the JavaFX thread.
 */
public final class AlertListService {
    private static final Comparator<RaisedAlert> MOST_URGENT_FIRST = Comparator
            .comparing((RaisedAlert a) -> a.acknowledged())
            .thenComparing(a -> a.kind() == DeadlineEventKind.REMINDED)
            .thenComparing(RaisedAlert::dueAt);

    private final Store store;
    private final DeadlineService deadlines;
    private volatile Supplier<List<FollowUpAlert>> followUps = List::of;

    public AlertListService(Store store, DeadlineService deadlines) {
        this.store = store;
        this.deadlines = deadlines;
    }

    /** Unacknowledged first, overdue before reminded, then by due instant. */
    public List<RaisedAlert> current() {
        return store.inTransaction(s -> {
            Map<Long, Incident> incidents = new HashMap<>();
            Map<Long, List<DeadlineEscalation>> escalations = new HashMap<>();
            List<RaisedAlert> alerts = new ArrayList<>();
            for (Deadline d : s.deadlines().possiblyAlerted()) {
                if (!d.alertRaised()) {
                    continue;
                }
                Incident incident = incidents.computeIfAbsent(d.incidentId(), id -> s.incidents().find(id).orElseThrow());
                List<DeadlineEscalation> steps = escalations.computeIfAbsent(d.incidentId(),
                        id -> s.deadlines().escalationsOf(id));
                alerts.add(raised(incident, d, steps));
            }
            alerts.sort(MOST_URGENT_FIRST);
            return alerts;
        });
    }

    /**
     * Where the alerts of follow-ups come from (the review's improvement actions and due reviews): the same list
     * shows them below the deadlines'.
     */
    @Unguarded("wiring at start: where the follow-up alerts come from")
    public void listFollowUpsFrom(Supplier<List<FollowUpAlert>> source) {
        this.followUps = source;
    }

    /** The follow-ups coming due or overdue, overdue first, then by due instant. */
    public List<FollowUpAlert> followUps() {
        return followUps.get();
    }

    private RaisedAlert raised(Incident incident, Deadline d, List<DeadlineEscalation> steps) {
        ContingencyPlan plan = deadlines.planOf(incident);
        String lastTo = steps.stream().filter(e -> e.deadlineId() == d.id())
                .max(Comparator.comparingInt(DeadlineEscalation::step))
                .map(e -> DeadlineTexts.role(plan, e.toRole())).orElse(null);
        DeadlineEventKind kind = d.state() == DeadlineState.OPEN ? DeadlineEventKind.REMINDED
                : d.escalations() > 0 ? DeadlineEventKind.ESCALATED : DeadlineEventKind.OVERDUE;
        return new RaisedAlert(d.id(), incident.id(), incident.number().toString(), incident.title(), kind,
                DeadlineTexts.rule(d), d.actionText(), DeadlineTexts.role(plan, d.ownerRole()), d.dueAt(),
                d.escalations(), lastTo, d.acknowledgedAt(), d.acknowledgedBy(),
                EscalationChain.of(plan, d).atTop(d.escalations()) && d.escalations() > 0
                        ? plan.responseTimes().remindAfterTop() : null);
    }
}
