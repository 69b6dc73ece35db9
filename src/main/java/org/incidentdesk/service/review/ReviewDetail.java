package org.incidentdesk.service.review;

import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.ReconstructedTimeline;
import org.incidentdesk.domain.review.Review;
import org.incidentdesk.domain.review.ReviewFigures;
import org.incidentdesk.domain.review.ScoredDeadline;
import org.incidentdesk.domain.review.SectionAssessment;

/**
 * A review as its workspace and the command line show it, read in one transaction: the incident, the review, the
 * reconstructed timeline (stars marked), the figures scored against the plan, and the section ratings given so far.
 */
public record ReviewDetail(Incident incident, Review review, ReconstructedTimeline timeline, ReviewFigures figures,
                           List<SectionAssessment> ratings) {
    public ReviewDetail {
        ratings = List.copyOf(ratings);
    }

    public Optional<SectionAssessment> rating(PlanSection section) {
        return ratings.stream().filter(r -> r.section() == section).findFirst();
    }

    /** The scored deadlines that evidence {@code section}, by due instant (superseded ones left out). */
    public List<ScoredDeadline> evidence(PlanSection section) {
        return figures.score().evidenceOf(section);
    }
}
