package org.incidentdesk.ui.plan;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.LevelCriterion;
import org.incidentdesk.domain.plan.MetricCriterion;
import org.incidentdesk.domain.plan.WarningColour;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.ui.common.Tables;

/** 预警级别: the plan's levels with colour, definition and assessment criteria; name, colour and definition editable. */
final class LevelsTab {
    private final PlanDraftViewModel viewModel;
    private final Messages messages;
    private final PlanLabels labels;
    private final TableView<WarningLevel> table = new TableView<>();
    private final Label criteria = new Label();
    private final ListView<LevelCriterion> criteriaList = new ListView<>();

    LevelsTab(PlanDraftViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.labels = new PlanLabels(messages);
    }

    Tab build() {
        table.setId("level-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Tables.text(messages.get("planui.level.id"), 60, WarningLevel::id),
                Tables.text(messages.get("planui.level.name"), 110, WarningLevel::name),
                colourColumn(),
                Tables.wrapping(messages.get("planui.level.definition"), 420, WarningLevel::definition),
                Tables.text(messages.get("planui.origin"), 60, (WarningLevel l) -> labels.origin(l.origin()))));
        viewModel.draftProperty().addListener((obs, old, plan) -> show(plan));

        TextField name = new TextField();
        name.setId("level-name");
        ComboBox<WarningColour> colour = labels.enumCombo(WarningColour.class);
        colour.setId("level-colour");
        TextArea definition = new TextArea();
        definition.setId("level-definition");
        definition.setWrapText(true);
        definition.setPrefRowCount(3);
        criteria.setWrapText(true);
        criteria.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        criteria.setId("level-criteria");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, level) -> {
            name.setText(level == null ? "" : level.name());
            colour.setValue(level == null ? null : level.colour());
            definition.setText(level == null || level.definition() == null ? "" : level.definition());
            criteria.setText(level == null ? "" : describeMatch(level));
            criteriaList.getItems().setAll(level == null ? List.of() : level.criteria());
        });
        Button apply = new Button(messages.get("planui.apply"));
        apply.setId("level-apply");
        apply.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        apply.setOnAction(e -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0 && !name.getText().isBlank()) {
                viewModel.updateLevel(index, name.getText().strip(), colour.getValue(), definition.getText().strip());
            }
        });
        EditorForm form = new EditorForm()
                .add(messages.get("planui.level.name"), name)
                .add(messages.get("planui.level.colour"), colour)
                .add(messages.get("planui.level.definition"), definition)
                .add("", apply);
        form.disableProperty().bind(viewModel.editableProperty().not());
        Label criteriaTitle = new Label(messages.get("planui.level.criteria"));
        criteriaTitle.getStyleClass().add("muted");
        VBox box = new VBox(8, table, criteriaTitle, criteria, criteriaList, criterionEditor(), form);
        VBox.setVgrow(table, Priority.ALWAYS);
        Tab tab = new Tab(messages.get("planui.tab.levels"), box);
        tab.setId("tab-plan-levels");
        return tab;
    }

    /** The colour's name beside a dot in that colour, as a warning notice shows it. */
    private TableColumn<WarningLevel, String> colourColumn() {
        TableColumn<WarningLevel, String> column = Tables.text(messages.get("planui.level.colour"), 80,
                (WarningLevel l) -> labels.of(l.colour()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                WarningLevel level = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setGraphic(level == null || level.colour() == null ? null
                        : new Circle(6, Color.web(level.colour().hex())));
            }
        });
        return column;
    }

    private String describeMatch(WarningLevel level) {
        return level.criteria().isEmpty() ? messages.get("planui.level.noCriteria")
                : messages.get("planui.level.match." + level.match().name());
    }

    /** Reword a criterion, change a metric's threshold, add a checklist item or remove one. */
    private HBox criterionEditor() {
        criteriaList.setId("level-criteria-list");
        criteriaList.setPrefHeight(110);
        criteriaList.setMinHeight(90);
        criteriaList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LevelCriterion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item instanceof MetricCriterion m
                        ? messages.get("planui.criterion.metric", item.text(), labels.of(m.metric()), m.threshold())
                        : item.text());
            }
        });
        TextField text = new TextField();
        text.setId("criterion-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        TextField threshold = new TextField();
        threshold.setId("criterion-threshold");
        threshold.setPrefColumnCount(8);
        threshold.setPromptText(messages.get("planui.criterion.threshold"));
        criteriaList.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            text.setText(c == null ? "" : c.text());
            threshold.setText(c instanceof MetricCriterion m ? Long.toString(m.threshold()) : "");
            threshold.setDisable(!(c instanceof MetricCriterion));
        });
        Button update = new Button(messages.get("planui.criterion.update"));
        update.setId("criterion-update");
        update.disableProperty().bind(criteriaList.getSelectionModel().selectedItemProperty().isNull());
        update.setOnAction(e -> {
            Long limit = parseThreshold(threshold.getText());
            boolean metric = criteriaList.getSelectionModel().getSelectedItem() instanceof MetricCriterion;
            if (text.getText().isBlank() || metric && limit == null) {
                return;
            }
            viewModel.updateCriterion(table.getSelectionModel().getSelectedIndex(),
                    criteriaList.getSelectionModel().getSelectedIndex(), text.getText(), limit);
        });
        Button add = new Button(messages.get("planui.criterion.add"));
        add.setId("criterion-add");
        add.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> {
            if (!text.getText().isBlank()) {
                viewModel.addObservedCriterion(table.getSelectionModel().getSelectedIndex(), text.getText());
            }
        });
        Button remove = new Button(messages.get("planui.criterion.remove"));
        remove.setId("criterion-remove");
        remove.disableProperty().bind(criteriaList.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.removeCriterion(table.getSelectionModel().getSelectedIndex(),
                criteriaList.getSelectionModel().getSelectedIndex()));
        HBox editor = new HBox(8, text, threshold, update, add, remove);
        editor.disableProperty().bind(viewModel.editableProperty().not());
        return editor;
    }

    /** A threshold is a whole number of at least 1; anything else is refused. */
    static Long parseThreshold(String text) {
        try {
            long value = Long.parseLong(text.strip());
            return value >= 1 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void show(ContingencyPlan plan) {
        int selected = table.getSelectionModel().getSelectedIndex();
        table.setItems(plan == null ? FXCollections.observableArrayList() : FXCollections.observableArrayList(plan.levels()));
        if (selected >= 0 && selected < table.getItems().size()) {
            table.getSelectionModel().select(selected);
        }
    }
}
