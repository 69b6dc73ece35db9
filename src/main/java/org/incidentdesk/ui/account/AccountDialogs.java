package org.incidentdesk.ui.account;

import atlantafx.base.theme.Styles;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.service.account.PasswordRules;
import org.incidentdesk.ui.common.Choices;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.DialogWindows;

/**
 * The account dialogs: a new account, roles and clearance, a new password set by the security administrator, and
 * one's own password. Each labels its fields with a mnemonic (Alt+letter), takes Enter for OK and Esc for cancel,
 * stays open while the service refuses and names what is wrong under the fields, and closes once it is done.
 */
public final class AccountDialogs {
    private AccountDialogs() {
    }

    /** 新建账户: person, account name, roles, clearance, the first password twice. */
    static void add(Window owner, AccountsViewModel model) {
        Messages m = model.messages();
        ComboBox<SessionViewModel.PersonChoice> person = new ComboBox<>(model.people());
        person.setId("account-add-person");
        person.setMaxWidth(Double.MAX_VALUE);
        person.setPromptText(m.get("accountui.setUp.choosePerson"));
        TextField name = new TextField();
        name.setId("account-add-name");
        Map<Role, CheckBox> roles = roleBoxes(m, "account-add-role-", Set.of());
        ComboBox<Secrecy> clearance = clearance(m, "account-add-clearance", Secrecy.NONE);
        PasswordField password = password("account-add-password");
        PasswordField repeat = password("account-add-repeat");
        Form form = new Form(m, m.get("accountui.admin.add.title"), m.get("accountui.admin.add.ok"), "account-add");
        form.row("accountui.admin.field.person", person)
                .row("accountui.admin.field.name", name)
                .row("accountui.admin.field.roles", flow(roles))
                .row("accountui.admin.field.clearance", clearance)
                .row("accountui.admin.field.password", password)
                .row("accountui.admin.field.repeat", repeat)
                .note(m.get("accountui.setUp.rule", PasswordRules.MIN_LENGTH));
        form.show(owner, person, (done, refused) -> model.add(new AccountsViewModel.NewAccount(name.getText(),
                person.getValue(), chosen(roles), clearance.getValue()), password.getText().toCharArray(),
                repeat.getText().toCharArray(), done, refused));
    }

    /** 修改角色: the roles and the clearance of {@code row}'s account. */
    static void roles(Window owner, AccountsViewModel model, AccountsViewModel.Row row) {
        Messages m = model.messages();
        Map<Role, CheckBox> roles = roleBoxes(m, "account-roles-role-", row.account().roles());
        ComboBox<Secrecy> clearance = clearance(m, "account-roles-clearance", row.account().clearance());
        Form form = new Form(m, m.get("accountui.admin.roles.title", row.name()), m.get("accountui.admin.roles.ok"),
                "account-roles");
        form.note(m.get("accountui.admin.roles.hint", row.person()))
                .row("accountui.admin.field.roles", flow(roles))
                .row("accountui.admin.field.clearance", clearance);
        form.show(owner, roles.values().iterator().next(), (done, refused) -> model.changeRoles(row, chosen(roles),
                clearance.getValue(), done, refused));
    }

    /** 重置密码: a new password for {@code row}'s account, typed twice. */
    static void resetPassword(Window owner, AccountsViewModel model, AccountsViewModel.Row row) {
        Messages m = model.messages();
        PasswordField password = password("account-reset-password");
        PasswordField repeat = password("account-reset-repeat");
        Form form = new Form(m, m.get("accountui.admin.reset.title", row.name()), m.get("accountui.admin.reset.ok"),
                "account-reset");
        form.note(m.get("accountui.admin.reset.hint", row.person()))
                .row("accountui.admin.field.password", password)
                .row("accountui.admin.field.repeat", repeat)
                .note(m.get("accountui.setUp.rule", PasswordRules.MIN_LENGTH));
        form.show(owner, password, (done, refused) -> model.resetPassword(row, password.getText().toCharArray(),
                repeat.getText().toCharArray(), done, refused));
    }

