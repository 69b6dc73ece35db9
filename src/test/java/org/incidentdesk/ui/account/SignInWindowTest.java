package org.incidentdesk.ui.account;

import static org.incidentdesk.ui.WorkstationHarness.fx;
import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.incidentdesk.domain.audit.AuditQuery;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.service.account.PasswordHasher;
import org.incidentdesk.ui.WorkstationHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as the real program starts it, at 1280×720: the first-run wizard makes the administrator, the
 * sign-in refuses a wrong password with a message, and Ctrl+L locks the screen until the same password.
 */
@ExtendWith(ApplicationExtension.class)
class SignInWindowTest {
    private static final String PASSWORD = "Shouhu#2026";
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

    private void show(FxRobot robot) {
        robot.interact(() -> harness.showSigningIn(stage, 1280, 720));
    }

    private Person firstPerson() {
        return harness.context().roster().load().people().getFirst();
    }

    /** The administrator made behind the window's back, as a second start would find it. */
    private void officeWithAdministrator() {
        harness.context().accounts().createAdministrator("anquan", firstPerson().id(), PASSWORD.toCharArray(),
                PASSWORD.toCharArray());
    }

    private static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static boolean shown(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    private void signIn(FxRobot robot, String password) {
        robot.clickOn("#signin-name").write("anquan");
        robot.clickOn("#signin-password").write(password);
        robot.clickOn("#signin-ok");
    }

    @Test
    void theFirstRunWizardCreatesTheAdministratorAndCannotBeSkipped(FxRobot robot) {
        show(robot);
        waitUntil(() -> shown(robot, "#setup-pane"));
        assertEquals(1, fx(() -> robot.lookup("#setup-pane").query().lookupAll(".button").size()),
                "one button: create; no cancel, no skip");
        assertFalse(shown(robot, "#nav-board"), "no workspace before the administrator exists");

        ComboBox<?> people = robot.lookup("#setup-person").queryAs(ComboBox.class);
        waitUntil(() -> fx(() -> !people.getItems().isEmpty()));
        robot.interact(() -> people.getSelectionModel().select(0));
        robot.clickOn("#setup-name").write("anquan");
        robot.clickOn("#setup-password").write(PASSWORD);
        robot.clickOn("#setup-repeat").write("Shouhu#2027");
        robot.clickOn("#setup-ok");
        waitUntil(() -> shown(robot, "#session-problem"));
        assertEquals("两次输入的密码不一致", text(robot, "#session-problem"));
        assertTrue(harness.context().accounts().setUpMode(), "nothing was created");

        robot.interact(() -> robot.lookup("#setup-repeat").queryAs(javafx.scene.control.PasswordField.class).clear());
        robot.clickOn("#setup-repeat").write(PASSWORD);
        robot.clickOn("#setup-ok");

        waitUntil(() -> shown(robot, "#nav-board"));
        assertFalse(robot.lookup("#session-gate").tryQuery().isPresent(), "the gate is gone");
        assertEquals(firstPerson().name(), fx(() -> robot.lookup("#account-menu").queryAs(MenuButton.class).getText()));
        assertFalse(harness.context().accounts().setUpMode());
        assertEquals("anquan", harness.context().accounts().current().orElseThrow().accountName());
    }

    @Test
    void theSignInRefusesAWrongPasswordWithAMessageAndOpensWithTheRightOne(FxRobot robot) {
        officeWithAdministrator();
        show(robot);
        waitUntil(() -> shown(robot, "#signin-pane"));

        signIn(robot, "Shouhu#2025");

        waitUntil(() -> shown(robot, "#session-problem"));
        assertEquals("登录失败：账户名或密码错误（再错 4 次账户将被锁定）", text(robot, "#session-problem"));
        assertFalse(shown(robot, "#nav-board"));
        assertFalse(fx(() -> robot.lookup("#main-window").query().isVisible()), "nothing of the office shows behind");
        assertEquals(1, harness.context().accounts().find("anquan").orElseThrow().failedAttempts());

        robot.interact(() -> robot.lookup("#signin-name").queryAs(javafx.scene.control.TextField.class).clear());
        signIn(robot, PASSWORD);

        waitUntil(() -> shown(robot, "#nav-board"));
        assertTrue(fx(() -> robot.lookup("#main-window").query().isVisible()));
        var signedIn = harness.context().accounts().find("anquan").orElseThrow();
        assertEquals(0, signedIn.failedAttempts(), "the sign-in cleared the count");
        assertEquals(WorkstationHarness.NOW, signedIn.lastSignInAt());
    }

    @Test
    void ctrlLLocksTheScreenUntilTheSamePasswordAndSignOutLetsAnotherPersonIn(FxRobot robot) {
        officeWithAdministrator();
        show(robot);
        waitUntil(() -> shown(robot, "#signin-pane"));
        signIn(robot, PASSWORD);
        waitUntil(() -> shown(robot, "#nav-board"));

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);

        waitUntil(() -> shown(robot, "#lock-pane"));
        assertFalse(fx(() -> robot.lookup("#main-window").query().isVisible()));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertTrue(shown(robot, "#lock-pane"), "no workspace shortcut works behind the lock");
        robot.clickOn("#lock-password").write("Shouhu#2025");
        robot.clickOn("#lock-ok");
        waitUntil(() -> shown(robot, "#session-problem"));
        assertTrue(shown(robot, "#lock-pane"), "a wrong password leaves it locked");

        robot.clickOn("#lock-password").write(PASSWORD);
        robot.clickOn("#lock-ok");

        waitUntil(() -> !robot.lookup("#lock-pane").tryQuery().isPresent());
        assertTrue(fx(() -> robot.lookup("#main-window").query().isVisible()));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> shown(robot, "#lock-pane"));
        robot.clickOn("#lock-signout");
        waitUntil(() -> shown(robot, "#signin-pane"));
        harness.drain();
        assertTrue(harness.context().accounts().current().isEmpty(), "signed out");
        assertEquals("signOut", harness.context().audit().read(AuditQuery.ALL, 1).getFirst().entry().action());
    }
}
