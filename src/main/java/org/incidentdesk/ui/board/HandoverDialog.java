package org.incidentdesk.ui.board;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;

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
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("board.handover.write"));
        TextArea open = new TextArea();
        open.setId("handover-open");
        open.setPrefRowCount(4);
        TextArea watch = new TextArea();
        watch.setId("handover-watch");
        watch.setPrefRowCount(3);
        dialog.getDialogPane().setContent(new VBox(6, new Label(messages.get("field.handover.openItems")), open,
                new Label(messages.get("field.handover.watchItems")), watch));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Written(open.getText(), watch.getText()) : null);
        return dialog.showAndWait();
    }
}
