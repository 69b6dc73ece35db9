package org.incidentdesk.ui.account;

import static org.incidentdesk.ui.WorkstationHarness.fx;
import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.security.Account;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.service.account.AccountService;
import org.incidentdesk.service.account.PasswordHasher;
import org.incidentdesk.ui.WorkstationHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The security administrator's accounts workspace and everybody's own password, in the window as the program
 * starts it (signed in, 1280×720): what the dialogs send reaches the account service, and what it refuses is
 * named in the dialog, which stays open.
 */
@ExtendWith(ApplicationExtension.class)
class AccountsWindowTest {
    private static final String ADMIN = "Shouhu#2026";
    private static final String STAFF = "Zhiban#2026";
    private WorkstationHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = new WorkstationHarness(new PasswordHasher(1_000));
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private List<Person> people() {
        return harness.context().roster().load().people();
    }

    private void signedInAs(FxRobot robot, String name, String password) {
        robot.interact(() -> harness.showSigningIn(stage, 1280, 720));
        waitUntil(() -> shown(robot, "#signin-pane"));
        robot.clickOn("#signin-name").write(name);
        robot.clickOn("#signin-password").write(password);
        robot.clickOn("#signin-ok");
        waitUntil(() -> shown(robot, "#nav-board"));
    }

    private void officeWithAdministrator() {
        harness.context().accounts().createAdministrator("anquan", people().getFirst().id(), ADMIN.toCharArray(),
                ADMIN.toCharArray());
    }

