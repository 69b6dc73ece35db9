package org.incidentdesk.ui.common;

import java.util.function.BooleanSupplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.incidentdesk.domain.common.Messages;

/**
 * Makes a form dialog ask before Cancel, Esc or the close button throws away what was typed. The question
 * offers 保存 (save, as the form's own Save button would), 放弃 (drop) and 继续填写 (keep editing, the default).
 */
public final class DiscardGuard {
    private DiscardGuard() {
    }

    /**
     * {@code changed} tells whether the form differs from what it opened with; a saved form closes freely.
     * {@code save} runs the form's own save, which closes the dialog when it succeeds.
     */
    public static void install(Dialog<Boolean> dialog, Messages messages, BooleanSupplier changed, Runnable save) {
        dialog.setOnCloseRequest(event -> {
            if (Boolean.TRUE.equals(dialog.getResult()) || !changed.getAsBoolean()) {
                return;
            }
            ButtonType saveType = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.YES);
            ButtonType drop = new ButtonType(messages.get("form.discard.drop"), ButtonBar.ButtonData.NO);
            ButtonType keep = new ButtonType(messages.get("form.discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("form.discard.text"), saveType, drop, keep);
            DialogWindows.prepare(alert, dialog.getDialogPane().getScene().getWindow());
            alert.setTitle(messages.get("form.discard.title"));
            alert.setHeaderText(messages.get("form.discard.title"));
            alert.getDialogPane().lookupButton(saveType).setId("discard-save");
            alert.getDialogPane().lookupButton(drop).setId("discard-drop");
            alert.getDialogPane().lookupButton(keep).setId("discard-keep");
            FxDialogService.makeCancelTheDefault(alert.getDialogPane(), drop, keep);
            ((Button) alert.getDialogPane().lookupButton(saveType)).setDefaultButton(false);
            ButtonType answer = alert.showAndWait().orElse(keep);
            if (answer == drop) {
                return;
            }
            event.consume();
            dialog.setResult(null);
            if (answer == saveType) {
                save.run();
            }
        });
    }
}
