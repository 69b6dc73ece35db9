package org.incidentdesk.ui.plan;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.LevelCriterion;
import org.incidentdesk.domain.plan.Metric;
import org.incidentdesk.domain.plan.MetricCriterion;
import org.incidentdesk.domain.plan.ObservedCriterion;
import org.incidentdesk.domain.plan.Occurrence;
import org.incidentdesk.domain.plan.OccurrenceCriterion;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.ui.common.IsoDates;

/**
 * 试研判: describe an imagined event the way the plan's criteria ask for it, and see which level the plan
 * proposes and why — to check the criteria and sensitive periods before the plan is used for real.
 */
final class AssessTab {
    private static final double ROW_LABEL_WIDTH = 120;
    private final PlanTrialViewModel viewModel;
    private final PlanDraftViewModel draft;
    private final Messages messages;
    private final PlanLabels labels;
    private final VBox inputs = new VBox(10);
    private final Label level = new Label();
    private final Label reasons = new Label();
    private final DatePicker date = IsoDates.picker(null);
    private ComboBox<EventCategory> category;
    private final Map<Occurrence, ComboBox<WarningLevel>> occurrences = new EnumMap<>(Occurrence.class);
    private final Map<String, CheckBox> observed = new LinkedHashMap<>();
    private final Map<Metric, TextField> metrics = new EnumMap<>(Metric.class);

    AssessTab(PlanTrialViewModel viewModel, PlanDraftViewModel draft) {
        this.viewModel = viewModel;
        this.draft = draft;
        this.messages = viewModel.messages();
        this.labels = new PlanLabels(messages);
    }

    Tab build() {
        level.setId("assess-level");
        level.getStyleClass().add("section-title");
        reasons.setId("assess-reasons");
        reasons.setWrapText(true);
        date.setId("assess-date");
        draft.draftProperty().addListener((obs, old, plan) -> rebuild(plan));
        Button assess = new Button(messages.get("planui.assess.run"));
        assess.setId("assess-run");
        assess.setDefaultButton(false);
        assess.setOnAction(e -> run());
        Label hint = new Label(messages.get("planui.assess.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox result = new VBox(6, level, reasons);
        result.getStyleClass().add("detail-pane");
        VBox box = new VBox(10, hint, inputs, new HBox(8, rowLabel(messages.get("planui.assess.date")), date, assess),
                result);
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(messages.get("planui.tab.assess"), scroll);
        tab.setId("tab-plan-assess");
        return tab;
    }

    private void rebuild(ContingencyPlan plan) {
        inputs.getChildren().clear();
        occurrences.clear();
        observed.clear();
        metrics.clear();
        level.setText("");
        level.setGraphic(null);
        reasons.setText("");
        date.setValue(viewModel.today());
        if (plan == null) {
            return;
        }
        category = new ComboBox<>();
        category.setId("assess-category");
        category.getItems().setAll(plan.categories());
        category.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EventCategory c) {
                return c == null ? "" : c.name();
            }

            @Override
            public EventCategory fromString(String text) {
                return null;
            }
        });
        inputs.getChildren().add(new HBox(8, rowLabel(messages.get("planui.assess.category")), category));
        List<LevelCriterion> all = plan.levels().stream().flatMap(l -> l.criteria().stream()).toList();
        addOccurrences(plan, all);
        addObserved(plan);
        addMetrics(all);
    }

    private void addOccurrences(ContingencyPlan plan, List<LevelCriterion> all) {
        all.stream().filter(OccurrenceCriterion.class::isInstance).map(c -> ((OccurrenceCriterion) c).occurrence())
                .distinct().sorted().forEach(occurrence -> {
                    ComboBox<WarningLevel> severity = new ComboBox<>();
                    severity.setId("assess-occurrence-" + occurrence.name());
                    severity.getItems().add(null);
                    severity.getItems().addAll(plan.levelsBySeverity());
                    severity.setPromptText(messages.get("planui.assess.severity"));
                    severity.setConverter(new javafx.util.StringConverter<>() {
                        @Override
                        public String toString(WarningLevel l) {
                            return l == null ? messages.get("planui.assess.severity")
                                    : messages.get("planui.assess.eventOf", l.name());
                        }

                        @Override
                        public WarningLevel fromString(String text) {
                            return null;
                        }
                    });
                    occurrences.put(occurrence, severity);
                    inputs.getChildren().add(new HBox(8, rowLabel(labels.of(occurrence)), severity));
                });
    }

    private void addObserved(ContingencyPlan plan) {
        for (WarningLevel l : plan.levelsBySeverity()) {
            List<ObservedCriterion> items = l.criteria().stream().filter(ObservedCriterion.class::isInstance)
                    .map(ObservedCriterion.class::cast).toList();
            if (items.isEmpty()) {
                continue;
            }
            VBox group = new VBox(4, sectionLabel(messages.get("common.withNote", l.name(),
                    messages.get("planui.level.match." + l.match().name()))));
            for (ObservedCriterion criterion : items) {
                CheckBox box = new CheckBox(criterion.text());
                box.setId("assess-observed-" + criterion.id());
                box.setWrapText(true);
                observed.put(criterion.id(), box);
                group.getChildren().add(box);
            }
            inputs.getChildren().add(group);
        }
    }

    private void addMetrics(List<LevelCriterion> all) {
        all.stream().filter(MetricCriterion.class::isInstance).map(c -> ((MetricCriterion) c).metric()).distinct()
                .sorted().forEach(metric -> {
                    TextField value = new TextField();
                    value.setId("assess-metric-" + metric.name());
                    value.setPrefColumnCount(10);
                    metrics.put(metric, value);
                    inputs.getChildren().add(new HBox(8, rowLabel(labels.of(metric)), value));
                });
    }

    /** The label before a field; all share one width so the fields line up in a column. */
    private static Label rowLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(ROW_LABEL_WIDTH);
        label.setPrefWidth(ROW_LABEL_WIDTH);
        label.setWrapText(true);
        return label;
    }

    private Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private void run() {
        EventFacts picked = EventFacts.none();
        if (category != null && category.getValue() != null) {
            picked = picked.withCategory(category.getValue().id());
        }
        for (var entry : occurrences.entrySet()) {
            if (entry.getValue().getValue() != null) {
                picked = picked.with(entry.getKey(), entry.getValue().getValue().id());
            }
        }
        for (var entry : observed.entrySet()) {
            if (entry.getValue().isSelected()) {
                picked = picked.withObserved(entry.getKey());
            }
        }
        Map<Metric, String> typed = new EnumMap<>(Metric.class);
        metrics.forEach((metric, field) -> typed.put(metric, field.getText()));
        show(viewModel.assess(picked, typed, date.getValue()));
    }

    private void show(PlanTrialViewModel.Assessment assessment) {
        level.setText(assessment.level() == null ? messages.get("planui.assess.refused")
                : messages.get("planui.assess.proposed", assessment.level()));
        level.setGraphic(assessment.colourHex() == null ? null : new Circle(7, Color.web(assessment.colourHex())));
        reasons.setText(String.join("\n", assessment.reasons().stream().map(r -> "· " + r).toList()));
    }
}
