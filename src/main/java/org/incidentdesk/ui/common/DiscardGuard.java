package org.incidentdesk.ui.common;

import java.util.function.BooleanSupplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.incidentdesk.domain.common.Messages;

/** Makes a form dialog ask before Cancel, Esc or the close button throws away what was typed. */
public final class DiscardGuard {
    private DiscardGuard() {
    }

    /** {@code changed} tells whether the form differs from what it opened with; a saved form closes freely. */
    public static void install(Dialog<Boolean> dialog, Messages messages, BooleanSupplier changed) {
        dialog.setOnCloseRequest(event -> {
            if (Boolean.TRUE.equals(dialog.getResult()) || !changed.getAsBoolean()) {
                return;
            }
            ButtonType drop = new ButtonType(messages.get("form.discard.drop"), ButtonBar.ButtonData.OK_DONE);
            ButtonType keep = new ButtonType(messages.get("form.discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("form.discard.text"), drop, keep);
            alert.initOwner(dialog.getDialogPane().getScene().getWindow());
            alert.setTitle(messages.get("form.discard.title"));
            alert.setHeaderText(messages.get("form.discard.title"));
            if (alert.showAndWait().filter(drop::equals).isEmpty()) {
                event.consume();
                dialog.setResult(null);
            }
        });
    }
}
