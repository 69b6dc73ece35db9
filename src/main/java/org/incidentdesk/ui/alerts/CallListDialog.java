package org.incidentdesk.ui.alerts;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.escalation.CallAttempt;
import org.incidentdesk.domain.escalation.CallOutcome;
import org.incidentdesk.ui.alerts.CallListViewModel.CallRow;
import org.incidentdesk.ui.common.DialogWindows;

/**
 * The call list (呼叫名单) of one overdue deadline: whom to phone, with their numbers; under it the form that logs a
 * call (number dialled, 未接通 / 已接通 / 已留言, a note) and the calls logged so far. Not modal to the alerts: the
 * window keeps alerting while it is open.
 */
final class CallListDialog {
    private final CallListViewModel viewModel;
    private final Window owner;
    private final Messages messages;

    CallListDialog(CallListViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        this.owner = owner;
        this.messages = viewModel.messages();
    }

    void show() {
        Dialog<Void> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get("alerts.calls.title"));
        dialog.setResizable(true);
        Label heading = new Label();
        heading.setId("call-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(viewModel.headingProperty());
        heading.setMaxWidth(800);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        TableView<CallRow> table = new TableView<>(viewModel.rows());
        table.setId("call-list-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("alerts.calls.role", 210, CallRow::roleName),
                column("alerts.calls.why", 100, viewModel::reasonText),
                column("alerts.calls.person", 110, r -> r.hasPerson() ? r.personName() : messages.get("alerts.calls.noPerson")),
                column("alerts.calls.mobile", 120, r -> r.mobile() == null ? "" : r.mobile()),
                column("alerts.calls.office", 130, r -> r.officePhone() == null ? "" : r.officePhone())));
        table.setPrefHeight(290);
        table.setPrefWidth(800);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));

        ComboBox<String> number = new ComboBox<>();
        number.setId("call-number");
        number.setEditable(true);
        number.setPrefWidth(170);
        number.valueProperty().bindBidirectional(viewModel.phoneProperty());
        viewModel.selectedProperty().addListener((obs, old, row) ->
                number.getItems().setAll(row == null ? java.util.List.of() : row.numbers()));
        ToggleGroup outcomes = new ToggleGroup();
        HBox outcomeButtons = new HBox(10);
        for (CallOutcome outcome : CallOutcome.values()) {
            RadioButton choice = new RadioButton(messages.name(outcome));
            choice.setId("call-outcome-" + outcome.name());
            choice.setToggleGroup(outcomes);
            choice.setUserData(outcome);
            outcomeButtons.getChildren().add(choice);
        }
        outcomes.selectedToggleProperty().addListener((obs, old, t) ->
                viewModel.outcomeProperty().set(t == null ? null : (CallOutcome) t.getUserData()));
        viewModel.outcomeProperty().addListener((obs, old, o) -> {
            if (o == null) {
                outcomes.selectToggle(null);
            }
        });
        TextField note = new TextField();
        note.setId("call-note");
        note.setPromptText(messages.get("alerts.calls.note"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button log = new Button(messages.get("alerts.calls.log"));
        log.setId("call-log");
        log.getStyleClass().add(Styles.ACCENT);
        log.setDefaultButton(true);
        log.disableProperty().bind(viewModel.outcomeProperty().isNull());
        log.setOnAction(e -> viewModel.logCall());
        HBox form1 = new HBox(8, new Label(messages.get("alerts.calls.number")), number,
                new Label(messages.get("alerts.calls.outcome")), outcomeButtons);
        form1.setAlignment(Pos.CENTER_LEFT);
        HBox form2 = new HBox(8, note, log);
        form2.setAlignment(Pos.CENTER_LEFT);
        Label problems = new Label();
        problems.setId("call-problems");
        problems.getStyleClass().add(Styles.DANGER);
        problems.setWrapText(true);
        problems.textProperty().bind(viewModel.problemsProperty().map(p -> String.join("\n", p.values())));
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());

        ListView<CallAttempt> history = new ListView<>(viewModel.attempts());
        history.setId("call-history");
        history.setPrefHeight(120);
        history.setPlaceholder(new Label(messages.get("alerts.calls.noHistory")));
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CallAttempt call, boolean empty) {
                super.updateItem(call, empty);
                setText(empty || call == null ? null : viewModel.attemptText(call));
            }
        });
        Label historyTitle = new Label(messages.get("alerts.calls.history"));
        historyTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox content = new VBox(10, heading, table, form1, form2, problems, historyTitle, history);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new javafx.geometry.Insets(4, 8, 0, 8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("call-list-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("common.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        viewModel.load(dialog::show);
    }

    private TableColumn<CallRow, String> column(String key, double width, Function<CallRow, String> value) {
        TableColumn<CallRow, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
