package org.incidentdesk.ui.board;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.board.DeadlineOverviewViewModel.Line;
import org.incidentdesk.ui.common.DialogWindows;

/**
 * The 时限一览 window: a table of the deadlines the view model loaded, overdue and missed ones in red; a double
 * click on a line shows its incident on the board. Not modal: alerts keep coming while it is open.
 */
final class DeadlineOverviewDialog {
    private static final String LATE = "deadline-late";

    private final DeadlineOverviewViewModel viewModel;
    private final Messages messages;

    DeadlineOverviewDialog(DeadlineOverviewViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
    }

    /** Builds the window; call {@code show} on it once the view model has loaded. */
    Dialog<Void> create(Window owner, boolean showIncidentColumn, Consumer<Long> openIncident) {
        Dialog<Void> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(messages.get("deadlines.title"));
        dialog.setResizable(true);
        Label heading = new Label();
        heading.setId("deadlines-heading");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.textProperty().bind(viewModel.headingProperty());

        TableView<Line> table = new TableView<>(viewModel.lines());
        table.setId("deadlines-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<TableColumn<Line, String>> columns = new java.util.ArrayList<>();
        if (showIncidentColumn) {
            columns.add(column("deadlines.column.incident", 170, Line::incident));
        }
        columns.addAll(List.of(column("deadlines.column.act", 300, Line::act),
                column("deadlines.column.owner", 150, Line::owner),
                column("deadlines.column.due", 170, Line::due),
                column("deadlines.column.state", 90, Line::state),
                column("deadlines.column.met", 150, Line::met)));
        table.getColumns().setAll(columns);
        table.setRowFactory(t -> {
            TableRow<Line> row = new TableRow<>() {
                @Override
                protected void updateItem(Line line, boolean empty) {
                    super.updateItem(line, empty);
                    getStyleClass().remove(LATE);
                    if (!empty && line != null && line.late()) {
                        getStyleClass().add(LATE);
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    openIncident.accept(row.getItem().incidentId());
                }
            });
            return row;
        });
        Label none = new Label();
        none.textProperty().bind(viewModel.placeholderProperty());
        table.setPlaceholder(none);
        table.setPrefSize(showIncidentColumn ? 1000 : 860, 360);
        VBox content = new VBox(8, heading, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("deadlines-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("common.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog;
    }

    private TableColumn<Line, String> column(String key, double width, Function<Line, String> value) {
        TableColumn<Line, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
