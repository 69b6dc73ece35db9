package org.incidentdesk.ui.account;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.common.Tables;
import org.incidentdesk.ui.shell.WorkspaceView;

/**
 * The accounts table and what the security administrator does to the selected one. Every button has a mnemonic
 * (Alt+letter); Enter on a row opens its roles; disable and enable ask first.
 */
final class AccountsView implements WorkspaceView {
    private final BorderPane root = new BorderPane();

    AccountsView(AccountsViewModel model) {
        Messages m = model.messages();
        TableView<AccountsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("accounts-table");
        table.getColumns().add(Tables.text(m.get("accountui.admin.column.name"), 110, AccountsViewModel.Row::name));
        table.getColumns().add(Tables.text(m.get("accountui.admin.column.person"), 200, AccountsViewModel.Row::person));
        table.getColumns().add(Tables.wrapping(m.get("accountui.admin.column.roles"), 220,
                AccountsViewModel.Row::roles));
        table.getColumns().add(Tables.text(m.get("accountui.admin.column.clearance"), 90,
                AccountsViewModel.Row::clearance));
        table.getColumns().add(Tables.text(m.get("accountui.admin.column.state"), 150, AccountsViewModel.Row::state));
        table.getColumns().add(Tables.text(m.get("accountui.admin.column.lastSignIn"), 150,
                AccountsViewModel.Row::lastSignIn));
        table.setPlaceholder(new Label(m.get("accountui.admin.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((o, old, row) -> {
            if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });

        BooleanBinding none = model.selectedProperty().isNull();
        Button add = button("accounts-add", m.get("accountui.admin.add"), Icons.ADD_PERSON);
        add.setOnAction(e -> AccountDialogs.add(window(), model));
        Button roles = button("accounts-roles", m.get("accountui.admin.roles"), Icons.EDIT);
        roles.disableProperty().bind(none);
        roles.setOnAction(e -> AccountDialogs.roles(window(), model, model.selectedProperty().get()));
        Button reset = button("accounts-reset", m.get("accountui.admin.reset"), Icons.LOCK);
        reset.disableProperty().bind(none);
        reset.setOnAction(e -> AccountDialogs.resetPassword(window(), model, model.selectedProperty().get()));
        BooleanBinding disabled = Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                && model.selectedProperty().get().account().disabled(), model.selectedProperty());
        Button disable = button("accounts-disable", m.get("accountui.admin.disable"), Icons.CLOSE);
        disable.disableProperty().bind(none.or(disabled));
        disable.setOnAction(e -> model.disable(model.selectedProperty().get()));
        Button enable = button("accounts-enable", m.get("accountui.admin.enable"), Icons.CHECK);
        enable.disableProperty().bind(none.or(disabled.not()));
        enable.setOnAction(e -> model.enable(model.selectedProperty().get()));
        Button refresh = button("accounts-refresh", m.get("accountui.admin.refresh"), Icons.REFRESH);
        refresh.setOnAction(e -> model.reload());
        HBox bar = new HBox(8, add, roles, reset, disable, enable, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                e.consume();
                AccountDialogs.roles(window(), model, model.selectedProperty().get());
            }
        });

        Label status = new Label();
        status.setId("accounts-status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 8, 8, 8));
        root.setTop(bar);
        root.setCenter(table);
        root.setBottom(status);
    }

    private static Button button(String id, String text, Icons icon) {
        Button button = new Button(text, icon.node());
        button.setId(id);
        button.setMnemonicParsing(true);
        return button;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    public Node root() {
        return root;
    }
}
