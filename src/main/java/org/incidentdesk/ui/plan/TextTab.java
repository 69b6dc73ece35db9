package org.incidentdesk.ui.plan;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;

/**
 * 全文: the whole plan as its YAML document, for the parts the other tabs do not edit (criteria, categories,
 * forms, principles). Applying checks it first and names the line and field of every problem.
 */
final class TextTab {
    private final PlanViewModel viewModel;
    private final Messages messages;

    TextTab(PlanViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
    }

    Tab build() {
        TextArea text = new TextArea();
        text.setId("plan-text");
        text.getStyleClass().add("plan-text");
        text.editableProperty().bind(viewModel.editableProperty());
        Label problems = new Label();
        problems.setId("plan-text-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("field-error");
        boolean[] loading = {false};
        Runnable reload = () -> {
            loading[0] = true;
            text.setText(viewModel.documentText());
            loading[0] = false;
            viewModel.textEditedProperty().set(false);
            problems.setText("");
        };
        text.textProperty().addListener((obs, old, typed) -> {
            if (!loading[0]) {
                viewModel.textEditedProperty().set(true);
            }
        });
        viewModel.draftProperty().addListener((obs, old, plan) -> {
            if (!viewModel.textEditedProperty().get()) {
                reload.run();
            }
        });
        Button apply = new Button(messages.get("planui.text.apply"));
        apply.setId("plan-text-apply");
        apply.disableProperty().bind(viewModel.editableProperty().not());
        apply.setOnAction(e -> {
            List<String> found = viewModel.applyDocumentText(text.getText());
            problems.setText(found.isEmpty() ? "" : messages.get("planui.text.problems", found.size())
                    + "\n" + String.join("\n", found));
        });
        Button reloadButton = new Button(messages.get("planui.text.reload"));
        reloadButton.setOnAction(e -> reload.run());
        Label hint = new Label(messages.get("planui.text.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox box = new VBox(8, hint, text, new HBox(8, apply, reloadButton), problems);
        VBox.setVgrow(text, Priority.ALWAYS);
        Tab tab = new Tab(messages.get("planui.tab.text"), box);
        tab.setId("tab-plan-text");
        return tab;
    }
}
