package org.incidentdesk.service.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.event.ReviewWrittenChanged.Part;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.domain.plan.ReviewTime;
import org.incidentdesk.domain.review.FollowUpStage;
import org.incidentdesk.domain.review.FollowUps;
import org.incidentdesk.domain.review.ReviewDue;
import org.incidentdesk.domain.review.ReviewSchedule;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.service.security.Unguarded;

/**
 * When each incident's review is due: the plan's {@link ReviewTime} after the response ended (平息/终止). The due
 * date is stored when the incident ends, in the same transaction, and its alerts armed ({@link FollowUpAlarms});
 * review record's FINISHED and REOPENED steps finish and reopen it. Thread-safe; never call it on the JavaFX thread.
 */
public final class ReviewDueService {
    private final ReviewWriting writing;
    private final ActionOwners plans;

    ReviewDueService(ReviewWriting writing, ActionOwners plans) {
        this.writing = writing;
        this.plans = plans;
    }

    /**
     * Stores the review's due date of each incident as it ends, and records the review finished or open again as
     * the review record says so (its FINISHED and REOPENED steps), inside the transaction of that change.
     */
    @Unguarded("wiring: stores review due dates as incidents end; each change is guarded where made")
    public Runnable followIncidents() {
        return writing.events().subscribeWithin(IncidentChanged.class, (s, change) -> {
            if (change.kind() == TimelineKind.PHASE) {
                schedule(s, ReviewWriting.incident(s, change.incidentId()));
            } else if (change.kind() == TimelineKind.REVIEW) {
                s.timeline().forIncident(change.incidentId(), TimelineKind.REVIEW).stream()
                        .filter(e -> e.id() == change.timelineEntryId())
                        .map(e -> e.fact() instanceof TimelineFact.ReviewStep step ? step.step() : null)
                        .findFirst().ifPresent(step -> followReview(s, change.incidentId(), step));
            }
        });
    }

    private void followReview(StoreSession s, long incidentId, TimelineFact.ReviewStepKind step) {
        if (step == TimelineFact.ReviewStepKind.FINISHED) {
            finished(s, incidentId, writing.stamp());
        } else if (step == TimelineFact.ReviewStepKind.REOPENED) {
            reopened(s, incidentId, writing.stamp());
        }
    }

    /**
     * At start: stores the due date of every ended incident that has none (ended before this existed). Which have
     * one is read once, not asked incident by incident (thousands of queries on every start).
     */
    @Unguarded("the workstation at start stores the due dates of ended incidents")
    public int scheduleEndedIncidents() {
        return writing.store.inTransaction(s -> {
            Set<Long> scheduled = s.reviewSchedules().all().stream().map(ReviewSchedule::incidentId)
                    .collect(Collectors.toSet());
            return (int) s.incidents().list().stream()
                    .filter(i -> !i.phase().isOpen() && !scheduled.contains(i.id()))
                    .filter(i -> schedule(s, i)).count();
        });
    }

    private boolean schedule(StoreSession s, Incident incident) {
        if (incident.phase().isOpen() || s.reviewSchedules().find(incident.id()).isPresent()) {
            return false;
        }
        Instant ended = endedAt(s, incident);
        ReviewTime time = plans.planOf(incident).reviewTime();
        Instant due = ended.plus(time.within());
        FollowUpStage next = FollowUps.nextAlert(null);
        Stamp stamp = writing.stamp();
        s.reviewSchedules().insert(incident.id(), ended, due, next, FollowUps.alertAt(next, due), stamp);
        s.audit().append(stamp, "schedule", "review", incident.id(), FieldChange.set("endedAt", ended.toString()),
                FieldChange.set("dueAt", due.toString()), FieldChange.set("defaulted",
                        String.valueOf(time.origin().defaulted())));
        writing.changed(s, incident.id(), Part.SCHEDULE, incident.id());
        return true;
    }

    /** When the response ended: the first move to 平息/终止 or later on the record. */
    private static Instant endedAt(StoreSession s, Incident incident) {
        return s.timeline().forIncident(incident.id(), TimelineKind.PHASE).stream()
                .filter(e -> e.fact() instanceof TimelineFact.PhaseMoved move
                        && move.to().ordinal() >= IncidentPhase.ENDED.ordinal())
                .map(TimelineEntry::at).findFirst().orElse(incident.updatedAt());
    }

    /** Where the incident's review stands now. */
    public ReviewDue due(long incidentId) {
        return writing.store.inTransaction(s -> due(s, ReviewWriting.incident(s, incidentId),
                s.reviewSchedules().find(incidentId), writing.clock().instant()));
    }

    /** Where every incident's review stands now, by incident id: for the review list. */
    public Map<Long, ReviewDue> dueStates() {
        return writing.store.inTransaction(s -> {
            Instant now = writing.clock().instant();
            Map<Long, ReviewSchedule> schedules = new LinkedHashMap<>();
            s.reviewSchedules().all().forEach(r -> schedules.put(r.incidentId(), r));
            Map<Long, ReviewDue> states = new LinkedHashMap<>();
            for (Incident incident : s.incidents().list()) {
                states.put(incident.id(), due(s, incident, Optional.ofNullable(schedules.get(incident.id())), now));
            }
            return states;
        });
    }

    private ReviewDue due(StoreSession s, Incident incident, Optional<ReviewSchedule> schedule, Instant now) {
        ReviewTime time = plans.planOf(incident).reviewTime();
        boolean defaulted = time.origin().defaulted();
        if (schedule.isEmpty()) {
            Instant ended = incident.phase().isOpen() ? null : endedAt(s, incident);
            Instant due = ended == null ? null : ended.plus(time.within());
            return new ReviewDue(incident.id(), ended, time.within(), defaulted, due, null,
                    FollowUps.reviewState(due, null, now));
        }
        ReviewSchedule r = schedule.get();
        return new ReviewDue(incident.id(), r.endedAt(), time.within(), defaulted, r.dueAt(), r.finishedAt(),
                FollowUps.reviewState(r.dueAt(), r.finishedAt(), now));
    }

    /** The review record was finished (in this transaction): the due date is met and its alerts stop. */
    private void finished(StoreSession s, long incidentId, Stamp stamp) {
        Incident incident = ReviewWriting.incident(s, incidentId);
        schedule(s, incident);
        ReviewSchedule before = s.reviewSchedules().find(incidentId).orElseThrow(() -> ReviewWriting.refused(
                "review", "review.due.notEnded", incident.number().toString()));
        if (before.finishedAt() != null) {
            return;
        }
        s.reviewSchedules().finish(before, stamp.at(), null, null, stamp);
        s.audit().append(stamp, "finish", "review", incidentId, FieldChange.set("finishedAt", stamp.at().toString()));
        writing.changed(s, incidentId, Part.SCHEDULE, incidentId);
    }

    /** The review record was reopened for changes: its alerts come back from where they stood. */
    private void reopened(StoreSession s, long incidentId, Stamp stamp) {
        ReviewSchedule before = s.reviewSchedules().find(incidentId).orElseThrow(() -> ReviewWriting.refused(
                "review", "review.due.notEnded", String.valueOf(incidentId)));
        if (before.finishedAt() == null) {
            return;
        }
        FollowUpStage next = FollowUps.nextAlert(before.raised());
        s.reviewSchedules().finish(before, null, next, next == null ? null : FollowUps.alertAt(next, before.dueAt()),
                stamp);
        s.audit().append(stamp, "reopen", "review", incidentId,
                new FieldChange("finishedAt", before.finishedAt().toString(), null));
        writing.changed(s, incidentId, Part.SCHEDULE, incidentId);
    }
}