    /** 修改密码: the signed-in person's own password: the present one, then the new one twice. */
    public static void ownPassword(Window owner, SessionViewModel model, Messages m, DialogService dialogs) {
        PasswordField present = password("own-password-present");
        PasswordField password = password("own-password-new");
        PasswordField repeat = password("own-password-repeat");
        Form form = new Form(m, m.get("accountui.own.title"), m.get("accountui.own.ok"), "own-password");
        form.row("accountui.own.field.present", present)
                .row("accountui.own.field.new", password)
                .row("accountui.own.field.repeat", repeat)
                .note(m.get("accountui.setUp.rule", PasswordRules.MIN_LENGTH));
        form.show(owner, present, (done, refused) -> model.changePassword(present.getText().toCharArray(),
                password.getText().toCharArray(), repeat.getText().toCharArray(), () -> {
                    done.run();
                    dialogs.showInfo(m.get("accountui.own.title"), m.get("accountui.own.changed"));
                }, refused));
    }

    private static PasswordField password(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        return field;
    }

    private static Map<Role, CheckBox> roleBoxes(Messages m, String idPrefix, Set<Role> ticked) {
        Map<Role, CheckBox> boxes = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(m.name(role));
            box.setId(idPrefix + role.name());
            box.setSelected(ticked.contains(role));
            boxes.put(role, box);
        }
        return boxes;
    }

    private static Set<Role> chosen(Map<Role, CheckBox> boxes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boxes.forEach((role, box) -> {
            if (box.isSelected()) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static FlowPane flow(Map<Role, CheckBox> boxes) {
        FlowPane flow = new FlowPane(12, 6);
        flow.getChildren().addAll(boxes.values());
        flow.setPrefWrapLength(420);
        return flow;
    }

    private static ComboBox<Secrecy> clearance(Messages m, String id, Secrecy initial) {
        ComboBox<Secrecy> box = new ComboBox<>(FXCollections.observableArrayList(Secrecy.values()));
        box.setId(id);
        box.setConverter(Choices.named(m::name));
        box.setValue(initial);
        return box;
    }

    /** A dialog of labelled fields with a problem line, OK (Enter) and cancel (Esc). */
    private static final class Form {
        private final Messages messages;
        private final Dialog<Void> dialog = new Dialog<>();
        private final GridPane grid = new GridPane();
        private final Label problem = new Label();
        private final ButtonType ok;
        private final String id;
        private int rows;

        Form(Messages messages, String title, String okText, String id) {
            this.messages = messages;
            this.id = id;
            dialog.setTitle(title);
            dialog.setHeaderText(title);
            grid.setHgap(10);
            grid.setVgap(8);
            problem.setId(id + "-problem");
            problem.setWrapText(true);
            problem.getStyleClass().add(Styles.DANGER);
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            problem.setMinHeight(Region.USE_PREF_SIZE);
            ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        }

        Form row(String labelKey, Node field) {
            Label label = new Label(messages.get(labelKey));
            label.setMnemonicParsing(true);
            // a group (the roles' boxes) is reached through its first box
            label.setLabelFor(field instanceof Pane group && !group.getChildren().isEmpty()
                    ? group.getChildren().getFirst() : field);
            label.setMinWidth(Control.USE_PREF_SIZE);
            GridPane.setHgrow(field, Priority.ALWAYS);
            grid.addRow(rows++, label, field);
            return this;
        }

        Form note(String text) {
            Label note = new Label(text);
            note.setWrapText(true);
            note.getStyleClass().add(Styles.TEXT_MUTED);
            note.setMinHeight(Region.USE_PREF_SIZE); // wrapped in full, also when a problem line appears below
            grid.add(note, 0, rows++, 2, 1);
            return this;
        }

        /**
         * Shows the dialog with {@code first} focused; OK hands {@code submit} what closes the dialog and what
         * shows a refusal in it.
         */
        void show(Window owner, Node first, BiConsumer<Runnable, Consumer<String>> submit) {
            DialogWindows.prepare(dialog, owner);
            VBox content = new VBox(10, grid, problem);
            content.setPadding(new Insets(4, 8, 4, 8));
            content.setPrefWidth(560);
            dialog.getDialogPane().setContent(content);
            dialog.getDialogPane().setId(id + "-dialog");
            dialog.getDialogPane().getButtonTypes().setAll(ok, DialogWindows.cancel(messages));
            Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
            okButton.setId(id + "-ok");
            okButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                problem.setText("");
                okButton.setDisable(true);
                submit.accept(dialog::close, why -> {
                    okButton.setDisable(false);
                    problem.setText(why);
                    DialogWindows.growToFit(problem);
                });
            });
            dialog.show();
            first.requestFocus();
        }
    }
}
