package org.incidentdesk.ui.account;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Icons;

/** The signed-in person in the header, with their own password, the screen lock (Ctrl+L) and sign-out. */
public final class AccountHeader {
    /** Locks the screen at once. */
    public static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private AccountHeader() {
    }

    public static Node menu(SessionViewModel model, Messages messages, DialogService dialogs) {
        MenuButton menu = new MenuButton();
        menu.setId("account-menu");
        menu.getStyleClass().add(Styles.FLAT);
        menu.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.session().map(s -> s.current().name()).orElse(""), model.sessionProperty()));
        menu.setGraphic(Icons.PERSON.node());
        MenuItem lock = new MenuItem(messages.get("accountui.lock"));
        lock.setId("account-lock");
        lock.setAccelerator(LOCK);
        lock.setOnAction(e -> model.lock(false));
        MenuItem password = new MenuItem(messages.get("accountui.own.menu"));
        password.setId("account-password");
        password.setOnAction(e -> AccountDialogs.ownPassword(menu.getScene().getWindow(), model, messages,
                dialogs));
        MenuItem signOut = new MenuItem(messages.get("accountui.signOut"));
        signOut.setId("account-signout");
        signOut.setOnAction(e -> model.signOut());
        menu.getItems().addAll(password, lock, signOut);
        return menu;
    }
}
