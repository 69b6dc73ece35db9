package org.incidentdesk.ui.board;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.incident.MetricsColumn;
import org.incidentdesk.service.incident.MetricsColumnMapping;
import org.incidentdesk.ui.common.DialogWindows;

/**
 * The metrics file as read: a summary, every problem with its row, and for each header the reader does not know
 * a choice to read it as one of the columns or to ignore it (then 重新检查 reads the file again with those
 * choices). The import button stays disabled while there is a problem.
 */
final class MetricsImportDialog extends Dialog<MetricsImportDialog.Answer> {
    /** What the person decided: import, read again with a mapping, or leave it. */
    sealed interface Answer {
        record Import() implements Answer {
        }

        record Remap(MetricsColumnMapping mapping) implements Answer {
        }

        record Cancel() implements Answer {
        }
    }

    /** One header's choice in the mapping: a column, or null for 忽略此列. */
    private record Choice(MetricsColumn column, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

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
            content.getChildren().add(problems(review));
        }
        List<ComboBox<Choice>> choices = new ArrayList<>();
        if (!review.preview().unknownColumns().isEmpty()) {
            content.getChildren().add(mapping(messages, review, choices));
        }
        getDialogPane().setContent(content);

        ButtonType apply = new ButtonType(messages.get("board.metrics.import.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType remap = new ButtonType(messages.get("board.metrics.import.remap"), ButtonBar.ButtonData.LEFT);
        ButtonType cancel = new ButtonType(messages.get(review.canApply() ? "common.cancel" : "common.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(apply, cancel);
        if (!choices.isEmpty()) {
            getDialogPane().getButtonTypes().add(remap);
            Button remapButton = (Button) getDialogPane().lookupButton(remap);
            remapButton.setId("metrics-import-remap");
            remapButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> choices.stream().allMatch(c -> c.getValue() == null),
                    choices.stream().map(ComboBox::valueProperty).toArray(javafx.beans.Observable[]::new)));
        }
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.setId("metrics-import-apply");
        applyButton.setDisable(!review.canApply());
        getDialogPane().lookupButton(cancel).setId("metrics-import-cancel");
        setResultConverter(button -> {
            if (button == apply) {
                return new Answer.Import();
            }
            if (button == remap) {
                return new Answer.Remap(chosen(review, choices));
            }
            return new Answer.Cancel();
        });
    }

    private static ListView<String> problems(MetricsReview review) {
        ListView<String> problems = new ListView<>(FXCollections.observableArrayList(review.problems()));
        problems.setId("metrics-import-problems");
        problems.setPrefSize(620, 220);
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
        return problems;
    }

    /** 表头“…”读作：[column ▾] for each header still unknown; 忽略此列 is one of the choices. */
    private static VBox mapping(Messages messages, MetricsReview review, List<ComboBox<Choice>> choices) {
        List<Choice> options = new ArrayList<>();
        options.add(new Choice(null, messages.get("board.metrics.import.ignore")));
        for (MetricsColumn column : MetricsColumn.values()) {
            options.add(new Choice(column, messages.name(column)));
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (String header : review.preview().unknownColumns()) {
            ComboBox<Choice> box = new ComboBox<>(FXCollections.observableArrayList(options));
            box.setId("metrics-map-" + row);
            box.setPromptText(messages.get("board.metrics.import.choose.column"));
            box.getProperties().put("header", header);
            box.setMinWidth(160);
            choices.add(box);
            grid.addRow(row++, new Label(messages.get("board.metrics.import.mapping", header)), box);
        }
        Label title = new Label(messages.get("board.metrics.import.mapping.title"));
        title.getStyleClass().add("text-bold");
        return new VBox(6, title, grid);
    }

    private static MetricsColumnMapping chosen(MetricsReview review, List<ComboBox<Choice>> choices) {
        MetricsColumnMapping mapping = review.mapping();
        for (ComboBox<Choice> box : choices) {
            String header = (String) box.getProperties().get("header");
            Choice choice = box.getValue();
            if (choice == null) {
                continue;
            }
            mapping = choice.column() == null ? mapping.ignoring(header) : mapping.with(header, choice.column());
        }
        return mapping;
    }
}
