package org.incidentdesk.ui.roster;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.Icons;

/** What the roster's people and duty tables share: rows marked while on duty and edited by keys, icon buttons. */
final class RosterRows {
    private static final PseudoClass ON_DUTY = PseudoClass.getPseudoClass("on-duty");

    private RosterRows() {
    }

    /**
     * Rows on duty now are marked (colour and tooltip); a double click, Enter or F2 edits the row, Delete
     * deletes it (after asking).
     */
    static <T> void editableRows(Messages messages, TableView<T> table, Predicate<T> onDuty, String onDutyTipKey, Consumer<T> edit,
                                  Consumer<T> delete) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean marked = !empty && item != null && onDuty.test(item);
                    pseudoClassStateChanged(ON_DUTY, marked);
                    setTooltip(marked ? new Tooltip(messages.get(onDutyTipKey)) : null);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2)) {
                edit.accept(selected);
                e.consume();
            } else if (selected != null && e.getCode() == KeyCode.DELETE) {
                delete.accept(selected);
                e.consume();
            }
        });
    }

    /** A button showing {@code icon}, its tooltip from the bundle. */
    static Button iconButton(Messages messages, String id, Icons icon, String tooltipKey) {
        Button button = new Button(null, icon.node());
        button.setId(id);
        button.setTooltip(new Tooltip(messages.get(tooltipKey)));
        return button;
    }
}
