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
 * 源文件 (advanced): the whole plan as its YAML source, for the parts the other tabs do not edit (criteria,
 * categories, forms, principles), with line numbers beside it since problems cite them. Applying checks it
 * first and names the line and field of every problem.
 */
final class TextTab {
    private final PlanDraftViewModel viewModel;
    private final Messages messages;

    TextTab(PlanDraftViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
    }

    /**
     * A gutter with the line numbers of {@code text}: a second, read-only text area in the same font that
     * scrolls with it, so line 57 of a problem is line 57 here.
     */
    private static TextArea lineNumbers(TextArea text) {
        TextArea gutter = new TextArea();
        gutter.setId("plan-text-lines");
        gutter.getStyleClass().addAll("plan-text", "line-numbers");
        gutter.setEditable(false);
        gutter.setFocusTraversable(false);
        gutter.setWrapText(false);
        gutter.setPrefColumnCount(4);
        gutter.setMinWidth(56);
        gutter.setMaxWidth(56);
        Runnable renumber = () -> {
            long lines = text.getText() == null ? 1 : text.getText().chars().filter(c -> c == '\n').count() + 1;
            StringBuilder numbers = new StringBuilder();
            for (long i = 1; i <= lines; i++) {
                numbers.append(i).append('\n');
            }
            gutter.setText(numbers.toString());
            gutter.setScrollTop(text.getScrollTop());
        };
        text.textProperty().addListener((obs, old, typed) -> renumber.run());
        text.scrollTopProperty().addListener((obs, old, top) -> gutter.setScrollTop(top.doubleValue()));
        gutter.scrollTopProperty().addListener((obs, old, top) -> {
            if (top.doubleValue() != text.getScrollTop()) {
                gutter.setScrollTop(text.getScrollTop());
            }
        });
        renumber.run();
        return gutter;
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
        text.setWrapText(false);
        HBox editor = new HBox(0, lineNumbers(text), text);
        HBox.setHgrow(text, Priority.ALWAYS);
        VBox box = new VBox(8, hint, editor, new HBox(8, apply, reloadButton), problems);
        VBox.setVgrow(editor, Priority.ALWAYS);
        Tab tab = new Tab(messages.get("planui.tab.text"), box);
        tab.setTooltip(new javafx.scene.control.Tooltip(messages.get("planui.text.hint")));
        tab.setId("tab-plan-text");
        return tab;
    }
}
