package org.incidentdesk.ui.review;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.Distribution;
import org.incidentdesk.domain.review.ReviewMeasure;
import org.incidentdesk.domain.review.ReviewSummary;
import org.incidentdesk.domain.review.ReviewTrend;
import org.incidentdesk.domain.review.TrendStep;
import org.incidentdesk.service.review.ReviewListing;
import org.incidentdesk.ui.common.Choices;
import org.incidentdesk.ui.common.IsoDates;
import org.incidentdesk.ui.common.Tables;
import org.incidentdesk.ui.review.ReviewListViewModel.MeasureRow;

/**
 * 评估列表: the filters, every review with its figures (Enter or a double click opens one), the median and 90th
 * percentile of each figure, and a chart of one chosen figure over time (median and 90th percentile per week or
 * month), so an office sees whether it is getting faster.
 */
final class ListPane {
    private final ReviewListViewModel model;
    private final ReviewTexts texts;
    private final Messages messages;
    private final LongConsumer open;
    private final FollowUpsViewModel followUps;
    private final TableView<ReviewSummary> table = new TableView<>();
    private final TableView<MeasureRow> measures = new TableView<>();
    private final LineChart<String, Number> trend = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final ComboBox<ReviewMeasure> trendMeasure = new ComboBox<>();

    ListPane(ReviewListViewModel model, FollowUpsViewModel followUps, LongConsumer open) {
        this.model = model;
        this.followUps = followUps;
        this.texts = model.texts();
        this.messages = texts.messages();
        this.open = open;
    }

