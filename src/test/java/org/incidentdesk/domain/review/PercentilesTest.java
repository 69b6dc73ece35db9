package org.incidentdesk.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Percentiles by linear interpolation at rank h = (n − 1)·p over the sorted values, worked by hand for each case.
 */
class PercentilesTest {
    private static double p(double[] values, double p) {
        return Percentiles.of(values, p).getAsDouble();
    }

    @Test
    void anOddCountHasItsMiddleValueAsMedianAndInterpolatesTheNinetieth() {
        // sorted 15 20 35 40 50; median: h = 4·0.5 = 2 → 35; p90: h = 4·0.9 = 3.6 → 40 + 0.6·(50 − 40) = 46
        double[] minutes = {40, 15, 50, 20, 35};
        assertEquals(35.0, p(minutes, 0.5), 1e-9);
        assertEquals(46.0, p(minutes, 0.9), 1e-9);
        assertEquals(40.0, minutes[0], "the caller's array is not reordered");
    }

    @Test
    void anEvenCountHasTheMeanOfItsMiddleTwoAsMedian() {
        // 1 2 3 4; median: h = 1.5 → 2 + 0.5·1 = 2.5; p90: h = 2.7 → 3 + 0.7·1 = 3.7
        double[] values = {4, 3, 2, 1};
        assertEquals(2.5, p(values, 0.5), 1e-9);
        assertEquals(3.7, p(values, 0.9), 1e-9);
    }

    @Test
    void tenValuesOneToTenGiveFivePointFiveAndNinePointOne() {
        // h = 9·0.5 = 4.5 → 5 + 0.5 = 5.5; h = 9·0.9 = 8.1 → 9 + 0.1·(10 − 9) = 9.1
        double[] values = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        assertEquals(5.5, p(values, 0.5), 1e-9);
        assertEquals(9.1, p(values, 0.9), 1e-9);
    }

    @Test
    void theEndsAreTheSmallestAndLargestAndOneValueIsEveryPercentile() {
        double[] values = {3, 9, 1};
        assertEquals(1.0, p(values, 0));
        assertEquals(9.0, p(values, 1));
        assertEquals(7.0, p(new double[]{7}, 0.9));
        assertEquals(7.0, p(new double[]{7}, 0.5));
    }

    @Test
    void noValuesHaveNoPercentileAndAPercentileOutsideZeroToOneIsRefused() {
        assertTrue(Percentiles.of(new double[0], 0.5).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[]{1}, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[]{1}, -0.1));
    }

    @Test
    void aDistributionGivesCountMedianAndNinetiethOnly() {
        Distribution d = Distribution.of(new double[]{40, 15, 50, 20, 35});
        assertEquals(5, d.count());
        assertEquals(35.0, d.median().getAsDouble(), 1e-9);
        assertEquals(46.0, d.p90().getAsDouble(), 1e-9);
        Distribution empty = Distribution.of(new double[0]);
        assertEquals(0, empty.count());
        assertTrue(empty.median().isEmpty());
    }
}
