package org.incidentdesk.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** Read-only text columns, the kind every table here is made of. */
public final class Tables {
    private Tables() {
    }

    public static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(orEmpty(value.apply(c.getValue()))));
        column.setPrefWidth(width);
        return column;
    }

    /** A column whose text wraps inside the cell instead of being cut off. */
    public static <T> TableColumn<T, String> wrapping(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = text(title, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("cell-text");
                setGraphic(text);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty ? null : item);
            }
        });
        return column;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
