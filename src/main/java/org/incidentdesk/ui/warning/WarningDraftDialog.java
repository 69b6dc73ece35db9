package org.incidentdesk.ui.warning;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.ui.common.DialogWindows;

/**
 * 发布预警 / 调整预警: the law's fields in a form (required ones marked ＊), the issue time shown, the authority
 * check under the issuer, live; OK is enabled only when the form is complete and the issuer may issue the level
 * (or may put it forward for approval). Tab moves through the fields, Enter in a one-line field confirms.
 */
final class WarningDraftDialog {
    private final WarningDraftViewModel model;
    private final Window owner;
    private final Consumer<Warning> onStored;
    private final Messages messages;

    WarningDraftDialog(WarningDraftViewModel model, Window owner, Consumer<Warning> onStored) {
        this.model = model;
        this.owner = owner;
        this.onStored = onStored;
        this.messages = model.messages();
    }

    void show() {
        Dialog<Void> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner);
        boolean issuing = model.mode() == WarningDraftViewModel.Mode.ISSUE;
        dialog.setTitle(messages.get(issuing ? "warningui.issue.title" : "warningui.adjust.title"));
        dialog.setHeaderText(issuing ? dialog.getTitle()
                : messages.get("warningui.adjust.heading", model.adjusted().number()));
        dialog.setResizable(true);

        ComboBox<EventCategory> category = new ComboBox<>(model.categories());
        category.setId("draft-category");
        category.setConverter(converter(c -> c == null ? "" : c.name()));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        category.setPromptText(messages.get("warningui.draft.categoryPrompt"));
        ComboBox<org.incidentdesk.domain.plan.WarningLevel> level = new ComboBox<>(model.levels());
        level.setId("draft-level");
        level.setConverter(AssessmentDialog.levelConverter(messages));
        level.valueProperty().bindBidirectional(model.levelProperty());
        TextField startsAt = new TextField();
        startsAt.setId("draft-starts-at");
        startsAt.setPromptText(messages.get("warningui.draft.startsPrompt"));
        startsAt.textProperty().bindBidirectional(model.startsAtProperty());
        TextField scope = new TextField();
        scope.setId("draft-scope");
        scope.setPrefColumnCount(30);
        scope.textProperty().bindBidirectional(model.scopeProperty());
        TextArea items = area("draft-items", model.itemsProperty());
        TextArea measures = area("draft-measures", model.measuresProperty());
        ComboBox<WarningDraftViewModel.Issuer> issuer = new ComboBox<>(model.issuers());
        issuer.setId("draft-issuer");
        issuer.valueProperty().bindBidirectional(model.issuerProperty());
        Label authority = new Label();
        authority.setId("draft-authority");
        authority.setWrapText(true);
        authority.textProperty().bind(model.authorityTextProperty());
        authority.getStyleClass().add("field-error");
        Label approval = new Label();
        approval.setId("draft-approval");
        approval.getStyleClass().add("tag");
        approval.textProperty().bind(Bindings.createStringBinding(model::approvalText, model.authorityProperty()));
        approval.visibleProperty().bind(approval.textProperty().isNotEmpty());
        approval.managedProperty().bind(approval.visibleProperty());
        TextArea reason = area("draft-reason", model.reasonProperty());
        reason.setPrefRowCount(2);
        Label issueTime = new Label(model.issueTimeText());
        issueTime.getStyleClass().add("muted");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, label("warningui.field.category", false), category);
        form.addRow(row++, label("warningui.field.level", true), level);
        form.addRow(row++, label("warningui.field.startsAt", false), startsAt);
        form.addRow(row++, label("warningui.field.scope", true), scope);
        form.addRow(row++, label("warningui.field.items", true), items);
        form.addRow(row++, label("warningui.field.measures", true), measures);
        form.addRow(row++, label("warningui.field.issuer", true), issuer);
        form.add(new VBox(4, approval, authority), 1, row++);
        Label reasonLabel = new Label();
        reasonLabel.setText(fieldText("warningui.field.reason", model.reasonRequired()));
        model.levelProperty().addListener((o, a, b) -> reasonLabel.setText(fieldText("warningui.field.reason",
                model.reasonRequired())));
        form.addRow(row++, reasonLabel, reason);
        form.add(issueTime, 1, row++);

        Label problems = new Label();
        problems.setId("draft-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("muted");
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.problemsProperty().get()),
                model.problemsProperty()));
        Label error = new Label();
        error.setId("draft-error");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.textProperty().addListener((o, a, b) -> DialogWindows.growToFit(error));
        VBox content = new VBox(10, form, problems, error);
        content.setPadding(new Insets(8));
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(messages.get(issuing ? "warningui.issue.ok" : "warningui.adjust.ok"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("draft-ok");
        okButton.disableProperty().bind(model.canSubmitProperty().not());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.submit(stored -> {
                dialog.close();
                onStored.accept(stored);
            });
        });
        model.load();
        dialog.show();
        (issuing ? level : scope).requestFocus();
    }

    private Label label(String key, boolean required) {
        return new Label(fieldText(key, required));
    }

    private String fieldText(String key, boolean required) {
        return messages.get(key) + (required ? messages.get("warningui.field.requiredMark") : "");
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty property) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(3);
        area.setPrefColumnCount(30);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        keepTabForFocus(area);
        return area;
    }

    /** Tab moves on to the next field rather than typing a tab into the text (as Ctrl+Tab does in a text area). */
    static void keepTabForFocus(TextArea area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices only");
            }
        };
    }
}
