package org.incidentdesk.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DoneAction;
import org.incidentdesk.domain.incident.IncidentNumber;
import org.junit.jupiter.api.Test;

/** Medians, 90th percentiles and the share met across reviews; the filter; the trend by month and week. */
class ReviewStatisticsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * A review of an incident discovered at {@code discovered}, first reported {@code reportAfter} minutes later
     * (null: never), with deadlines met in time {@code met} of {@code scored} (the rest missed).
     */
    static ReviewSummary review(int seq, String discovered, Integer reportAfter, int met, int scored, boolean drill,
                                String level) {
        Instant found = Instant.parse(discovered);
        List<Deadline> deadlines = new ArrayList<>();
        for (int i = 0; i < scored; i++) {
            deadlines.add(ReviewScorerTest.deadline(i, "r" + i, DeadlineAction.OTHER,
                    i < met ? DeadlineState.MET : DeadlineState.MISSED, found, i < met ? found : null));
        }
        List<DoneAction> done = reportAfter == null ? List.of()
                : List.of(new DoneAction(DeadlineAction.REPORT_FIRST, found.plus(Duration.ofMinutes(reportAfter))));
        ReviewFigures figures = new ReviewFigures(ReviewScorer.score(deadlines, found, r -> r),
                ReviewScorer.times(null, found, done, List.of()));
        return new ReviewSummary(seq, new IncidentNumber(2026, seq), "事件" + seq, "inquiry", level, level, found,
                ReviewState.FINISHED, drill, figures);
    }

    @Test
    void eachMeasureHasTheMedianAndNinetiethOfTheReviewsThatHaveIt() {
        List<ReviewSummary> reviews = List.of(
                review(1, "2026-01-05T02:00:00Z", 40, 1, 1, false, "II"),
                review(2, "2026-01-06T02:00:00Z", 15, 1, 2, false, "II"),
                review(3, "2026-01-07T02:00:00Z", 50, 0, 0, false, "III"),
                review(4, "2026-02-07T02:00:00Z", 20, 3, 4, true, "III"),
                review(5, "2026-02-08T02:00:00Z", 35, 0, 1, false, "III"),
                review(6, "2026-02-09T02:00:00Z", null, 1, 1, false, "III"));

        ReviewStatistics stats = ReviewStatistics.of(reviews);

        assertEquals(6, stats.reviews());
        Distribution report = stats.of(ReviewMeasure.FIRST_REPORT_FROM_DISCOVERY);
        // the five reports: 15 20 35 40 50 → median 35, p90 = 40 + 0.6·10 = 46 (review 6 never reported)
        assertEquals(5, report.count());
        assertEquals(35.0, report.median().getAsDouble(), 1e-9);
        assertEquals(46.0, report.p90().getAsDouble(), 1e-9);
        assertEquals(report, stats.of(ReviewMeasure.FIRST_REPORT_FROM_EVENT), "event time unknown: counts from discovery");
        Distribution share = stats.of(ReviewMeasure.SHARE_MET);
        // shares 1, 0.5, 0.75, 0, 1 (review 3 had no deadlines and no share) → sorted 0 .5 .75 1 1: median .75,
        // p90 at h = 3.6 → 1 + 0.6·0 = 1
        assertEquals(5, share.count());
        assertEquals(0.75, share.median().getAsDouble(), 1e-9);
        assertEquals(1.0, share.p90().getAsDouble(), 1e-9);
        assertEquals(0, stats.of(ReviewMeasure.CALM_FROM_DISCOVERY).count());
        assertTrue(stats.of(ReviewMeasure.CALM_FROM_DISCOVERY).median().isEmpty());
    }

    @Test
    void theFilterTakesAPeriodByDiscoveryACategoryALevelAndDrillOrReal() {
        List<ReviewSummary> reviews = List.of(
                review(1, "2026-01-05T02:00:00Z", 40, 1, 1, false, "II"),
                review(2, "2026-02-07T02:00:00Z", 20, 3, 4, true, "III"),
                review(3, "2026-02-28T15:59:59Z", 20, 3, 4, false, "III"));
        ReviewFilter february = new ReviewFilter(Instant.parse("2026-01-31T16:00:00Z"),
                Instant.parse("2026-02-28T16:00:00Z"), null, null, null);
        assertEquals(List.of(2, 3), seqs(reviews.stream().filter(february::accepts).toList()));
        assertEquals(List.of(1, 3), seqs(reviews.stream().filter(new ReviewFilter(null, null, null, null, false)::accepts)
                .toList()));
        assertEquals(List.of(1), seqs(reviews.stream().filter(new ReviewFilter(null, null, "inquiry", "II", null)::accepts)
                .toList()));
        assertFalse(new ReviewFilter(null, null, "rumour", null, null).accepts(reviews.getFirst()));
    }

    @Test
    void theMonthlyTrendHasOnePointPerMonthInTheOfficesZoneEmptyMonthsIncluded() {
        List<ReviewSummary> reviews = List.of(
                review(1, "2026-01-05T02:00:00Z", 40, 1, 1, false, "II"),
                review(2, "2026-01-31T17:00:00Z", 10, 1, 1, false, "II"), // 1 February 01:00 in Shanghai
                review(3, "2026-03-10T02:00:00Z", 30, 0, 1, false, "II"));
        ReviewTrend trend = ReviewTrend.of(reviews, TrendStep.MONTH, ZONE);
        assertEquals(Map.of(LocalDate.of(2026, 1, 1), 1, LocalDate.of(2026, 2, 1), 1, LocalDate.of(2026, 3, 1), 1),
                trend.counts());
        assertEquals(10.0, trend.points().get(1).statistics().of(ReviewMeasure.FIRST_REPORT_FROM_DISCOVERY)
                .median().getAsDouble(), 1e-9);

        ReviewTrend weekly = ReviewTrend.of(reviews.subList(0, 2), TrendStep.WEEK, ZONE);
        // Monday 2026-01-05 to the week of Sunday 2026-02-01 (Monday 2026-01-26): four weeks, two of them empty
        assertEquals(List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 19),
                LocalDate.of(2026, 1, 26)), weekly.points().stream().map(ReviewTrend.Point::start).toList());
        assertEquals(0, weekly.points().get(1).statistics().reviews());
        assertTrue(ReviewTrend.of(List.of(), TrendStep.WEEK, ZONE).points().isEmpty());
    }

    private static List<Integer> seqs(List<ReviewSummary> reviews) {
        return reviews.stream().map(r -> r.number().sequence()).toList();
    }
}
