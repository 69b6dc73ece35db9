package org.incidentdesk.service.review;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.event.ReviewChanged;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.Review;
import org.incidentdesk.domain.review.ReviewFigures;
import org.incidentdesk.domain.review.ReviewState;
import org.incidentdesk.domain.review.SectionAssessment;
import org.incidentdesk.domain.review.SectionRating;
import org.incidentdesk.domain.review.TimelineReconstruction;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.incident.IncidentRecorder;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.IncidentVisibility;

/**
 * The after-action review (总结评估) of one incident: opened on demand once the incident has calmed or ended, its
 * timeline entries starred, its plan sections rated, finished and reopened. Each write is one transaction with
 * its audit row; opening, finishing and reopening are also steps on the incident's record (through
 * {@link IncidentRecorder}, so an archived incident's review no longer changes). A finished review is read-only
 * until reopened. Thread-safe.
 */
public final class ReviewService {
    /** The longest note a section rating keeps, in characters. */
    public static final int NOTE_LIMIT = 2000;

    private final Store store;
    private final Clock clock;
    private final IncidentRecorder recorder;
    private final EventBus events;
    private final ReviewFiguresReader figures;

    /** {@code planOf} gives the plan version an incident runs under (to name its roles). */
    private final ActorSource actors;

    public ReviewService(Store store, Clock clock, ActorSource actors, EventBus events,
                         Function<Incident, ContingencyPlan> planOf) {
        this.store = store;
        this.clock = clock;
        this.events = events;
        this.recorder = new IncidentRecorder(clock, actors, events);
        this.actors = actors;
        this.figures = new ReviewFiguresReader(planOf);
    }

    public Optional<Review> find(long incidentId) {
        return store.inTransaction(s -> s.reviews().find(incidentId));
    }

    /**
     * The incident's review, opened now (a draft, marked as a drill's or not) when it has none; an existing review
     * is returned as it is. Refused while the incident is still open, or when it is archived.
     */
    public Review open(long incidentId, boolean drill) {
        Access.require(actors, Permission.REVIEW_WRITE);
        return store.inTransaction(s -> {
            Incident incident = IncidentRecorder.changeable(s, incidentId);
            Optional<Review> existing = s.reviews().find(incidentId);
            if (existing.isPresent()) {
                return existing.get();
            }
            if (incident.phase().isOpen()) {
                throw refused("incidentPhase", "review.incidentOpen", incident.number().toString(), incident.phase());
            }
            Stamp stamp = recorder.stamp();
            if (!s.reviews().insert(incidentId, drill, stamp)) {
                return s.reviews().find(incidentId).orElseThrow(); // another workstation opened it just now
            }
            recorder.record(s, incidentId, new TimelineFact.ReviewStep(TimelineFact.ReviewStepKind.OPENED, drill),
                    null, stamp);
            changed(s, incidentId);
            return s.reviews().find(incidentId).orElseThrow();
        });
    }

    /** Finishes the draft read as {@code read} (refused as stale when it changed since). */
    public Review finish(Review read) {
        Access.require(actors, Permission.REVIEW_WRITE);
        return step(read, ReviewState.FINISHED, TimelineFact.ReviewStepKind.FINISHED);
    }

    /** Reopens the finished review read as {@code read}, to change it again. */
    public Review reopen(Review read) {
        Access.require(actors, Permission.REVIEW_WRITE);
        return step(read, ReviewState.DRAFT, TimelineFact.ReviewStepKind.REOPENED);
    }

    /** Marks the draft read as {@code read} as a drill's review or a real one. */
    public Review markDrill(Review read, boolean drill) {
        Access.require(actors, Permission.REVIEW_WRITE);
        return store.inTransaction(s -> {
            Incident incident = IncidentRecorder.changeable(s, read.incidentId());
            draft(s, incident);
            Stamp stamp = recorder.stamp();
            s.reviews().update(read, read.state(), drill, null, null, stamp, incident.number());
            s.audit().append(stamp, "review.drill", "review", incident.number().toString(),
                    new FieldChange("drill", String.valueOf(read.drill()), String.valueOf(drill)));
            changed(s, read.incidentId());
            return s.reviews().find(read.incidentId()).orElseThrow();
        });
    }

    /**
     * Stars (or unstars) timeline entry {@code entryId} of the incident in its draft review; returns whether
     * anything changed (starring a starred entry does not).
     */
    public boolean star(long incidentId, long entryId, boolean starred) {
        Access.require(actors, Permission.REVIEW_WRITE);
        return store.inTransaction(s -> {
            Incident incident = IncidentRecorder.changeable(s, incidentId);
            draft(s, incident);
            if (!s.timeline().holds(incidentId, entryId)) {
                throw refused("timelineEntry", "review.unknownEntry", incident.number().toString(), entryId);
            }
            Stamp stamp = recorder.stamp();
            boolean changed = starred ? s.reviews().star(incidentId, entryId, stamp)
                    : s.reviews().unstar(incidentId, entryId);
            if (changed) {
                s.audit().append(stamp, starred ? "review.star" : "review.unstar", "review",
                        incident.number().toString(), FieldChange.set("timelineEntry", String.valueOf(entryId)));
                changed(s, incidentId);
            }
            return changed;
        });
    }

