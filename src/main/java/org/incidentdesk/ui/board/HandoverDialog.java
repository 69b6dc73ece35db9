package org.incidentdesk.ui.board;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.DialogWindows;

/** Asks the person on duty what is open and what to watch. */
final class HandoverDialog {
    record Written(String openItems, String watchItems) {
    }

    private final Messages messages;

    HandoverDialog(Messages messages) {
        this.messages = messages;
    }

    Optional<Written> ask(Window owner) {
        Dialog<Written> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get("board.handover.write"));
        TextArea open = new TextArea();
        open.setId("handover-open");
        open.setPrefRowCount(4);
        TextArea watch = new TextArea();
        watch.setId("handover-watch");
        watch.setPrefRowCount(3);
        dialog.getDialogPane().setContent(new VBox(6, new Label(messages.get("field.handover.openItems")), open,
                new Label(messages.get("field.handover.watchItems")), watch));
        ButtonType save = new ButtonType(messages.get("board.handover.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("handover-save");
        saveButton.disableProperty().bind(open.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == save ? new Written(open.getText(), watch.getText()) : null);
        return dialog.showAndWait();
    }
}
