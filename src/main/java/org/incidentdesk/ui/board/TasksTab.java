package org.incidentdesk.ui.board;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.ui.common.Choices;

/** 任务: the tasks given to units, the form to give one (with the plan's due time) and to report on one. */
final class TasksTab implements DetailTab {
    private final IncidentDetailViewModel model;
    private final Messages messages;
    private final ListView<HandlingTask> tasks = new ListView<>();

    TasksTab(IncidentDetailViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @Override
    public Tab build() {
        tasks.setId("detail-tasks");
        tasks.setCellFactory(DetailPanes.textCells(model.texts()::task));
        ComboBox<OrgUnit> unit = new ComboBox<>(model.taskUnits());
        unit.setId("task-unit");
        unit.setConverter(Choices.named(OrgUnit::name));
        TextField description = new TextField();
        description.setId("task-description");
        description.setPromptText(messages.get("field.task.description"));
        TextField due = new TextField();
        due.setId("task-due");
        due.setPromptText(messages.get("board.intake.timePrompt"));
        Label dueReason = new Label();
        dueReason.setId("task-due-reason");
        dueReason.getStyleClass().add("text-muted");
        dueReason.setWrapText(true);
        dueReason.textProperty().bind(model.suggestedDueReasonProperty());
        unit.valueProperty().addListener((o, a, chosen) -> model.suggestTaskDue(chosen));
        // the plan's time fills the field unless the person typed their own
        model.suggestedDueProperty().addListener((o, previous, suggested) -> {
            if (due.getText().isBlank() || due.getText().equals(previous)) {
                due.setText(suggested);
            }
        });
        Button assign = new Button(messages.get("board.task.assign"));
        assign.setId("task-assign");
        assign.setOnAction(e -> {
            model.assignTask(unit.getValue(), description.getText(), due.getText());
            description.clear();
            due.clear();
        });
        TextField result = new TextField();
        result.setId("task-result");
        result.setPromptText(messages.get("field.task.result"));
        ComboBox<TaskStatus> status = new ComboBox<>(FXCollections.observableArrayList(TaskStatus.values()));
        status.setId("task-status");
        status.setConverter(Choices.named(messages::name));
        status.setValue(TaskStatus.DONE);
        Button update = new Button(messages.get("board.task.update"));
        update.setId("task-update");
        update.disableProperty().bind(tasks.getSelectionModel().selectedItemProperty().isNull()
                .or(status.valueProperty().isNull()));
        update.setOnAction(e -> {
            HandlingTask t = tasks.getSelectionModel().getSelectedItem();
            model.updateTask(t.id(), status.getValue(), result.getText());
            result.clear();
        });
        HBox.setHgrow(description, Priority.ALWAYS);
        HBox.setHgrow(result, Priority.ALWAYS);
        return DetailPanes.tab("tasks", messages.get("board.tab.tasks"), DetailPanes.section(tasks, tasks,
                new HBox(6, unit, description, due, assign), dueReason, new HBox(6, result, status, update)));
    }

    @Override
    public void show(IncidentDetail detail) {
        tasks.getItems().setAll(detail.tasks());
    }
}
