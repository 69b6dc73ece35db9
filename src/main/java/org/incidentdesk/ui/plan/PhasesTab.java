package org.incidentdesk.ui.plan;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ChecklistItem;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.Phase;

/** 处置阶段: the phases and the checklist steps of each; steps can be reworded, added and removed. */
final class PhasesTab {
    private final PlanDraftViewModel viewModel;
    private final Messages messages;
    private final PlanLabels labels;
    private final ListView<Phase> phases = new ListView<>();
    private final ListView<ChecklistItem> steps = new ListView<>();

    PhasesTab(PlanDraftViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.labels = new PlanLabels(messages);
    }

    Tab build() {
        phases.setId("phase-list");
        phases.setPrefWidth(220);
        phases.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Phase item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("common.withNote", item.name(), item.steps().size()));
            }
        });
        steps.setId("step-list");
        steps.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ChecklistItem item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + item.text()
                        + (item.origin().defaulted() ? "  [" + labels.origin(item.origin()) + "]" : ""));
            }
        });
        phases.getSelectionModel().selectedItemProperty().addListener((obs, old, phase) ->
                steps.setItems(phase == null ? FXCollections.observableArrayList()
                        : FXCollections.observableArrayList(phase.steps())));
        viewModel.draftProperty().addListener((obs, old, plan) -> show(plan));

        TextField text = new TextField();
        text.setId("step-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        steps.getSelectionModel().selectedItemProperty().addListener((obs, old, step) ->
                text.setText(step == null ? "" : step.text()));
        Button update = new Button(messages.get("planui.step.update"));
        update.setId("step-update");
        update.disableProperty().bind(steps.getSelectionModel().selectedItemProperty().isNull());
        update.setOnAction(e -> {
            if (!text.getText().isBlank()) {
                viewModel.updateStep(phaseIndex(), steps.getSelectionModel().getSelectedIndex(), text.getText());
            }
        });
        Button add = new Button(messages.get("planui.step.add"));
        add.setId("step-add");
        add.disableProperty().bind(phases.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> {
            if (!text.getText().isBlank()) {
                viewModel.addStep(phaseIndex(), text.getText());
            }
        });
        Button remove = new Button(messages.get("planui.step.remove"));
        remove.setId("step-remove");
        remove.disableProperty().bind(steps.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.removeStep(phaseIndex(), steps.getSelectionModel().getSelectedIndex()));
        HBox editor = new HBox(8, text, update, add, remove);
        editor.disableProperty().bind(viewModel.editableProperty().not());
        VBox right = new VBox(8, steps, editor);
        VBox.setVgrow(steps, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        Tab tab = new Tab(messages.get("planui.tab.phases"), new HBox(8, phases, right));
        tab.setId("tab-plan-phases");
        return tab;
    }

    private int phaseIndex() {
        return phases.getSelectionModel().getSelectedIndex();
    }

    private void show(ContingencyPlan plan) {
        int phase = Math.max(0, phaseIndex());
        int step = steps.getSelectionModel().getSelectedIndex();
        phases.setItems(plan == null ? FXCollections.observableArrayList() : FXCollections.observableArrayList(plan.phases()));
        if (!phases.getItems().isEmpty()) {
            phases.getSelectionModel().select(Math.min(phase, phases.getItems().size() - 1));
        }
        if (step >= 0 && step < steps.getItems().size()) {
            steps.getSelectionModel().select(step);
        }
    }
}
