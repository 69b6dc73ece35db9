package org.incidentdesk.domain.review;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Percentiles by linear interpolation between the closest ranks (the method of Excel's PERCENTILE.INC and R's
 * default, type 7): for {@code n} sorted values the p-th percentile lies at rank {@code h = (n − 1)·p}, between
 * the values at {@code ⌊h⌋} and {@code ⌊h⌋ + 1}. So the median of an even count is the mean of the middle two, and
 * a single value is every percentile of itself.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /** The {@code p}-th percentile (0 ≤ p ≤ 1) of {@code values} in any order; empty when there are none. */
    public static OptionalDouble of(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, p);
    }

    /** As {@link #of}, for values already sorted ascending (not checked). */
    public static OptionalDouble ofSorted(double[] sorted, double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("a percentile lies between 0 and 1: " + p);
        }
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        double rank = (sorted.length - 1) * p;
        int below = (int) Math.floor(rank);
        if (below + 1 >= sorted.length) {
            return OptionalDouble.of(sorted[sorted.length - 1]);
        }
        return OptionalDouble.of(sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below]));
    }

    public static OptionalDouble median(double[] values) {
        return of(values, 0.5);
    }
}
