package org.incidentdesk.ui.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.roster.DutyKind;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.ui.common.DialogWindows;
import org.incidentdesk.ui.common.DiscardGuard;
import org.incidentdesk.ui.common.IsoDates;

/**
 * Puts a person on duty for a unit from one moment to another, or changes a shift. The person is picked from
 * a list that shows each person's unit and is searched like the roster. A problem shows under its field and
 * goes away as soon as the input is fixed.
 */
final class ShiftEditorDialog extends Dialog<Boolean> {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Map<String, Supplier<String>> checks = new LinkedHashMap<>();

    ShiftEditorDialog(Window owner, Messages messages, Roster rosterData, DutyShift draft, ZoneId zone,
                      DutyViewModel duty) {
        DialogWindows.prepare(this, owner);
        setTitle(messages.get(draft.id() == null ? "roster.duty.add" : "roster.duty.edit"));
        setHeaderText(getTitle());
        setResizable(true);

        ComboBox<OrgUnit> unit = RosterView.unitCombo(rosterData.units());
        unit.setId("shift-unit");
        rosterData.unit(draft.unitId()).ifPresent(unit::setValue);
        TextField personSearch = new TextField();
        personSearch.setId("shift-person-search");
        personSearch.setPromptText(messages.get("roster.duty.personSearch"));
        FilteredList<Person> people = new FilteredList<>(FXCollections.observableArrayList(rosterData.people()));
        personSearch.textProperty().addListener((obs, old, query) ->
                people.setPredicate(p -> duty.personMatches(p.id(), query)));
        ListView<Person> person = new ListView<>(people);
        person.setId("shift-person");
        person.setPrefHeight(150);
        person.setMinHeight(110);
        person.setCellFactory(list -> personCell(rosterData, messages));
        rosterData.person(draft.personId()).ifPresent(p -> {
            person.getSelectionModel().select(p);
            person.scrollTo(p);
        });
        person.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                rosterData.unit(p.unitId()).ifPresent(unit::setValue);
            }
        });
        LocalDateTime start = LocalDateTime.ofInstant(draft.startsAt(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(draft.endsAt(), zone);
        DatePicker startDate = IsoDates.picker(start.toLocalDate());
        TextField startTime = timeField("shift-start-time", start);
        DatePicker endDate = IsoDates.picker(end.toLocalDate());
        TextField endTime = timeField("shift-end-time", end);
        ComboBox<DutyKind> kind = new ComboBox<>(FXCollections.observableArrayList(DutyKind.values()));
        kind.setId("shift-kind");
        kind.setCellFactory(list -> kindCell(messages));
        kind.setButtonCell(kindCell(messages));
        kind.setValue(draft.kind());
        kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField note = new TextField(Objects.requireNonNullElse(draft.note(), ""));
        note.setId("shift-note");

        Supplier<ZonedDateTime> from = () -> moment(startDate.getValue(), startTime.getText(), zone);
        Supplier<ZonedDateTime> to = () -> moment(endDate.getValue(), endTime.getText(), zone);
        check("person", () -> person.getSelectionModel().getSelectedItem() == null
                ? messages.get("validation.required", messages.get("field.person")) : null,
                person.getSelectionModel().selectedItemProperty());
        check("unit", () -> unit.getValue() == null ? messages.get("validation.required", messages.get("field.unit")) : null,
                unit.valueProperty());
        check("startsAt", () -> from.get() == null ? messages.get("roster.duty.badTime", messages.get("field.startsAt")) : null,
                startDate.valueProperty(), startTime.textProperty());
        check("endsAt", () -> to.get() == null ? messages.get("roster.duty.badTime", messages.get("field.endsAt"))
                        : from.get() != null && !to.get().isAfter(from.get()) ? messages.get("validation.endBeforeStart", messages.get("field.endsAt")) : null,
                endDate.valueProperty(), endTime.textProperty(), startDate.valueProperty(), startTime.textProperty());

        FormGrid grid = new FormGrid();
        grid.add(messages.get("field.person"), new VBox(4, personSearch, person), "person", errors);
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
        saveButton.setId("shift-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            errors.clear();
            checks.forEach((field, problem) -> {
                String message = problem.get();
                if (message != null) {
                    errors.put(field, message);
                }
            });
            if (!errors.isEmpty()) {
                return;
            }
            saveButton.setDisable(true);
            DutyShift shift = new DutyShift(draft.id(), unit.getValue().id(), person.getSelectionModel().getSelectedItem().id(),
                    from.get().toInstant(), to.get().toInstant(), kind.getValue(), blankToNull(note.getText()), draft.version());
            duty.saveShift(shift, () -> {
                setResult(Boolean.TRUE);
                close();
            }, problems -> {
                saveButton.setDisable(false);
                errors.putAll(problems);
            });
        });
        setResultConverter(button -> button == save);
        setOnShown(e -> personSearch.requestFocus());
        String openedNote = Objects.requireNonNullElse(draft.note(), "");
        String openedStart = startTime.getText();
        String openedEnd = endTime.getText();
        DiscardGuard.install(this, messages, () -> !note.getText().strip().equals(openedNote.strip())
                || !startTime.getText().equals(openedStart) || !endTime.getText().equals(openedEnd), saveButton::fire);
    }

    /** Registers how to find a field's problem; once it is shown, it is checked again whenever an input changes. */
    private void check(String field, Supplier<String> problem, Observable... inputs) {
        checks.put(field, problem);
        for (Observable input : inputs) {
            input.addListener(obs -> {
                if (errors.containsKey(field)) {
                    String message = problem.get();
                    if (message == null) {
                        errors.remove(field);
                    } else {
                        errors.put(field, message);
                    }
                }
            });
        }
    }

    private static TextField timeField(String id, LocalDateTime value) {
        TextField field = new TextField(HH_MM.format(value));
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return field;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ZonedDateTime moment(LocalDate date, String time, ZoneId zone) {
        if (date == null || time == null) {
            return null;
        }
        try {
            return date.atTime(LocalTime.parse(time.strip(), HH_MM)).atZone(zone);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ListCell<Person> personCell(Roster rosterData, Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Person item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("common.withNote", item.name(),
                        rosterData.unit(item.unitId()).map(OrgUnit::name).orElse("?")));
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
