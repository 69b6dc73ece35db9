package org.incidentdesk.ui.warning;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.ui.common.DialogWindows;

/** 解除预警: the reason (required), then a confirmation; a refusal shows in the dialog, the reason kept. */
final class LiftDialog {
    private final LiftViewModel model;
    private final Window owner;
    private final Consumer<Warning> onLifted;

    LiftDialog(LiftViewModel model, Window owner, Consumer<Warning> onLifted) {
        this.model = model;
        this.owner = owner;
        this.onLifted = onLifted;
    }

    void show() {
        Messages messages = model.messages();
        Dialog<Void> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get("warningui.lift.title"));
        WarningCard card = model.card();
        dialog.setHeaderText(messages.get("warningui.lift.heading", card.warning().number(),
                WarningTexts.level(messages, card.level(), card.warning().levelId()), card.warning().scope()));
        TextArea reason = new TextArea();
        reason.setId("lift-reason");
        reason.setPrefRowCount(3);
        reason.setPrefColumnCount(36);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(model.reasonProperty());
        WarningDraftDialog.keepTabForFocus(reason);
        Label error = new Label();
        error.setId("lift-error");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.textProperty().addListener((o, a, b) -> DialogWindows.growToFit(error));
        VBox content = new VBox(6, new Label(messages.get("warningui.field.liftReason")
                + messages.get("warningui.field.requiredMark")), reason, error);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("warningui.lift.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("lift-ok");
        okButton.disableProperty().bind(model.canSubmitProperty().not());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.submit(lifted -> {
                dialog.close();
                onLifted.accept(lifted);
            });
        });
        dialog.show();
        reason.requestFocus();
    }
}
