package org.incidentdesk.ui.review;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.ReviewDueState;
import org.incidentdesk.ui.common.Tables;
import org.incidentdesk.ui.review.FollowUpsViewModel.BacklogRow;
import org.incidentdesk.ui.review.FollowUpsViewModel.DueRow;

/**
 * The follow-ups of all reviews: reviews coming due and overdue (Enter or a double click opens one), the open
 * improvement actions oldest first, and their count at the end of each week (is the backlog growing?).
 */
final class FollowUpsPane {
    private final FollowUpsViewModel model;
    private final ReviewTexts texts;
    private final Messages messages;
    private final LongConsumer open;

    FollowUpsPane(FollowUpsViewModel model, LongConsumer open) {
        this.model = model;
        this.texts = model.texts();
        this.messages = texts.messages();
        this.open = open;
    }

    Node build() {
        ListView<DueRow> due = dueList();
        TableView<BacklogRow> backlog = backlogTable();
        BarChart<String, Number> chart = chart();
        SplitPane lists = new SplitPane(
                ReviewPanes.section(due, ReviewPanes.heading(messages.get("reviewui.due.title")), due),
                ReviewPanes.section(backlog, ReviewPanes.heading(messages.get("reviewui.backlog.title")), backlog));
        lists.setOrientation(Orientation.VERTICAL);
        lists.setDividerPositions(0.4);
        SplitPane split = new SplitPane(lists, ReviewPanes.section(chart, chart));
        split.setDividerPositions(0.62);
        split.setId("review-follow-ups");
        return split;
    }

    private ListView<DueRow> dueList() {
        ListView<DueRow> list = new ListView<>(model.due());
        list.setId("review-due");
        list.setPlaceholder(new Label(messages.get("reviewui.due.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DueRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("review-late", "review-missed");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(messages.get("reviewui.due.line", item.incident(), texts.time(item.due().dueAt()),
                        messages.name(item.due().state())) + (item.due().defaulted()
                        ? "  " + messages.get("reviewui.due.defaulted") : ""));
                if (item.due().state() == ReviewDueState.OVERDUE) {
                    getStyleClass().add("review-missed");
                } else if (item.due().state() == ReviewDueState.COMING_DUE) {
                    getStyleClass().add("review-late");
                }
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem().incidentId());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem().incidentId());
                e.consume();
            }
        });
        return list;
    }

    private TableView<BacklogRow> backlogTable() {
        TableView<BacklogRow> table = new TableView<>(model.backlog());
        table.setId("review-backlog");
        table.setPlaceholder(new Label(messages.get("reviewui.backlog.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Tables.text(messages.get("reviewui.col.title"), 150, BacklogRow::incident),
                Tables.wrapping(messages.get("reviewui.action.text"), 170, r -> r.action().text()),
                Tables.wrapping(messages.get("reviewui.action.owner"), 110, r -> r.action().owner().name()),
                Tables.text(messages.get("reviewui.action.due"), 90, r -> texts.dueDay(r.action().dueAt())),
                Tables.text(messages.get("reviewui.action.state"), 70, r -> r.action().raised() == null
                        ? messages.name(r.action().state()) : messages.name(r.action().raised()))));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().action().incidentId());
                e.consume();
            }
        });
        return table;
    }

    private BarChart<String, Number> chart() {
        NumberAxis count = new NumberAxis();
        count.setLabel(messages.get("reviewui.backlog.count"));
        count.setAutoRanging(false);
        count.setLowerBound(0);
        count.setTickUnit(1);
        count.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), count);
        chart.setId("review-backlog-trend");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(120);
        chart.setTitle(messages.get("reviewui.backlog.trend"));
        model.trendProperty().addListener((o, a, trend) -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            trend.points().forEach(p -> series.getData().add(new XYChart.Data<>(p.start().toString(), p.open())));
            chart.getData().setAll(List.of(series));
            // whole actions only: the axis steps by one (or by a fifth of the most, past ten)
            int most = trend.points().stream().mapToInt(BacklogTrend.Point::open).max().orElse(0);
            count.setUpperBound(Math.max(1, most) + 1);
            count.setTickUnit(Math.max(1, Math.ceil((most + 1) / 5.0)));
        });
        return chart;
    }
}
