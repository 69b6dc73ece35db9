package org.incidentdesk.domain.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review figures over time, for a chart: one point per week or month (by the day each incident was discovered,
 * in the office's zone) from the first to the last period that has a review, empty periods included with no
 * reviews, each with the statistics of its reviews.
 */
public record ReviewTrend(TrendStep step, List<Point> points) {
    public ReviewTrend {
        points = List.copyOf(points);
    }

    /** One period: its first day and the statistics of the reviews of incidents discovered in it. */
    public record Point(LocalDate start, ReviewStatistics statistics) {
    }

    public static ReviewTrend of(List<ReviewSummary> reviews, TrendStep step, ZoneId zone) {
        TreeMap<LocalDate, List<ReviewSummary>> byPeriod = new TreeMap<>();
        for (ReviewSummary r : reviews) {
            LocalDate start = step.start(LocalDate.ofInstant(r.discoveredAt(), zone));
            byPeriod.computeIfAbsent(start, d -> new ArrayList<>()).add(r);
        }
        List<Point> points = new ArrayList<>();
        if (!byPeriod.isEmpty()) {
            for (LocalDate d = byPeriod.firstKey(); !d.isAfter(byPeriod.lastKey()); d = step.next(d)) {
                points.add(new Point(d, ReviewStatistics.of(byPeriod.getOrDefault(d, List.of()))));
            }
        }
        return new ReviewTrend(step, points);
    }

    /** The periods with their review counts, for a quick look. */
    public Map<LocalDate, Integer> counts() {
        Map<LocalDate, Integer> counts = new TreeMap<>();
        points.forEach(p -> counts.put(p.start(), p.statistics().reviews()));
        return counts;
    }
}
