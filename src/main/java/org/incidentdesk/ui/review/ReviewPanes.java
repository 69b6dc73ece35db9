package org.incidentdesk.ui.review;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.Choices;
import javafx.scene.text.Text;
import javafx.util.Callback;
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

    /**
     * List cells showing each item as {@code text} gives it, every line of it wrapped to the list's width (a text
     * node, not the cell's own wrapping, which stops at two lines and elides the rest).
     */
    static <T> Callback<ListView<T>, ListCell<T>> wrappingCells(Function<T, String> text) {
        return list -> new ListCell<>() {
            private final Text shown = new Text();

            {
                shown.wrappingWidthProperty().bind(list.widthProperty().subtract(40));
                shown.getStyleClass().add("cell-text");
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                shown.setText(empty || item == null ? null : text.apply(item));
                setGraphic(empty || item == null ? null : shown);
            }
        };
    }

    /** A tab of one of the workspace's inner tab panes, found by {@code id}. */
    static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** A choice among an enum's constants, each by its name in the window's language. */
    static <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, E initial, Messages messages) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(Choices.named(messages::name));
        box.setValue(initial);
        return box;
    }

    /** A one-line field with its prompt, {@code columns} wide (0: as wide as the layout gives it). */
    static TextField field(String id, String prompt, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        if (columns > 0) {
            field.setPrefColumnCount(columns);
        } else {
            HBox.setHgrow(field, Priority.ALWAYS);
        }
        return field;
    }
}
