package org.incidentdesk.ui.roster;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.DialogWindows;
import org.incidentdesk.ui.common.Tables;

/**
 * Shows every row of an import file with what would happen to it and what is wrong with it: the rows with
 * problems first, with their count and a filter to see only them; for a row that updates a person, what
 * changes. The import button is only enabled when no row has a problem.
 */
final class ImportPreviewDialog extends Dialog<Boolean> {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    ImportPreviewDialog(Window owner, Messages messages, ImportReview review) {
        DialogWindows.prepare(this, owner);
        setTitle(messages.get("roster.import.title"));
        setHeaderText(review.source());
        setResizable(true);

        Label summary = new Label(review.summary());
        summary.setId("import-summary");
        summary.setWrapText(true);
        if (!review.canApply()) {
            summary.getStyleClass().add("field-error");
        }
        FilteredList<ImportReview.Row> rows = new FilteredList<>(FXCollections.observableArrayList(review.problemsFirst()));
        long withProblems = review.rowsWithProblems();
        Label count = new Label(messages.get("roster.import.problemCount", withProblems, review.rows().size()));
        count.setId("import-problem-count");
        CheckBox problemsOnly = new CheckBox(messages.get("roster.import.problemsOnly"));
        problemsOnly.setId("import-problems-only");
        problemsOnly.setDisable(withProblems == 0);
        problemsOnly.selectedProperty().addListener((obs, old, only) ->
                rows.setPredicate(only ? ImportReview.Row::hasProblems : null));
        HBox filter = new HBox(16, count, problemsOnly);
        filter.setAlignment(Pos.CENTER_LEFT);

        TableView<ImportReview.Row> table = new TableView<>(rows);
        table.setId("import-preview-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var rowNumber = Tables.text(messages.get("roster.import.row"), 50, (ImportReview.Row r) -> Integer.toString(r.rowNumber()));
        var name = Tables.text(messages.get("field.name"), 90, ImportReview.Row::name);
        var unit = Tables.wrapping(messages.get("field.unit"), 150, ImportReview.Row::unit);
        var action = Tables.text(messages.get("roster.import.action"), 60, ImportReview.Row::action);
        var problems = Tables.wrapping(messages.get("roster.import.problems"), 330,
                (ImportReview.Row r) -> String.join("\n", r.problems()));
        var changes = Tables.wrapping(messages.get("roster.import.changes"), 280,
                (ImportReview.Row r) -> String.join("\n", r.changes()));
        rowNumber.setMinWidth(50);
        rowNumber.setMaxWidth(60);
        unit.setMinWidth(140);
        unit.setMaxWidth(220);
        problems.setMinWidth(260);
        changes.setMinWidth(200);
        Tables.keepWhole(name, ImportReview.Row::name, rows);
        Tables.keepWhole(action, ImportReview.Row::action, rows);
        action.setMaxWidth(action.getMinWidth());
        name.setMaxWidth(200);
        table.getColumns().setAll(List.of(rowNumber, name, unit, action, problems, changes));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportReview.Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(PROBLEM, !empty && item != null && item.hasProblems());
            }
        });
        table.setPrefSize(960, 420);
        table.setMinHeight(200);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setPrefWidth(1000);
        getDialogPane().setContent(new VBox(8, summary, filter, table));
        addButtons(messages, review);
        setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE);
        problemsOnly.setSelected(withProblems > 0);
    }

    private void addButtons(Messages messages, ImportReview review) {
        ButtonType apply = new ButtonType(messages.get("roster.import.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.setId("import-apply");
        applyButton.setDisable(!review.canApply());
        Button cancel = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("import-cancel");
        cancel.setText(messages.get(review.canApply() ? "common.cancel" : "common.close"));
    }

}
