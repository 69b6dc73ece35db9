package org.incidentdesk.ui.board;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.ui.common.Choices;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * 任务: the tasks given to units; the form to give one, each field labelled, the due time in a date picker and a
 * clock field that show what they hold (the plan's time when a unit is chosen, with why); and the line to report
 * on the selected task.
 */
final class TasksTab implements DetailTab {
    private final IncidentDetailViewModel model;
    private final TaskFormViewModel form;
    private final Messages messages;
    private final ListView<HandlingTask> tasks = new ListView<>();

    TasksTab(IncidentDetailViewModel model) {
        this.model = model;
        this.form = model.taskForm();
        this.messages = model.messages();
    }

    @Override
    public Tab build() {
        tasks.setId("detail-tasks");
        tasks.setCellFactory(DetailPanes.textCells(model.texts()::task));
        return DetailPanes.tab("tasks", messages.get("board.tab.tasks"),
                DetailPanes.section(tasks, tasks, assignForm(), updateRow()));
    }

    private Node assignForm() {
        ComboBox<OrgUnit> unit = new ComboBox<>(model.taskUnits());
        unit.setId("task-unit");
        unit.setPromptText(messages.get("board.task.unitPrompt"));
        unit.setConverter(Choices.named(OrgUnit::name));
        unit.setMaxWidth(Double.MAX_VALUE);
        unit.valueProperty().bindBidirectional(form.unitProperty());
        TextField description = new TextField();
        description.setId("task-description");
        description.setPromptText(messages.get("field.task.description"));
        description.textProperty().bindBidirectional(form.descriptionProperty());
        DatePicker date = new DatePicker();
        date.setId("task-due-date");
        date.setPromptText(messages.get("board.task.dueDate"));
        date.setPrefWidth(150);
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        date.valueProperty().bindBidirectional(form.dueDateProperty());
        // a date typed but not yet committed with Enter counts too
        date.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitTyped(date);
            }
        });
        TextField clock = new TextField();
        clock.setId("task-due-time");
        clock.setPromptText(messages.get("board.task.dueClock"));
        clock.setPrefColumnCount(5);
        clock.textProperty().bindBidirectional(form.dueTimeProperty());
        Button assign = new Button(messages.get("board.task.assign"));
        assign.setId("task-assign");
        Permissions.needs(assign, Permission.TASK_ASSIGN);
        assign.setMinWidth(Region.USE_PREF_SIZE);
        assign.getStyleClass().add("accent");
        assign.setOnAction(e -> {
            commitTyped(date);
            form.assign();
        });
        Label dueReason = new Label();
        dueReason.setId("task-due-reason");
        dueReason.getStyleClass().add("text-muted");
        dueReason.setWrapText(true);
        dueReason.setMinHeight(Region.USE_PREF_SIZE);
        dueReason.textProperty().bind(form.dueReasonProperty());
        Label problem = new Label();
        problem.setId("task-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(form.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, fields);
        HBox due = new HBox(6, date, clock, assign);
        due.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(0, name("field.task.unit"), unit);
        grid.addRow(1, name("field.task.description"), description);
        grid.addRow(2, name("field.task.due"), due);
        grid.add(dueReason, 1, 3);
        grid.add(problem, 1, 4);
        return grid;
    }

    private Label name(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static void commitTyped(DatePicker date) {
        String typed = date.getEditor().getText();
        try {
            date.setValue(typed == null || typed.isBlank() ? null : date.getConverter().fromString(typed));
        } catch (java.time.format.DateTimeParseException unreadable) {
            date.getEditor().setText(date.getConverter().toString(date.getValue())); // keep what it holds
        }
    }

    private Node updateRow() {
        TextField result = new TextField();
        result.setId("task-result");
        result.setPromptText(messages.get("field.task.result"));
        ComboBox<TaskStatus> status = new ComboBox<>(FXCollections.observableArrayList(TaskStatus.values()));
        status.setId("task-status");
        status.setConverter(Choices.named(messages::name));
        status.setValue(TaskStatus.DONE);
        Button update = new Button(messages.get("board.task.update"));
        update.setId("task-update");
        update.setMinWidth(Region.USE_PREF_SIZE);
        update.disableProperty().bind(tasks.getSelectionModel().selectedItemProperty().isNull()
                .or(status.valueProperty().isNull()));
        update.setOnAction(e -> {
            HandlingTask t = tasks.getSelectionModel().getSelectedItem();
            model.updateTask(t, status.getValue(), result.getText());
            result.clear();
        });
        HBox.setHgrow(result, Priority.ALWAYS);
        return new HBox(6, result, status, update);
    }

    @Override
    public void show(IncidentDetail detail) {
        tasks.getItems().setAll(detail.tasks());
    }
}
