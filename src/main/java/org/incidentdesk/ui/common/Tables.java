package org.incidentdesk.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Read-only text columns, the kind every table here is made of. */
public final class Tables {
    /** Left and right cell padding plus room for the sort arrow in the header. */
    private static final double CELL_PADDING = 28;
    private static final double UI_FONT_SIZE = 13;

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

    /**
     * Keeps {@code column} at least as wide as its title and its longest entry among {@code items}, so no
     * name or number in it is ever cut off; it follows the items as they change.
     */
    public static <T> void keepWhole(TableColumn<T, String> column, Function<T, String> value, ObservableList<T> items) {
        Runnable fit = () -> {
            double widest = textWidth(column.getText());
            for (T item : items) {
                widest = Math.max(widest, textWidth(value.apply(item)));
            }
            column.setMinWidth(Math.ceil(widest + CELL_PADDING));
        };
        items.addListener((ListChangeListener<T>) change -> fit.run());
        fit.run();
    }

    private static double textWidth(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text probe = new Text(text);
        probe.setFont(Font.font(Fonts.UI_FAMILY, UI_FONT_SIZE));
        return probe.getLayoutBounds().getWidth();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
