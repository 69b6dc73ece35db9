package org.incidentdesk.ui.roster;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.common.Tables;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * The roster's 值班表 tab: the shifts with on-duty rows marked, "on duty now only", adding, editing and deleting
 * a shift, and starting and ending the 24-hour response duty.
 */
final class DutyTab {
    private final RosterViewModel viewModel;
    private final Messages messages;
    private final Supplier<Window> window;
    private final Supplier<PersonRow> selectedPerson;
    private final TableView<ShiftRow> shiftTable = new TableView<>();

    DutyTab(RosterViewModel viewModel, Supplier<Window> window, Supplier<PersonRow> selectedPerson) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.window = window;
        this.selectedPerson = selectedPerson;
    }

    BorderPane pane() {
        ToggleButton nowOnly = new ToggleButton(messages.get("roster.duty.nowOnly"), Icons.ON_DUTY.node());
        nowOnly.setId("duty-now-only");
        nowOnly.selectedProperty().bindBidirectional(viewModel.duty().onDutyOnlyProperty());
        Button add = RosterRows.iconButton(messages, "add-shift", Icons.ADD_PERSON, "roster.duty.add");
        Permissions.needs(add, Permission.ROSTER_EDIT);
        add.setText(messages.get("roster.duty.add"));
        add.setOnAction(e -> addShift());
        Button edit = RosterRows.iconButton(messages, "edit-shift", Icons.EDIT, "roster.duty.edit");
        Permissions.needs(edit, Permission.ROSTER_EDIT);
        edit.disableProperty().bind(shiftTable.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editShift(shiftTable.getSelectionModel().getSelectedItem()));
        Button delete = RosterRows.iconButton(messages, "delete-shift", Icons.DELETE, "roster.duty.delete");
        Permissions.needs(delete, Permission.ROSTER_EDIT);
        delete.disableProperty().bind(shiftTable.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> viewModel.duty().deleteShift(shiftTable.getSelectionModel().getSelectedItem()));
        Button response = RosterRows.iconButton(messages, "start-response-duty", Icons.ALARM, "roster.duty.response.tip");
        Permissions.needs(response, Permission.RESPONSE_DUTY);
        response.setText(messages.get("roster.duty.response.start"));
        response.getStyleClass().add(Styles.DANGER);
        response.setOnAction(e -> viewModel.responseDuty().startResponseDuty());
        Button endResponse = RosterRows.iconButton(messages, "end-response-duty", Icons.ON_DUTY, "roster.duty.response.endTip");
        Permissions.needs(endResponse, Permission.RESPONSE_DUTY);
        endResponse.setText(messages.get("roster.duty.response.end"));
        endResponse.setOnAction(e -> viewModel.responseDuty().endResponseDuty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(6, nowOnly, add, edit, delete, spacer, response, endResponse);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        for (var node : toolbar.getChildren()) {
            if (node instanceof Region region && node != spacer) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        shiftTable.setId("shift-table");
        shiftTable.setItems(viewModel.duty().visibleShifts());
        shiftTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Whoever must phone needs every name, unit and number whole: these columns never get narrower than
        // their longest entry; the unit (the long one) wraps instead of being cut.
        var person = Tables.text(messages.get("field.person"), 70, ShiftRow::personName);
        var time = Tables.text(messages.get("roster.duty.time"), 190, ShiftRow::period);
        var kind = Tables.text(messages.get("roster.duty.kind"), 110, ShiftRow::kind);
        var mobile = Tables.text(messages.get("field.mobile"), 110, ShiftRow::mobile);
        var office = Tables.text(messages.get("field.officePhone"), 120, ShiftRow::officePhone);
        Tables.keepWhole(person, ShiftRow::personName, viewModel.duty().visibleShifts());
        Tables.keepWhole(time, ShiftRow::period, viewModel.duty().visibleShifts());
        Tables.keepWhole(kind, ShiftRow::kind, viewModel.duty().visibleShifts());
        Tables.keepWhole(mobile, ShiftRow::mobile, viewModel.duty().visibleShifts());
        Tables.keepWhole(office, ShiftRow::officePhone, viewModel.duty().visibleShifts());
        var unit = Tables.wrapping(messages.get("field.unit"), 160, ShiftRow::unitName);
        unit.setMinWidth(110);
        shiftTable.getColumns().setAll(List.of(person, unit, mobile, office, time, kind));
        shiftTable.setPlaceholder(new Label(messages.get("roster.duty.empty")));
        RosterRows.editableRows(messages, shiftTable, ShiftRow::current, "roster.duty.onNow", this::editShift, viewModel.duty()::deleteShift);
        Region swatch = new Region();
        swatch.getStyleClass().add("duty-legend-swatch");
        Label legend = new Label(messages.get("roster.duty.legend"), swatch);
        legend.setId("duty-legend");
        legend.getStyleClass().add("muted");
        BorderPane pane = new BorderPane(shiftTable);
        pane.setTop(toolbar);
        pane.setBottom(legend);
        BorderPane.setMargin(toolbar, new Insets(8, 0, 8, 0));
        BorderPane.setMargin(legend, new Insets(6, 0, 0, 0));
        return pane;
    }

    private void addShift() {
        var roster = viewModel.rosterProperty().get();
        if (roster.people().isEmpty()) {
            return;
        }
        PersonRow selected = selectedPerson.get();
        var person = selected != null ? selected.person() : roster.people().get(0);
        new ShiftEditorDialog(window.get(), messages, roster, viewModel.duty().newShiftDraft(person.unitId(), person.id()),
                viewModel.zone(), viewModel.duty()).showAndWait();
    }

    private void editShift(ShiftRow row) {
        if (row != null) {
            new ShiftEditorDialog(window.get(), messages, viewModel.rosterProperty().get(), row.shift(), viewModel.zone(),
                    viewModel.duty()).showAndWait();
        }
    }
}
