package org.incidentdesk.ui.atrest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up key dialogs as a person meets them: asked from the opening thread, which waits; the key dialog says
 * when the last key was wrong and hands back what was typed; the first-run dialog offers "encrypt" only for a key
 * typed twice the same and long enough, and "do not encrypt" hands back no key.
 */
@ExtendWith(ApplicationExtension.class)
class DatabaseKeyDialogsTest {
    private DatabaseKeyDialogs dialogs;

    @Start
    void start(Stage stage) {
        Fonts.loadBundled();
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
        dialogs = new DatabaseKeyDialogs(stage, () -> new Messages(Locale.SIMPLIFIED_CHINESE), 8);
    }

    private static <T> T waitFor(CompletableFuture<T> answer) throws Exception {
        return answer.get(30, TimeUnit.SECONDS);
    }

    private static Node await(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).query();
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(node -> node instanceof Button b && text.equals(b.getText())).queryAs(Button.class);
    }

    @Test
    void theKeyDialogSaysTheLastKeyWasWrongAndHandsBackTheNewOne(FxRobot robot) throws Exception {
        CompletableFuture<Optional<char[]>> answer = CompletableFuture.supplyAsync(() -> dialogs.askKey(true));
        PasswordField key = (PasswordField) await(robot, "#dbkey-key");
        assertEquals("密钥不对，请重新输入。", robot.lookup("#dbkey-wrong").queryAs(Label.class).getText());
        assertTrue(button(robot, "打开").isDisabled(), "nothing typed: nothing to open with");

        robot.interact(() -> key.setText("青溪-值班-2026"));
        robot.interact(() -> button(robot, "打开").fire());

        assertArrayEquals("青溪-值班-2026".toCharArray(), waitFor(answer).orElseThrow());
    }

    @Test
    void cancellingTheKeyDialogHandsBackNothing(FxRobot robot) throws Exception {
        CompletableFuture<Optional<char[]>> answer = CompletableFuture.supplyAsync(() -> dialogs.askKey(false));
        await(robot, "#dbkey-key");
        assertFalse(robot.lookup("#dbkey-wrong").tryQuery().isPresent(), "the first ask says nothing was wrong");

        robot.interact(() -> button(robot, "取消").fire());

        assertTrue(waitFor(answer).isEmpty());
    }

    @Test
    void firstRunOffersEncryptOnlyForAGoodKeyTypedTwice(FxRobot robot) throws Exception {
        CompletableFuture<Optional<DatabaseKeyDialogs.FirstRunChoice>> answer =
                CompletableFuture.supplyAsync(dialogs::askFirstRun);
        PasswordField key = (PasswordField) await(robot, "#dbkey-first");
        PasswordField again = robot.lookup("#dbkey-again").queryAs(PasswordField.class);
        Button encrypt = button(robot, "加密数据库");
        assertTrue(encrypt.isDisabled());

        robot.interact(() -> {
            key.setText("qingxi-2026");
            again.setText("qingxi-2025");
        });
        assertTrue(encrypt.isDisabled(), "the two keys differ");
        assertEquals("两次输入的密钥不一致。", robot.lookup("#dbkey-problem").queryAs(Label.class).getText());
        robot.interact(() -> again.setText("qingxi-2026"));
        assertFalse(encrypt.isDisabled());
        robot.interact(encrypt::fire);

        DatabaseKeyDialogs.FirstRunChoice choice = waitFor(answer).orElseThrow();
        assertTrue(choice.encrypt());
        assertArrayEquals("qingxi-2026".toCharArray(), choice.key());
    }

    @Test
    void firstRunWithoutEncryptionHandsBackNoKey(FxRobot robot) throws Exception {
        CompletableFuture<Optional<DatabaseKeyDialogs.FirstRunChoice>> answer =
                CompletableFuture.supplyAsync(dialogs::askFirstRun);
        await(robot, "#dbkey-first");

        robot.interact(() -> button(robot, "不加密").fire());

        DatabaseKeyDialogs.FirstRunChoice choice = waitFor(answer).orElseThrow();
        assertFalse(choice.encrypt());
        assertNull(choice.key());
    }
}
