package org.incidentdesk.ui.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.MetricPoint;

/**
 * The metrics of an incident as the trend chart draws them: one line per indicator, each as a share of its own
 * peak, so that reads in the hundreds of thousands and comments in the hundreds rise and fall on one readable
 * scale. Each line's name carries its peak and each point its figure, so nothing is lost by scaling.
 */
record MetricsTrend(List<Line> lines) {
    /** A point: hours since the first measurement, percent of the line's peak, the figure as reported. */
    record Point(double hours, double percentOfPeak, long value) {
    }

    /** An indicator: its name with the peak ("阅读量（峰值 560,000）") and its points in time order. */
    record Line(String fieldKey, String name, long peak, List<Point> points) {
    }

    private record Indicator(String fieldKey, Function<MetricPoint, Long> value) {
    }

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator("field.metric.reads", MetricPoint::reads),
            new Indicator("field.metric.reposts", MetricPoint::reposts),
            new Indicator("field.metric.comments", MetricPoint::comments),
            new Indicator("field.metric.likes", MetricPoint::likes),
            new Indicator("field.metric.heatIndex", MetricPoint::heatIndex));

    /** The lines of {@code points} (in time order); an indicator never reported has no line. */
    static MetricsTrend of(List<MetricPoint> points, Messages messages) {
        List<Line> lines = new ArrayList<>();
        if (points.isEmpty()) {
            return new MetricsTrend(lines);
        }
        long start = points.get(0).at().toEpochSecond();
        for (Indicator indicator : INDICATORS) {
            long peak = points.stream().map(indicator.value()).filter(v -> v != null).mapToLong(Long::longValue)
                    .max().orElse(-1);
            if (peak < 0) {
                continue;
            }
            List<Point> line = new ArrayList<>();
            for (MetricPoint p : points) {
                Long v = indicator.value().apply(p);
                if (v != null) {
                    double percent = peak == 0 ? 0 : 100.0 * v / peak;
                    line.add(new Point((p.at().toEpochSecond() - start) / 3600.0, percent, v));
                }
            }
            String name = messages.get("board.metrics.series", messages.get(indicator.fieldKey()),
                    String.format(Locale.ROOT, "%,d", peak));
            lines.add(new Line(indicator.fieldKey(), name, peak, List.copyOf(line)));
        }
        return new MetricsTrend(List.copyOf(lines));
    }
}