    private static boolean shown(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.isManaged()).orElse(false));
    }

    private static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static TableView<AccountsViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#accounts-table").queryTableView();
    }

    private static void select(FxRobot robot, String name) {
        TableView<AccountsViewModel.Row> table = table(robot);
        waitUntil(() -> fx(() -> table.getItems().stream().anyMatch(r -> r.name().equals(name))));
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow()));
    }

    private static Node dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match((Button b) -> text.equals(b.getText())).query();
    }

    private Account account(String name) {
        return harness.context().accounts().find(name).orElseThrow();
    }

    private static void typeInto(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(javafx.scene.control.TextInputControl.class).clear());
        robot.clickOn(query).write(text);
    }

    @Test
    void theSecurityAdministratorAddsChangesResetsAndDisablesAnAccount(FxRobot robot) {
        officeWithAdministrator();
        signedInAs(robot, "anquan", ADMIN);
        assertTrue(shown(robot, "#nav-accounts"));
        robot.clickOn("#nav-accounts");
        select(robot, "anquan");
        assertEquals("正常", fx(() -> table(robot).getItems().getFirst().state()));

        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT);
        waitUntil(() -> shown(robot, "#account-add-dialog"));
        ComboBox<?> person = robot.lookup("#account-add-person").queryAs(ComboBox.class);
        robot.interact(() -> person.getSelectionModel().select(1));
        typeInto(robot, "#account-add-name", "duty1");
        robot.clickOn("#account-add-role-OFFICE_STAFF");
        typeInto(robot, "#account-add-password", STAFF);
        typeInto(robot, "#account-add-repeat", "Zhiban#2027");
        robot.clickOn("#account-add-ok");
        waitUntil(() -> !text(robot, "#account-add-problem").isEmpty());
        assertEquals("两次输入的密码不一致", text(robot, "#account-add-problem"));
        assertTrue(harness.context().accounts().find("duty1").isEmpty(), "nothing was made");

        typeInto(robot, "#account-add-repeat", STAFF);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !shown(robot, "#account-add-dialog"));
        assertEquals(EnumSet.of(Role.OFFICE_STAFF), account("duty1").roles());
        assertEquals(people().get(1).id(), account("duty1").personId().longValue());
        waitUntil(() -> fx(() -> table(robot).getItems().size()) == 2);
        assertEquals("已创建账户 duty1", text(robot, "#accounts-status"));

        select(robot, "duty1");
        robot.clickOn("#accounts-roles");
        waitUntil(() -> shown(robot, "#account-roles-dialog"));
        assertTrue(fx(() -> robot.lookup("#account-roles-role-OFFICE_STAFF").queryAs(CheckBox.class).isSelected()));
        robot.clickOn("#account-roles-role-LEADER");
        ComboBox<Secrecy> clearance = robot.lookup("#account-roles-clearance").queryAs(ComboBox.class);
        robot.interact(() -> clearance.setValue(Secrecy.SECRET));
        robot.clickOn("#account-roles-ok");
        waitUntil(() -> !shown(robot, "#account-roles-dialog"));
        assertEquals(EnumSet.of(Role.OFFICE_STAFF, Role.LEADER), account("duty1").roles());
        assertEquals(Secrecy.SECRET, account("duty1").clearance());

        select(robot, "duty1");
        robot.clickOn("#accounts-reset");
        waitUntil(() -> shown(robot, "#account-reset-dialog"));
        typeInto(robot, "#account-reset-password", "short");
        typeInto(robot, "#account-reset-repeat", "short");
        robot.clickOn("#account-reset-ok");
        waitUntil(() -> !text(robot, "#account-reset-problem").isEmpty());
        assertTrue(text(robot, "#account-reset-problem").contains("至少需要 8 个字符"),
                text(robot, "#account-reset-problem"));
        typeInto(robot, "#account-reset-password", "Neu#Mima2026");
        typeInto(robot, "#account-reset-repeat", "Neu#Mima2026");
        robot.clickOn("#account-reset-ok");
        waitUntil(() -> !shown(robot, "#account-reset-dialog"));
        assertEquals("duty1", harness.context().accounts().authenticate("duty1", "Neu#Mima2026".toCharArray())
                .accountName(), "the new password signs in");

        select(robot, "duty1");
        robot.clickOn("#accounts-disable");
        waitUntil(() -> robot.lookup(".dialog-pane .button").match((Button b) -> "停用".equals(b.getText()))
                .tryQuery().isPresent());
        robot.clickOn(dialogButton(robot, "停用"));
        waitUntil(() -> account("duty1").disabled());
        waitUntil(() -> fx(() -> table(robot).getItems().stream()
                .anyMatch(r -> r.name().equals("duty1") && r.state().equals("已停用"))));
        select(robot, "duty1");
        assertTrue(fx(() -> robot.lookup("#accounts-disable").query().isDisabled()));
        assertFalse(fx(() -> robot.lookup("#accounts-enable").query().isDisabled()));
    }

    @Test
    void demotingTheLastSecurityAdministratorIsRefusedInTheDialogAndEscLeavesItAsItWas(FxRobot robot) {
        officeWithAdministrator();
        signedInAs(robot, "anquan", ADMIN);
        robot.clickOn("#nav-accounts");
        select(robot, "anquan");

        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        waitUntil(() -> shown(robot, "#account-roles-dialog"));
        robot.clickOn("#account-roles-role-SECURITY_ADMIN");
        robot.clickOn("#account-roles-role-OBSERVER");
        robot.clickOn("#account-roles-ok");

        waitUntil(() -> !text(robot, "#account-roles-problem").isEmpty());
        assertTrue(text(robot, "#account-roles-problem").contains("“anquan”是本单位最后一个在用的安全管理员账户"),
                text(robot, "#account-roles-problem"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !shown(robot, "#account-roles-dialog"));
        assertEquals(EnumSet.of(Role.SECURITY_ADMIN), account("anquan").roles());
    }

    @Test
    void everyoneChangesTheirOwnPasswordFromTheHeaderMenuWithTheServicesRules(FxRobot robot) {
        officeWithAdministrator();
        harness.context().accounts().signInOnThisThread("anquan", ADMIN.toCharArray());
        harness.context().accounts().create(new AccountService.NewAccount("duty1", null, people().get(1).id(),
                EnumSet.of(Role.OBSERVER), Secrecy.NONE), STAFF.toCharArray(), null);
        harness.context().accounts().signOutThisThread();
        signedInAs(robot, "duty1", STAFF);
        assertFalse(shown(robot, "#nav-accounts"), "only the security administrator manages accounts");

        robot.clickOn("#account-menu");
        robot.clickOn(fx(() -> robot.lookup("#account-menu").queryAs(MenuButton.class).getItems().stream()
                .filter(i -> "account-password".equals(i.getId())).findFirst().orElseThrow().getText()));
        waitUntil(() -> shown(robot, "#own-password-dialog"));
        typeInto(robot, "#own-password-present", "Falsch#2026");
        typeInto(robot, "#own-password-new", "Neu#Mima2026");
        typeInto(robot, "#own-password-repeat", "Neu#Mima2026");
        robot.clickOn("#own-password-ok");
        waitUntil(() -> !text(robot, "#own-password-problem").isEmpty());
        assertEquals("当前密码不正确", text(robot, "#own-password-problem"));

        typeInto(robot, "#own-password-present", STAFF);
        typeInto(robot, "#own-password-repeat", "Neu#Mima2027");
        robot.clickOn("#own-password-ok");
        waitUntil(() -> text(robot, "#own-password-problem").equals("两次输入的密码不一致"));

        typeInto(robot, "#own-password-repeat", "Neu#Mima2026");
        robot.clickOn("#own-password-ok");
        waitUntil(() -> !shown(robot, "#own-password-dialog"));
        waitUntil(() -> robot.lookup(".dialog-pane").match((Node n) -> n.isVisible()).tryQuery().isPresent());
        robot.clickOn(dialogButton(robot, "确定"));
        assertThrows(ValidationException.class,
                () -> harness.context().accounts().authenticate("duty1", STAFF.toCharArray()), "the old one is gone");
        assertEquals("duty1", harness.context().accounts().authenticate("duty1", "Neu#Mima2026".toCharArray())
                .accountName());
    }
}
