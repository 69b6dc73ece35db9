package org.incidentdesk.service.review;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DoneAction;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.review.ReviewFigures;
import org.incidentdesk.domain.review.ReviewScorer;
import org.incidentdesk.service.escalation.DeadlineTexts;
import org.incidentdesk.store.StoreSession;

/** Computes an incident's review figures from what was read of its record, naming roles by its plan version. */
final class ReviewFiguresReader {
    private final Function<Incident, ContingencyPlan> planOf;

    ReviewFiguresReader(Function<Incident, ContingencyPlan> planOf) {
        this.planOf = planOf;
    }

    /** Reads the incident's deadlines and acts in {@code s}; {@code timeline} is its record, already read. */
    ReviewFigures of(StoreSession s, Incident incident, List<TimelineEntry> timeline, Instant now) {
        return of(incident, s.deadlines().forIncident(incident.id()), s.deadlines().actionsOf(incident.id()),
                timeline, now);
    }

    /** From what was read; {@code timeline} needs only the warning, statement and phase entries. */
    ReviewFigures of(Incident incident, List<Deadline> deadlines, List<DoneAction> done,
                     List<TimelineEntry> timeline, Instant now) {
        ContingencyPlan plan = deadlines.isEmpty() ? null : planOf.apply(incident);
        return new ReviewFigures(
                ReviewScorer.score(deadlines, now,
                        roleId -> plan == null ? roleId : DeadlineTexts.role(plan, roleId)),
                ReviewScorer.times(incident.happenedAt() == null ? null : incident.happenedAt().toInstant(),
                        incident.discoveredAt().toInstant(), done, timeline));
    }
}