    Node build(Node followUps) {
        VBox reviews = ReviewPanes.section(table, filters(), reviewTable());
        SplitPane figures = new SplitPane(
                ReviewPanes.section(measures, ReviewPanes.heading(messages.get("reviewui.list.figures")), measureTable()),
                ReviewPanes.section(trend, trendBar(), trendChart()));
        figures.setDividerPositions(0.45);
        TabPane lower = new TabPane(tab("figures", "reviewui.list.tab.figures", figures),
                tab("follow-ups", "reviewui.list.tab.followUps", followUps));
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lower.setId("review-list-lower");
        SplitPane split = new SplitPane(reviews, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        split.setId("review-list-split");
        model.listingProperty().addListener((o, a, l) -> showTrend(l));
        return split;
    }

    private Tab tab(String id, String titleKey, Node content) {
        return ReviewPanes.tab("review-list-tab-" + id, messages.get(titleKey), content);
    }

    private Node filters() {
        DatePicker from = IsoDates.picker(null);
        from.setId("review-filter-from");
        from.setPrefWidth(130);
        from.setPromptText(messages.get("reviewui.filter.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = IsoDates.picker(null);
        to.setId("review-filter-to");
        to.setPrefWidth(130);
        to.setPromptText(messages.get("reviewui.filter.to"));
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<ReviewListViewModel.Choice> category = new ComboBox<>(model.categories());
        category.setId("review-filter-category");
        category.valueProperty().bindBidirectional(model.categoryProperty());
        ComboBox<ReviewListViewModel.Choice> level = new ComboBox<>(model.levels());
        level.setId("review-filter-level");
        level.valueProperty().bindBidirectional(model.levelProperty());
        ComboBox<ReviewListViewModel.DrillChoice> drill = new ComboBox<>();
        drill.getItems().setAll(ReviewListViewModel.DrillChoice.values());
        drill.setConverter(Choices.named(d -> messages.get("reviewui.filter.drill." + d.name())));
        drill.setId("review-filter-drill");
        drill.valueProperty().bindBidirectional(model.drillProperty());
        FlowPane bar = new FlowPane(6, 6, label("reviewui.filter.period", from), from, new Label("—"), to,
                label("reviewui.filter.category", category), category, label("reviewui.filter.level", level), level,
                label("reviewui.filter.kind", drill), drill);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Label label(String key, Node target) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(target);
        l.setMnemonicParsing(true);
        return l;
    }

    private TableView<ReviewSummary> reviewTable() {
        table.setId("review-list");
        table.setItems(model.reviews());
        table.setPlaceholder(new Label(messages.get("reviewui.list.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var number = Tables.text(messages.get("reviewui.col.number"), 80, (ReviewSummary r) -> r.number().toString());
        table.getColumns().setAll(List.of(number,
                Tables.text(messages.get("reviewui.col.title"), 200, ReviewSummary::title),
                Tables.text(messages.get("reviewui.col.kind"), 50, r -> messages.get(r.drill()
                        ? "reviewui.drill" : "reviewui.real")),
                Tables.wrapping(messages.get("reviewui.col.category"), 110, r -> model.categoryName(r.categoryId())),
                Tables.text(messages.get("reviewui.col.level"), 60, r -> r.levelLabel() == null ? "—" : r.levelLabel()),
                Tables.text(messages.get("reviewui.col.discovered"), 90, r -> texts.time(r.discoveredAt())),
                Tables.text(messages.get("reviewui.col.state"), 60, r -> messages.name(r.state())),
                Tables.text(messages.get("reviewui.col.reviewDue"), 80, r -> {
                    var due = followUps.dueState(r.incidentId());
                    return due == null ? "—" : messages.name(due);
                }),
                Tables.text(messages.get("reviewui.col.firstReport"), 90, r -> texts.minutes(
                        ReviewMeasure.FIRST_REPORT_FROM_DISCOVERY.of(r.figures()))),
                Tables.text(messages.get("reviewui.col.firstResponse"), 90, r -> texts.minutes(
                        ReviewMeasure.FIRST_PUBLIC_RESPONSE_FROM_DISCOVERY.of(r.figures()))),
                Tables.text(messages.get("reviewui.col.shareMet"), 70, r -> messages.get("reviewui.list.share",
                        r.figures().score().met(), r.figures().score().scored(),
                        texts.share(r.figures().score().shareMet())))));
        // the due column is read from the follow-ups, which load on their own
        followUps.due().addListener((javafx.collections.ListChangeListener<FollowUpsViewModel.DueRow>) c -> table.refresh());
        Tables.keepWhole(number, (ReviewSummary r) -> r.number().toString(), table.getItems());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        return table;
    }

    private void openSelected() {
        ReviewSummary r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            open.accept(r.incidentId());
        }
    }

    private TableView<MeasureRow> measureTable() {
        measures.setId("review-measures");
        measures.setItems(model.measures());
        measures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        measures.getColumns().setAll(List.of(
                Tables.text(messages.get("reviewui.col.measure"), 200, r -> messages.name(r.measure())),
                Tables.text(messages.get("reviewui.col.count"), 50, r -> Integer.toString(r.count())),
                Tables.text(messages.get("reviewui.col.median"), 90, MeasureRow::median),
                Tables.text(messages.get("reviewui.col.p90"), 90, MeasureRow::p90)));
        return measures;
    }

    private Node trendBar() {
        trendMeasure.setId("review-trend-measure");
        trendMeasure.getItems().setAll(ReviewMeasure.values());
        trendMeasure.setConverter(Choices.named(messages::name));
        trendMeasure.setValue(ReviewMeasure.FIRST_REPORT_FROM_DISCOVERY);
        trendMeasure.valueProperty().addListener((o, a, m) -> showTrend(model.listingProperty().get()));
        ComboBox<TrendStep> step = ReviewPanes.choice("review-trend-step", TrendStep.values(), model.stepProperty().get(),
                messages);
        step.valueProperty().bindBidirectional(model.stepProperty());
        FlowPane bar = new FlowPane(6, 6, label("reviewui.trend.measure", trendMeasure), trendMeasure,
                label("reviewui.trend.step", step), step);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node trendChart() {
        trend.setId("review-trend");
        trend.setAnimated(false);
        trend.setMinHeight(160);
        return trend;
    }

    /** The chosen figure's median and 90th percentile per period; minutes, or percent for the share met. */
    private void showTrend(ReviewListing listing) {
        trend.getData().clear();
        ReviewMeasure measure = trendMeasure.getValue();
        if (listing == null || measure == null) {
            return;
        }
        trend.getYAxis().setLabel(messages.get(measure.isShare() ? "reviewui.trend.percent" : "reviewui.trend.minutes"));
        XYChart.Series<String, Number> median = new XYChart.Series<>();
        median.setName(messages.get("reviewui.col.median"));
        XYChart.Series<String, Number> p90 = new XYChart.Series<>();
        p90.setName(messages.get("reviewui.col.p90"));
        for (ReviewTrend.Point p : listing.trend().points()) {
            String period = p.start().toString();
            Distribution d = p.statistics().of(measure);
            double scale = measure.isShare() ? 100 : 1;
            d.median().ifPresent(v -> median.getData().add(new XYChart.Data<>(period, v * scale)));
            d.p90().ifPresent(v -> p90.getData().add(new XYChart.Data<>(period, v * scale)));
        }
        trend.getData().setAll(List.of(median, p90));
    }
}
