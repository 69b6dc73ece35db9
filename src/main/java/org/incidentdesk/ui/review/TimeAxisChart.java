package org.incidentdesk.ui.review;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.ReconstructedTimeline;

/**
 * The review's one time axis: the heat index and the comments (each as a share of its own peak, so both read on
 * one scale, the peak in the legend) and the office's actions as marks along the bottom (starred ones higher and
 * apart), each mark telling its entry and selecting it when clicked. The axis reads in the office's clock time.
 */
final class TimeAxisChart {
    private static final double ACTION_ROW = 4;
    private static final double STARRED_ROW = 10;

    private final ReviewTexts texts;
    private final Messages messages;
    private final NumberAxis time = new NumberAxis();
    // a little over 100, so a point at the peak is drawn whole
    private final NumberAxis percent = new NumberAxis(0, 106, 25);
    private final LineChart<Number, Number> chart = new LineChart<>(time, percent);
    private LongConsumer onAction = id -> { };

    TimeAxisChart(ReviewTexts texts) {
        this.texts = texts;
        this.messages = texts.messages();
        chart.setId("review-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(180);
        // room for the last time label, which is centred on the axis's end
        chart.setPadding(new javafx.geometry.Insets(4, 36, 4, 4));
        time.setForceZeroInRange(false);
        time.setMinorTickVisible(false);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number minute) {
                return texts.time(Instant.ofEpochSecond(minute.longValue() * 60));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        percent.setLabel(messages.get("reviewui.chart.percent"));
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    /** What clicking an action mark does: it is given the entry's id. */
    void onAction(LongConsumer action) {
        this.onAction = action;
    }

    void show(ReconstructedTimeline timeline) {
        chart.getData().clear();
        Map<Long, ReconstructedTimeline.ReviewEntry> entries = new HashMap<>();
        timeline.entries().forEach(e -> entries.put(e.entry().id(), e));
        addMetric(timeline.metrics(), "reviewui.chart.heat", s -> s.heat() == null ? -1 : s.heat());
        addMetric(timeline.metrics(), "reviewui.chart.comments", s -> s.comments() == null ? -1 : s.comments());
        addActions(timeline.actions().stream().filter(a -> !a.starred()).toList(), "reviewui.chart.actions",
                ACTION_ROW, entries, "review-chart-actions");
        addActions(timeline.actions().stream().filter(ReconstructedTimeline.ActionMark::starred).toList(),
                "reviewui.chart.starred", STARRED_ROW, entries, "review-chart-starred");
    }

    private void addMetric(List<ReconstructedTimeline.MetricSample> samples, String nameKey,
                           ToLongFunction<ReconstructedTimeline.MetricSample> value) {
        long peak = samples.stream().mapToLong(value).max().orElse(-1);
        if (peak < 0) {
            return;
        }
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(messages.get("reviewui.chart.series", messages.get(nameKey), String.format(Locale.ROOT, "%,d", peak)));
        for (ReconstructedTimeline.MetricSample s : samples) {
            long v = value.applyAsLong(s);
            if (v >= 0) {
                series.getData().add(new XYChart.Data<>(minute(s.at()), peak == 0 ? 0 : 100.0 * v / peak,
                        texts.time(s.at()) + "  " + messages.get(nameKey) + " " + String.format(Locale.ROOT, "%,d", v)));
            }
        }
        chart.getData().add(series);
        tooltips(series);
    }

    private void addActions(List<ReconstructedTimeline.ActionMark> marks, String nameKey, double row,
                            Map<Long, ReconstructedTimeline.ReviewEntry> entries, String styleClass) {
        if (marks.isEmpty()) {
            return;
        }
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(messages.get(nameKey));
        for (ReconstructedTimeline.ActionMark m : marks) {
            ReconstructedTimeline.ReviewEntry e = entries.get(m.entryId());
            String tip = e == null ? texts.time(m.at()) : texts.time(m.at()) + "  " + texts.entryWhat(e.entry());
            XYChart.Data<Number, Number> point = new XYChart.Data<>(minute(m.at()), row, tip);
            series.getData().add(point);
        }
        chart.getData().add(series);
        // marks, not a line: the series' line is hidden, its symbols stay
        series.getNode().getStyleClass().add("review-chart-marks");
        series.getNode().setStyle("-fx-stroke: transparent;");
        for (int i = 0; i < series.getData().size(); i++) {
            XYChart.Data<Number, Number> point = series.getData().get(i);
            long entryId = marks.get(i).entryId();
            point.getNode().getStyleClass().add(styleClass);
            point.getNode().setOnMouseClicked(ev -> onAction.accept(entryId));
        }
        tooltips(series);
    }

    private static void tooltips(XYChart.Series<Number, Number> series) {
        for (XYChart.Data<Number, Number> d : series.getData()) {
            Tooltip.install(d.getNode(), new Tooltip((String) d.getExtraValue()));
        }
    }

    private static long minute(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 60);
    }
}
