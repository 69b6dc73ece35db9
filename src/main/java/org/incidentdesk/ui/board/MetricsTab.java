package org.incidentdesk.ui.board;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.ui.common.Tables;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * 舆情数据: the trend chart (each indicator as a share of its peak) beside a table of the points as reported with
 * their clock times (side by side when the pane is wide, the table under the chart when narrow), a form for one
 * point and the CSV import.
 */
final class MetricsTab implements DetailTab {
    private final IncidentDetailViewModel model;
    private final Messages messages;
    private final LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final TableView<MetricPoint> table = new TableView<>();
    /** Below this width the table goes under the chart instead of beside it. */
    private static final double SIDE_BY_SIDE = 720;

    MetricsTab(IncidentDetailViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @Override
    public Tab build() {
        chart.setId("metrics-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        ((NumberAxis) chart.getXAxis()).setForceZeroInRange(false);
        chart.getXAxis().setLabel(messages.get("board.metrics.hours"));
        NumberAxis percent = (NumberAxis) chart.getYAxis();
        percent.setAutoRanging(false);
        percent.setLowerBound(0);
        percent.setUpperBound(100);
        percent.setTickUnit(25);
        percent.setLabel(messages.get("board.metrics.percent"));
        TextField at = small("metric-at", messages.get("field.metric.at"), 130);
        TextField reads = small("metric-reads", messages.get("field.metric.reads"), 80);
        TextField reposts = small("metric-reposts", messages.get("field.metric.reposts"), 80);
        TextField comments = small("metric-comments", messages.get("field.metric.comments"), 80);
        TextField likes = small("metric-likes", messages.get("field.metric.likes"), 80);
        TextField heat = small("metric-heat", messages.get("field.metric.heatIndex"), 80);
        TextField stage = small("metric-stage", messages.get("field.metric.stage"), 80);
        Button add = new Button(messages.get("board.metrics.add"));
        add.setId("metric-add");
        Permissions.needs(add, Permission.INCIDENT_EDIT);
        add.setOnAction(e -> {
            model.metrics().add(at.getText(), reads.getText(), reposts.getText(), comments.getText(), likes.getText(),
                    heat.getText(), stage.getText());
            List.of(at, reads, reposts, comments, likes, heat, stage).forEach(TextField::clear);
        });
        Button importCsv = new Button(messages.get("board.metrics.import"));
        importCsv.setId("metric-import");
        Permissions.needs(importCsv, Permission.INCIDENT_EDIT);
        importCsv.setOnAction(e -> model.metrics().chooseCsv());
        FlowPane form = new FlowPane(6, 6, at, reads, reposts, comments, likes, heat, stage, add, importCsv);
        SplitPane chartAndTable = new SplitPane(chart, table());
        chartAndTable.setId("metrics-split");
        chartAndTable.orientationProperty().bind(javafx.beans.binding.Bindings.when(
                chartAndTable.widthProperty().greaterThan(SIDE_BY_SIDE))
                .then(Orientation.HORIZONTAL).otherwise(Orientation.VERTICAL));
        chartAndTable.setDividerPositions(0.55);
        return DetailPanes.tab("metrics", messages.get("board.tab.metrics"),
                DetailPanes.section(chartAndTable, chartAndTable, form));
    }

    private TableView<MetricPoint> table() {
        table.setId("metrics-table");
        table.setPlaceholder(new Label(messages.get("board.metrics.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var time = Tables.text(messages.get("field.metric.at"), 90, model.texts()::metricTime);
        Tables.keepWhole(time, model.texts()::metricTime, table.getItems());
        table.getColumns().setAll(List.of(time,
                Tables.text(messages.get("field.metric.reads"), 70, p -> DetailTexts.figure(p.reads())),
                Tables.text(messages.get("field.metric.reposts"), 60, p -> DetailTexts.figure(p.reposts())),
                Tables.text(messages.get("field.metric.comments"), 60, p -> DetailTexts.figure(p.comments())),
                Tables.text(messages.get("field.metric.likes"), 60, p -> DetailTexts.figure(p.likes())),
                Tables.text(messages.get("field.metric.heatIndex"), 60, p -> DetailTexts.figure(p.heatIndex())),
                Tables.text(messages.get("field.metric.stage"), 60, MetricPoint::stage)));
        return table;
    }

    private static TextField small(String id, String prompt, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        return f;
    }

    @Override
    public void show(IncidentDetail detail) {
        table.getItems().setAll(detail.metrics());
        chart.getData().clear();
        for (MetricsTrend.Line line : MetricsTrend.of(detail.metrics(), messages).lines()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.name());
            for (MetricsTrend.Point p : line.points()) {
                series.getData().add(new XYChart.Data<>(p.hours(), p.percentOfPeak(), p));
            }
            chart.getData().add(series);
            String indicator = messages.get(line.fieldKey());
            // a point's node exists once the series is in the chart: each tells its figure as reported
            for (XYChart.Data<Number, Number> d : series.getData()) {
                MetricsTrend.Point p = (MetricsTrend.Point) d.getExtraValue();
                Tooltip.install(d.getNode(), new Tooltip(messages.get("board.metrics.point", indicator,
                        String.format(Locale.ROOT, "%,d", p.value()), String.format(Locale.ROOT, "%.1f", p.hours()))));
            }
        }
    }
}
