package org.incidentdesk.ui.roster;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.ui.common.DialogWindows;
import org.incidentdesk.ui.common.DiscardGuard;

/** Add or edit a unit of the command structure, with its written duties (职责分工). */
final class UnitEditorDialog extends Dialog<Boolean> {

    UnitEditorDialog(Window owner, Messages messages, Roster rosterData, OrgUnit original, RosterViewModel roster) {
        List<OrgUnit> units = rosterData.units();
        DialogWindows.prepare(this, owner);
        setTitle(messages.get(original == null ? "roster.unit.add" : "roster.unit.edit"));
        setHeaderText(getTitle());
        ObservableMap<String, String> errors = FXCollections.observableHashMap();

        TextField name = new TextField(original == null ? "" : original.name());
        name.setId("unit-name");
        ComboBox<UnitKind> kind = new ComboBox<>(FXCollections.observableArrayList(UnitKind.values()));
        kind.setId("unit-kind");
        kind.setCellFactory(list -> kindCell(messages));
        kind.setButtonCell(kindCell(messages));
        kind.setValue(original == null ? UnitKind.MEMBER_UNIT : original.kind());
        var below = original == null ? java.util.Set.<Long>of() : rosterData.descendantsOf(original.id());
        List<OrgUnit> parents = units.stream()
                .filter(u -> original == null || !u.id().equals(original.id()) && !below.contains(u.id())).toList();
        ComboBox<OrgUnit> parent = RosterView.unitCombo(parents);
        parent.setId("unit-parent");
        if (original != null && original.parentId() != null) {
            parent.setValue(parents.stream().filter(u -> u.id().equals(original.parentId())).findFirst().orElse(null));
        } else if (original == null) {
            parent.setValue(parents.stream().filter(u -> u.kind() == UnitKind.COMMAND).findFirst().orElse(null));
        }
        TextArea duties = new TextArea(original == null ? "" : original.duties());
        duties.setId("unit-duties");
        duties.setWrapText(true);
        duties.setPrefRowCount(5);
        duties.setMinHeight(96);
        Spinner<Integer> order = new Spinner<>(0, 9999, original == null ? nextOrder(units) : original.sortOrder());
        order.setEditable(true);

        FormGrid grid = new FormGrid();
        grid.add(messages.get("field.unitName"), name, "unitName", errors);
        grid.add(messages.get("field.unitKind"), kind, "unitKind", errors);
        grid.add(messages.get("field.parentUnit"), parent, "parentUnit", errors);
        grid.add(messages.get("roster.unit.duties"), duties, "duties", errors);
        grid.add(messages.get("roster.unit.order"), order, "order", errors);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560);

        ButtonType save = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.get("common.cancel"));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("unit-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            saveButton.setDisable(true);
            OrgUnit draft = new OrgUnit(original == null ? null : original.id(),
                    parent.getValue() == null ? null : parent.getValue().id(), kind.getValue(), name.getText(),
                    duties.getText(), order.getValue(), original == null ? 0 : original.version());
            roster.saveUnit(draft, () -> {
                setResult(Boolean.TRUE);
                close();
            }, problems -> {
                saveButton.setDisable(false);
                errors.clear();
                errors.putAll(problems);
            });
        });
        setResultConverter(button -> button == save);
        setOnShown(e -> name.requestFocus());
        String openedName = name.getText();
        String openedDuties = duties.getText();
        DiscardGuard.install(this, messages, () -> !name.getText().equals(openedName)
                || !duties.getText().equals(openedDuties), saveButton::fire);
    }

    private static int nextOrder(List<OrgUnit> units) {
        return units.stream().mapToInt(OrgUnit::sortOrder).max().orElse(0) + 1;
    }

    static ListCell<UnitKind> kindCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(UnitKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("roster.unitKind." + item.name()));
            }
        };
    }
}
