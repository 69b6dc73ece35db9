package org.incidentdesk.ui.roster;

import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentdesk.ui.common.DialogWindows;

/** A two-column form whose rows show the field's error message right under the field. */
final class FormGrid extends GridPane {
    private int row;

    FormGrid() {
        setHgap(12);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a labelled field; {@code errors.get(field)} appears under it while present. */
    void add(String labelText, Node control, String field, ObservableMap<String, String> errors) {
        Label label = new Label(labelText);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(control);
        Label error = new Label();
        error.setId("error-" + field);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        errors.addListener((MapChangeListener<String, String>) change -> {
            String message = errors.get(field);
            error.setText(message);
            error.setVisible(message != null);
            error.setManaged(message != null);
            DialogWindows.growToFit(this);
        });
        add(label, 0, row);
        add(new VBox(2, control, error), 1, row);
        row++;
    }
}
