package org.incidentdesk.service.review;

import java.util.List;
import org.incidentdesk.domain.review.ReviewStatistics;
import org.incidentdesk.domain.review.ReviewSummary;
import org.incidentdesk.domain.review.ReviewTrend;

/** The review list under a filter: the rows (newest incident number first), their statistics and their trend. */
public record ReviewListing(List<ReviewSummary> reviews, ReviewStatistics statistics, ReviewTrend trend) {
    public ReviewListing {
        reviews = List.copyOf(reviews);
    }
}
