package org.incidentdesk.ui.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.roster.DutyKind;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.ui.common.DiscardGuard;
import org.incidentdesk.ui.common.IsoDates;

/** Puts a person on duty for a unit from one moment to another. */
final class ShiftEditorDialog extends Dialog<Boolean> {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    ShiftEditorDialog(Window owner, Messages messages, Roster rosterData, DutyShift draft, ZoneId zone,
                      RosterViewModel roster) {
        initOwner(owner);
        setTitle(messages.get("roster.duty.add"));
        setHeaderText(getTitle());
        ObservableMap<String, String> errors = FXCollections.observableHashMap();

        ComboBox<OrgUnit> unit = RosterView.unitCombo(rosterData.units());
        unit.setId("shift-unit");
        rosterData.unit(draft.unitId()).ifPresent(unit::setValue);
        ComboBox<Person> person = new ComboBox<>(FXCollections.observableArrayList(rosterData.people()));
        person.setId("shift-person");
        person.setCellFactory(list -> personCell());
        person.setButtonCell(personCell());
        rosterData.person(draft.personId()).ifPresent(person::setValue);
        person.valueProperty().addListener((obs, old, p) -> {
            if (p != null) {
                rosterData.unit(p.unitId()).ifPresent(unit::setValue);
            }
        });
        LocalDateTime start = LocalDateTime.ofInstant(draft.startsAt(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(draft.endsAt(), zone);
        DatePicker startDate = IsoDates.picker(start.toLocalDate());
        TextField startTime = new TextField(HH_MM.format(start));
        startTime.setPrefColumnCount(5);
        DatePicker endDate = IsoDates.picker(end.toLocalDate());
        TextField endTime = new TextField(HH_MM.format(end));
        endTime.setPrefColumnCount(5);
        ComboBox<DutyKind> kind = new ComboBox<>(FXCollections.observableArrayList(DutyKind.values()));
        kind.setCellFactory(list -> kindCell(messages));
        kind.setButtonCell(kindCell(messages));
        kind.setValue(draft.kind());
        TextField note = new TextField();

        FormGrid grid = new FormGrid();
        grid.add(messages.get("field.person"), person, "person", errors);
        grid.add(messages.get("field.unit"), unit, "unit", errors);
        grid.add(messages.get("field.startsAt"), new HBox(6, startDate, startTime), "startsAt", errors);
        grid.add(messages.get("field.endsAt"), new HBox(6, endDate, endTime), "endsAt", errors);
        grid.add(messages.get("roster.duty.kind"), kind, "kind", errors);
        grid.add(messages.get("field.notes"), note, "note", errors);
        getDialogPane().setContent(grid);

        ButtonType save = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.get("common.cancel"));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            errors.clear();
            var from = moment(startDate.getValue(), startTime.getText(), zone);
            var to = moment(endDate.getValue(), endTime.getText(), zone);
            if (from == null) {
                errors.put("startsAt", messages.get("roster.duty.badTime", messages.get("field.startsAt")));
            }
            if (to == null) {
                errors.put("endsAt", messages.get("roster.duty.badTime", messages.get("field.endsAt")));
            }
            if (person.getValue() == null) {
                errors.put("person", messages.get("validation.required", messages.get("field.person")));
            }
            if (unit.getValue() == null) {
                errors.put("unit", messages.get("validation.required", messages.get("field.unit")));
            }
            if (!errors.isEmpty()) {
                return;
            }
            saveButton.setDisable(true);
            DutyShift shift = new DutyShift(null, unit.getValue().id(), person.getValue().id(), from.toInstant(),
                    to.toInstant(), kind.getValue(), note.getText(), 0);
            roster.addShift(shift, () -> {
                setResult(Boolean.TRUE);
                close();
            }, problems -> {
                saveButton.setDisable(false);
                errors.putAll(problems);
            });
        });
        setResultConverter(button -> button == save);
        DiscardGuard.install(this, messages, () -> !note.getText().isBlank());
    }

    private static java.time.ZonedDateTime moment(LocalDate date, String time, ZoneId zone) {
        if (date == null || time == null) {
            return null;
        }
        try {
            return date.atTime(LocalTime.parse(time.strip(), HH_MM)).atZone(zone);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ListCell<Person> personCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Person item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        };
    }

    private static ListCell<DutyKind> kindCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(DutyKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("roster.duty.kind." + item.name()));
            }
        };
    }

}
