package org.incidentdesk.domain.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Each {@link ReviewMeasure}'s distribution over a set of reviews. */
public record ReviewStatistics(int reviews, Map<ReviewMeasure, Distribution> measures) {
    public ReviewStatistics {
        measures = Collections.unmodifiableMap(new EnumMap<>(measures));
    }

    public Distribution of(ReviewMeasure measure) {
        return measures.get(measure);
    }

    /** The statistics of {@code reviews}: one pass per measure over the figures already computed. */
    public static ReviewStatistics of(List<ReviewSummary> reviews) {
        Map<ReviewMeasure, Distribution> measures = new EnumMap<>(ReviewMeasure.class);
        for (ReviewMeasure measure : ReviewMeasure.values()) {
            double[] values = new double[reviews.size()];
            int n = 0;
            for (ReviewSummary review : reviews) {
                OptionalDouble value = measure.of(review.figures());
                if (value.isPresent()) {
                    values[n++] = value.getAsDouble();
                }
            }
            measures.put(measure, Distribution.of(java.util.Arrays.copyOf(values, n)));
        }
        return new ReviewStatistics(reviews.size(), measures);
    }
}
