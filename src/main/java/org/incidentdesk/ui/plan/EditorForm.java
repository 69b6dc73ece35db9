package org.incidentdesk.ui.plan;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The small form under a plan table that edits the selected row. */
final class EditorForm extends GridPane {
    private int row;

    EditorForm() {
        setHgap(10);
        setVgap(6);
        getStyleClass().add("detail-pane");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
    }

    EditorForm add(String label, Node field) {
        Label text = new Label(label);
        text.setMinWidth(Region.USE_PREF_SIZE);
        text.setLabelFor(field);
        add(text, 0, row);
        add(field, 1, row);
        row++;
        return this;
    }
}
