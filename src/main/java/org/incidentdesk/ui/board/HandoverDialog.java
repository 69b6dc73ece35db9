package org.incidentdesk.ui.board;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.DialogWindows;

/**
 * The handover as generated from the record, for the person on duty to edit (the texts wrap) and hand over to
 * the successor the duty roster names (or another name picked from the roster).
 */
final class HandoverDialog {
    record Written(String openItems, String watchItems, String successor) {
    }

    private final Messages messages;

    HandoverDialog(Messages messages) {
        this.messages = messages;
    }

    Optional<Written> ask(Window owner, HandoverViewModel.Draft draft) {
        Dialog<Written> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get("board.handover.write"));
        dialog.setResizable(true);
        TextArea open = area("handover-open", draft.openItems(), 10);
        TextArea watch = area("handover-watch", draft.watchItems(), 5);
        ComboBox<String> successor = new ComboBox<>(FXCollections.observableArrayList(draft.people()));
        successor.setId("handover-successor");
        successor.setValue(draft.successor());
        successor.setPromptText(messages.get("board.handover.noSuccessor"));
        VBox content = new VBox(6, new Label(messages.get("field.handover.openItems")), open,
                new Label(messages.get("field.handover.watchItems")), watch,
                new Label(messages.get("field.handover.successor")), successor);
        content.setPrefWidth(640);
        content.setPadding(new javafx.geometry.Insets(8));
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(messages.get("board.handover.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("handover-save");
        saveButton.disableProperty().bind(open.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == save ? new Written(open.getText(), watch.getText(), successor.getValue())
                : null);
        return dialog.showAndWait();
    }

    private static TextArea area(String id, String text, int rows) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    /** The successor's sign-in to confirm a handover. */
    record Credentials(String account, char[] password) {
    }

    /** Asks the successor to sign in (account and password); empty when they cancel. */
    Optional<Credentials> askSignIn(Window owner) {
        Dialog<Credentials> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get("board.handover.confirmTitle"));
        dialog.setHeaderText(messages.get("accountui.handover.signInHeader"));
        javafx.scene.control.TextField account = new javafx.scene.control.TextField();
        account.setId("handover-signin-name");
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("handover-signin-password");
        javafx.scene.layout.GridPane form = new javafx.scene.layout.GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("field.account.name")), account);
        form.addRow(1, new Label(messages.get("field.account.password")), password);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(messages.get("accountui.handover.signInConfirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("handover-signin-ok");
        okButton.disableProperty().bind(account.textProperty().isEmpty().or(password.textProperty().isEmpty()));
        dialog.setResultConverter(b -> b == ok ? new Credentials(account.getText(), password.getText().toCharArray())
                : null);
        account.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                account.requestFocus();
            }
        });
        return dialog.showAndWait();
    }

    /** Asks the reader to pick their own name from the roster; empty when they cancel. */
    Optional<String> askReader(Window owner, HandoverViewModel model) {
        Dialog<String> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get("board.handover.confirmTitle"));
        dialog.setHeaderText(messages.get("board.handover.confirmHeader"));
        ComboBox<String> reader = new ComboBox<>(model.readers());
        reader.setId("handover-reader");
        reader.setValue(model.expectedReader());
        dialog.getDialogPane().setContent(new VBox(6, new Label(messages.get("field.handover.reader")), reader));
        ButtonType ok = new ButtonType(messages.get("board.handover.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("handover-reader-ok");
        okButton.disableProperty().bind(reader.valueProperty().isNull());
        dialog.setResultConverter(b -> b == ok ? reader.getValue() : null);
        model.loadReaders();
        return dialog.showAndWait();
    }
}
