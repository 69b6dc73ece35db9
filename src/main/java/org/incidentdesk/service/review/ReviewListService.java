package org.incidentdesk.service.review;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DoneAction;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.review.Review;
import org.incidentdesk.domain.review.ReviewFilter;
import org.incidentdesk.domain.review.ReviewStatistics;
import org.incidentdesk.domain.review.ReviewSummary;
import org.incidentdesk.domain.review.ReviewTrend;
import org.incidentdesk.domain.review.TrendStep;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.security.IncidentVisibility;
import org.incidentdesk.store.Store;

/**
 * The list of all reviews with their figures, across incidents. Reads every reviewed incident's record in a fixed
 * number of queries (incidents, reviews, deadlines, acts, and the few timeline facts the time-to figures need),
 * never one query per incident, then filters, summarises (median and 90th percentile) and charts in memory.
 */
public final class ReviewListService {
    /** The timeline facts the time-to figures are read from (warning issued, statement released, phase moves). */
    private static final List<String> MILESTONE_FACTS = List.of(TimelineFact.WarningStep.class.getSimpleName(),
            TimelineFact.StatementReleased.class.getSimpleName(), TimelineFact.PhaseMoved.class.getSimpleName());

    private final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final ZoneId zone;
    private final ReviewFiguresReader figures;

    public ReviewListService(Store store, Clock clock, ZoneId zone, ActorSource actors,
                             Function<Incident, ContingencyPlan> planOf) {
        this.store = store;
        this.actors = actors;
        this.clock = clock;
        this.zone = zone;
        this.figures = new ReviewFiguresReader(planOf);
    }

    /** The reviews {@code filter} accepts, newest incident number first, with their figures as of now. */
    public List<ReviewSummary> list(ReviewFilter filter) {
        return all().stream().filter(filter::accepts).toList();
    }

    /** The filtered list with its statistics and its trend by {@code step} (in the office's zone). */
    public ReviewListing listing(ReviewFilter filter, TrendStep step) {
        List<ReviewSummary> reviews = list(filter);
        return new ReviewListing(reviews, ReviewStatistics.of(reviews), ReviewTrend.of(reviews, step, zone));
    }

    private List<ReviewSummary> all() {
        Instant now = clock.instant();
        return store.inTransaction(s -> {
            List<Incident> incidents = s.incidents().reviewed(IncidentVisibility.scope(actors));
            Map<Long, Review> reviews = new HashMap<>();
            s.reviews().all().forEach(r -> reviews.put(r.incidentId(), r));
            Map<Long, List<Deadline>> deadlines = s.deadlines().ofReviewedIncidents();
            Map<Long, List<DoneAction>> acts = s.deadlines().actionsOfReviewedIncidents();
            Map<Long, List<TimelineEntry>> milestones = s.timeline().ofReviewedIncidents(MILESTONE_FACTS);
            List<ReviewSummary> rows = new ArrayList<>(incidents.size());
            for (Incident incident : incidents) {
                Review review = reviews.get(incident.id());
                rows.add(new ReviewSummary(incident.id(), incident.number(), incident.title(), incident.categoryId(),
                        incident.level() == null ? null : incident.level().id(),
                        incident.level() == null ? null : incident.level().label(),
                        incident.discoveredAt().toInstant(), review.state(), review.drill(),
                        figures.of(incident, deadlines.getOrDefault(incident.id(), List.of()),
                                acts.getOrDefault(incident.id(), List.of()),
                                milestones.getOrDefault(incident.id(), List.of()), now)));
            }
            return rows;
        });
    }
}
