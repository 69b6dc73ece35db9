package org.incidentdesk.domain.review;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * A measure across reviews: how many had a value, and the median and 90th percentile of those values (empty when
 * none had one). Means are deliberately not given: one slow incident would hide how the office usually does.
 */
public record Distribution(int count, OptionalDouble median, OptionalDouble p90) {

    /** The distribution of {@code values} (any order; the array is not changed). */
    public static Distribution of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Distribution(sorted.length, Percentiles.ofSorted(sorted, 0.5), Percentiles.ofSorted(sorted, 0.9));
    }
}