    /**
     * Rates {@code section} of the incident's draft review, with the reviewer's note (may be empty).
     * {@code read} is the rating as it was read (null when the section was not rated yet): a rating changed since
     * is refused as stale.
     */
    public SectionAssessment rate(long incidentId, PlanSection section, SectionRating rating, String note,
                                  SectionAssessment read) {
        Access.require(actors, Permission.REVIEW_WRITE);
        String text = note == null ? "" : note.strip();
        int length = text.codePointCount(0, text.length());
        if (length > NOTE_LIMIT) {
            throw refused("reviewRating", "review.noteTooLong", NOTE_LIMIT, length);
        }
        return store.inTransaction(s -> {
            Incident incident = IncidentRecorder.changeable(s, incidentId);
            draft(s, incident);
            Stamp stamp = recorder.stamp();
            Optional<SectionAssessment> current = s.reviews().rating(incidentId, section);
            if (read == null && current.isEmpty()) {
                s.reviews().insertRating(incidentId, section, rating, text, stamp);
            } else if (read == null) {
                throw new org.incidentdesk.domain.common.StaleDataException("reviewRating", incident.number(),
                        current.get().ratedBy(), current.get().ratedAt());
            } else {
                s.reviews().updateRating(read, rating, text, stamp, incident.number());
            }
            s.audit().append(stamp, "review.rate", "review", incident.number().toString(),
                    FieldChange.set("section", section.name()),
                    new FieldChange("rating", read == null ? null : read.rating().name(), rating.name()),
                    FieldChange.set("note", text));
            changed(s, incidentId);
            return s.reviews().rating(incidentId, section).orElseThrow();
        });
    }

    /** The review with its reconstructed timeline, figures and ratings; refused when the incident has none. */
    public ReviewDetail detail(long incidentId) {
        return store.inTransaction(s -> {
            Incident incident = IncidentRecorder.load(s, incidentId);
            IncidentVisibility.requireSees(s, actors, incidentId, incident.number());
            Review review = s.reviews().find(incidentId).orElseThrow(() -> refused("review", "review.unknown",
                    incident.number().toString()));
            var timeline = s.timeline().forIncident(incidentId);
            Set<Long> starred = s.reviews().starred(incidentId);
            return new ReviewDetail(incident, review,
                    TimelineReconstruction.of(timeline, s.metrics().forIncident(incidentId), starred),
                    figures.of(s, incident, timeline, clock.instant()), s.reviews().ratings(incidentId));
        });
    }

    /** The incident's figures as of now, whether or not it has a review (a drill reports them for each incident). */
    public ReviewFigures figures(long incidentId) {
        return store.inTransaction(s -> {
            Incident incident = IncidentRecorder.load(s, incidentId);
            IncidentVisibility.requireSees(s, actors, incidentId, incident.number());
            return figures.of(s, incident, s.timeline().forIncident(incidentId), clock.instant());
        });
    }

    private Review step(Review read, ReviewState to, TimelineFact.ReviewStepKind kind) {
        return store.inTransaction(s -> {
            Incident incident = IncidentRecorder.changeable(s, read.incidentId());
            Review current = existing(s, incident);
            if (current.state() == to) {
                throw refused("review", to == ReviewState.FINISHED ? "review.finished" : "review.notFinished",
                        incident.number().toString());
            }
            Stamp stamp = recorder.stamp();
            boolean finishing = to == ReviewState.FINISHED;
            s.reviews().update(read, to, read.drill(), finishing ? stamp.at() : null,
                    finishing ? stamp.actor().name() : null, stamp, incident.number());
            recorder.record(s, read.incidentId(), new TimelineFact.ReviewStep(kind, read.drill()), null, stamp);
            changed(s, read.incidentId());
            return s.reviews().find(read.incidentId()).orElseThrow();
        });
    }

    private static Review existing(StoreSession s, Incident incident) {
        return s.reviews().find(incident.id()).orElseThrow(() -> refused("review", "review.unknown",
                incident.number().toString()));
    }

    /** The incident's review, refused when there is none or it is finished. */
    private static Review draft(StoreSession s, Incident incident) {
        Review review = existing(s, incident);
        if (review.finished()) {
            throw refused("review", "review.finished", incident.number().toString());
        }
        return review;
    }

    private void changed(StoreSession s, long incidentId) {
        s.raise(new ReviewChanged(events.origin(), incidentId));
    }

    private static ValidationException refused(String field, String key, Object... args) {
        return new ValidationException(List.of(Violation.of(field, key, args)));
    }
}
