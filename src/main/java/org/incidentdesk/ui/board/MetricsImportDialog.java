package org.incidentdesk.ui.board;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.DialogWindows;

/**
 * The metrics file as read: a summary and every problem with its row. The import button stays disabled while
 * there is a problem; the dialog answers true only when the user imports.
 */
final class MetricsImportDialog extends Dialog<Boolean> {
    MetricsImportDialog(Window owner, Messages messages, MetricsReview review) {
        DialogWindows.prepare(this, owner);
        setTitle(messages.get("board.metrics.import.title"));
        setHeaderText(review.preview().fileName());
        setResizable(true);

        Label summary = new Label(review.summary());
        summary.setId("metrics-import-summary");
        summary.setWrapText(true);
        VBox content = new VBox(8, summary);
        if (!review.canApply()) {
            summary.getStyleClass().add("field-error");
            ListView<String> problems = new ListView<>(FXCollections.observableArrayList(review.problems()));
            problems.setId("metrics-import-problems");
            problems.setPrefSize(620, 260);
            problems.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
                {
                    // a long problem wraps within the list instead of running off its right edge
                    prefWidthProperty().bind(list.widthProperty().subtract(24));
                    setWrapText(true);
                }

                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                }
            });
            content.getChildren().add(problems);
        }
        getDialogPane().setContent(content);

        ButtonType apply = new ButtonType(messages.get("board.metrics.import.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.setId("metrics-import-apply");
        applyButton.setDisable(!review.canApply());
        Button cancel = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("metrics-import-cancel");
        cancel.setText(messages.get(review.canApply() ? "common.cancel" : "common.close"));
        setResultConverter(button -> button == apply);
    }
}
