package org.incidentdesk.ui.common;

import java.util.function.BooleanSupplier;
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
            DialogService.UnsavedAnswer answer = FxDialogService.askUnsaved(dialog.getDialogPane().getScene().getWindow(),
                    messages, messages.get("form.discard.title"), messages.get("form.discard.text"),
                    messages.get("form.discard.drop"), messages.get("form.discard.keep"));
            if (answer == DialogService.UnsavedAnswer.DISCARD) {
                return;
            }
            event.consume();
            dialog.setResult(null);
            if (answer == DialogService.UnsavedAnswer.SAVE) {
                save.run();
            }
        });
    }
}
