package org.incidentdesk.service.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.store.Store;

/**
 * The 时限一览: every deadline of one incident, or the office's open deadlines falling due within a horizon (and
 * those already overdue), as rows a person reads — the act in the plan's words, who owes it, when it is due, where
 * it stands and when it was met. Thread-safe; never call it on the JavaFX thread.
 */
public final class DeadlineOverview {
    /** The office's view looks this far ahead by default ("due in the next 2 hours"). */
    public static final Duration OFFICE_HORIZON = Duration.ofHours(2);

    private final Store store;
    private final Clock clock;
    private final DeadlineService deadlines;

    public DeadlineOverview(Store store, Clock clock, DeadlineService deadlines) {
        this.store = store;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** Where a deadline stands, for a person. */
    public enum Standing {
        /** Open and not yet due (a 立即 duty inside its response window too). */
        DUE,
        OVERDUE,
        MET,
        MET_LATE,
        /** Closed without the act after it fell due. */
        MISSED,
        /** No longer required before it fell due. */
        SUPERSEDED;

        static Standing of(Deadline d, Instant now) {
            return switch (d.state()) {
                case OPEN -> d.dueAt().isAfter(now) ? DUE : OVERDUE;
                case OVERDUE -> OVERDUE;
                case MET -> d.metInTime() ? MET : MET_LATE;
                case MISSED -> MISSED;
                case SUPERSEDED -> SUPERSEDED;
            };
        }
    }

    /** One deadline as the overview shows it; {@code owner} is the plan's name of the role that owes the act. */
    public record Row(long deadlineId, long incidentId, String incidentNumber, String incidentTitle, String rule,
                      String act, String ownerRole, String owner, Instant due, Standing standing, Instant metAt,
                      String metBy) {
    }

    /** Every deadline of the incident, by due instant. */
    public List<Row> ofIncident(long incidentId) {
        Instant now = clock.instant();
        return store.inTransaction(s -> {
            Incident incident = s.incidents().find(incidentId).orElseThrow();
            return s.deadlines().forIncident(incidentId).stream().sorted(Comparator.comparing(Deadline::dueAt))
                    .map(d -> row(d, incident, now)).toList();
        });
    }

    /** The office's open deadlines due within {@code horizon} from now, the overdue ones first, by due instant. */
    public List<Row> dueWithin(Duration horizon) {
        Instant now = clock.instant();
        Instant until = now.plus(horizon);
        List<Deadline> soon = deadlines.open().stream().filter(d -> !d.dueAt().isAfter(until))
                .sorted(Comparator.comparing(Deadline::dueAt)).toList();
        return store.inTransaction(s -> {
            Map<Long, Incident> incidents = soon.stream().map(Deadline::incidentId).distinct()
                    .map(id -> s.incidents().find(id).orElseThrow())
                    .collect(Collectors.toMap(Incident::id, Function.identity()));
            return soon.stream().map(d -> row(d, incidents.get(d.incidentId()), now)).toList();
        });
    }

    private Row row(Deadline d, Incident incident, Instant now) {
        ContingencyPlan plan = deadlines.planOf(incident);
        return new Row(d.id(), incident.id(), incident.number().toString(), incident.title(), DeadlineTexts.rule(d),
                d.actionText(), d.ownerRole(), DeadlineTexts.role(plan, d.ownerRole()), d.dueAt(),
                Standing.of(d, now), d.state() == DeadlineState.MET ? d.metAt() : null, d.metBy());
    }
}
