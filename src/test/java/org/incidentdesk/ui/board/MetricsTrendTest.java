package org.incidentdesk.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.MetricPoint;
import org.junit.jupiter.api.Test;

/** Reads in the hundreds of thousands and comments in the hundreds share one scale: a share of each one's peak. */
class MetricsTrendTest {
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);

    private static MetricPoint point(String at, Long reads, Long comments) {
        return new MetricPoint(0, 1, OffsetDateTime.parse(at), reads, null, comments, null, null, "", null, "");
    }

    @Test
    void eachIndicatorIsDrawnAsAShareOfItsOwnPeakAndKeepsItsFigures() {
        MetricsTrend trend = MetricsTrend.of(List.of(
                point("2026-03-01T20:00+08:00", 140_000L, 100L),
                point("2026-03-01T22:00+08:00", 560_000L, 400L),
                point("2026-03-02T02:00+08:00", 280_000L, null)), zh);

        assertEquals(List.of("阅读数（峰值 560,000）", "跟帖数（峰值 400）"),
                trend.lines().stream().map(MetricsTrend.Line::name).toList(), "unreported indicators have no line");
        MetricsTrend.Line reads = trend.lines().get(0);
        assertEquals(List.of(25.0, 100.0, 50.0), reads.points().stream().map(MetricsTrend.Point::percentOfPeak).toList());
        assertEquals(List.of(0.0, 2.0, 6.0), reads.points().stream().map(MetricsTrend.Point::hours).toList());
        assertEquals(560_000L, reads.points().get(1).value());
        MetricsTrend.Line comments = trend.lines().get(1);
        assertEquals(List.of(25.0, 100.0), comments.points().stream().map(MetricsTrend.Point::percentOfPeak).toList(),
                "comments rise on the same scale as reads although a thousand times fewer");
    }

    @Test
    void anIndicatorThatStaysAtZeroIsAFlatLineNotADivisionByZero() {
        MetricsTrend trend = MetricsTrend.of(List.of(point("2026-03-01T20:00+08:00", null, 0L),
                point("2026-03-01T21:00+08:00", null, 0L)), zh);

        assertEquals(List.of(0.0, 0.0), trend.lines().get(0).points().stream()
                .map(MetricsTrend.Point::percentOfPeak).toList());
    }
}
