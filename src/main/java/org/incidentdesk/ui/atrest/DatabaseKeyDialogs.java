package org.incidentdesk.ui.atrest;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.DialogWindows;
import org.incidentdesk.ui.common.FxThread;

/**
 * The two small dialogs before the database opens (issue 20.5): at first run, whether to encrypt the database and
 * with which key; at a start on an encrypted data directory, its key (again after a wrong one). They are asked from
 * the thread that opens the database, which waits while the dialog shows on the JavaFX thread.
 */
public final class DatabaseKeyDialogs {
    /** What first run chose: a key (encrypt), or none (plain); empty when the dialog was closed without a choice. */
    public record FirstRunChoice(char[] key) {
        public boolean encrypt() {
            return key != null;
        }
    }

    private final Window owner;
    private final Supplier<Messages> messages;
    private final int minLength;

    /** {@code minLength}: the shortest new key the store accepts. */
    public DatabaseKeyDialogs(Window owner, Supplier<Messages> messages, int minLength) {
        this.owner = owner;
        this.messages = messages;
        this.minLength = minLength;
    }

    /** Asks the first-run question; waits for the answer. Not on the JavaFX thread. */
    public Optional<FirstRunChoice> askFirstRun() {
        return onFxThread(this::firstRunDialog);
    }

    /** Asks for the key of the encrypted database, saying so when the last one was wrong; waits. */
    public Optional<char[]> askKey(boolean afterWrongKey) {
        return onFxThread(() -> keyDialog(afterWrongKey));
    }

    private Optional<FirstRunChoice> firstRunDialog() {
        Messages m = messages.get();
        FirstRunEncryptionViewModel vm = new FirstRunEncryptionViewModel(minLength);
        ButtonType encrypt = new ButtonType(m.get("dbkey.firstRun.encrypt"), ButtonBar.ButtonData.OK_DONE);
        ButtonType plain = new ButtonType(m.get("dbkey.firstRun.plain"), ButtonBar.ButtonData.NO);
        Dialog<FirstRunChoice> dialog = dialog(m, "dbkey.firstRun", encrypt, plain);
        PasswordField key = new PasswordField();
        key.setId("dbkey-first");
        key.textProperty().bindBidirectional(vm.keyProperty());
        PasswordField again = new PasswordField();
        again.setId("dbkey-again");
        again.textProperty().bindBidirectional(vm.againProperty());
        Label problem = new Label();
        problem.setId("dbkey-problem");
        problem.textProperty().bind(vm.problemProperty().map(k -> k.isEmpty() ? "" : m.get(k, vm.minLength())));
        GridPane grid = new GridPane(8, 8);
        grid.addRow(0, new Label(m.get("dbkey.dialog.key")), key);
        grid.addRow(1, new Label(m.get("dbkey.firstRun.again")), again);
        grid.add(problem, 1, 2);
        grid.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(encrypt).disableProperty().bind(vm.canEncryptProperty().not());
        dialog.setResultConverter(button -> button == encrypt ? new FirstRunChoice(vm.takeKey())
                : button == plain ? new FirstRunChoice(null) : null);
        DialogWindows.prepare(dialog, owner);
        FxThread.afterCurrentEvent(key::requestFocus);
        return dialog.showAndWait();
    }

    private Optional<char[]> keyDialog(boolean afterWrongKey) {
        Messages m = messages.get();
        ButtonType open = new ButtonType(m.get("dbkey.dialog.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("dbkey.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<char[]> dialog = dialog(m, "dbkey.dialog", open, cancel);
        PasswordField key = new PasswordField();
        key.setId("dbkey-key");
        VBox content = new VBox(8, new Label(m.get("dbkey.dialog.key")), key);
        if (afterWrongKey) {
            Label wrong = new Label(m.get("dbkey.dialog.wrong"));
            wrong.setId("dbkey-wrong");
            wrong.getStyleClass().add("danger");
            content.getChildren().add(wrong);
        }
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(key.textProperty().isEmpty());
        dialog.setResultConverter(button -> {
            if (button != open) {
                return null;
            }
            char[] entered = key.getText().toCharArray();
            key.clear();
            return entered;
        });
        DialogWindows.prepare(dialog, owner);
        FxThread.afterCurrentEvent(key::requestFocus);
        return dialog.showAndWait();
    }

    /** A dialog titled and headed by {@code prefix}{@code .title} and {@code .header}, with {@code buttons}. */
    private static <T> Dialog<T> dialog(Messages m, String prefix, ButtonType... buttons) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(m.get(prefix + ".title"));
        dialog.setHeaderText(m.get(prefix + ".header"));
        dialog.getDialogPane().getButtonTypes().setAll(buttons);
        return dialog;
    }

    private static <T> Optional<T> onFxThread(Supplier<Optional<T>> dialog) {
        try {
            return FxThread.await(dialog);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
