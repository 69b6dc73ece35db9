package org.incidentdesk.domain.review;

import java.time.Instant;

/**
 * The reviewer's rating of one plan section of a review, with the words they wrote for it (may be empty), who
 * rated it and when; {@code version} is the row's optimistic-locking version.
 */
public record SectionAssessment(long incidentId, PlanSection section, SectionRating rating, String note,
                                Instant ratedAt, String ratedBy, int version) {
    public SectionAssessment {
        note = note == null ? "" : note;
    }
}
