package org.incidentdesk.ui.review;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The layout pieces the review workspace's panes share. */
final class ReviewPanes {
    private ReviewPanes() {
    }

    /** A pane's content: {@code growing} takes the height left by the rest, all of it padded alike. */
    static VBox section(Node growing, Node... children) {
        VBox box = new VBox(6, children);
        VBox.setVgrow(growing, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** A heading over a part of a pane. */
    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }
}
