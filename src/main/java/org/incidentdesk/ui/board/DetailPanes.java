package org.incidentdesk.ui.board;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/** The layout pieces every tab of the incident detail shares. */
final class DetailPanes {
    private DetailPanes() {
    }

    static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + id);
        return tab;
    }

    /** A tab's content: {@code growing} takes the height left by the rest, all of it padded alike. */
    static VBox section(Node growing, Node... children) {
        VBox box = new VBox(6, children);
        VBox.setVgrow(growing, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** List cells showing each item as {@code text} gives it, wrapped to the list's width. */
    static <T> Callback<ListView<T>, ListCell<T>> textCells(Function<T, String> text) {
        return list -> new ListCell<>() {
            {
                setWrapText(true);
                // as wide as the list (less its scroll bar), so a long entry wraps whole instead of running off
                prefWidthProperty().bind(list.widthProperty().subtract(24));
                setMaxWidth(USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
