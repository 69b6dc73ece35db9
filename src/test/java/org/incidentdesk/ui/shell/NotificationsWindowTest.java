package org.incidentdesk.ui.shell;

import static org.incidentdesk.ui.WorkstationHarness.fx;
import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.ui.WorkstationHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window at 1280×720: an alert's notification lands in the header and covers no input (the focused one
 * least of all), a click dismisses it, and the alert list lies over the workspace without squeezing it, so the
 * roster's names and mobiles stay whole after it has been opened and closed.
 */
@ExtendWith(ApplicationExtension.class)
class NotificationsWindowTest {
    private WorkstationHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        harness.context().startDeadlineAlarms();
        stage.setWidth(1280);
        stage.setHeight(720);
        harness.show(stage, Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private static Bounds onScene(Node node) {
        return fx(() -> node.localToScene(node.getBoundsInLocal()));
    }

    private void raiseOverdueAlerts() {
        OffsetDateTime now = harness.time().clock().instant().atZone(WorkstationHarness.ZONE).toOffsetDateTime();
        harness.context().incidents().intake(new Intake("网传城南小区停电", "inquiry", now.minusMinutes(5), null,
                IncidentFacts.NONE));
        harness.time().advanceBy(Duration.ofMinutes(95));
    }

    @Test
    void aNotificationCoversNoInputAndAClickDismissesIt(FxRobot robot) {
        robot.clickOn("#nav-board");
        waitUntil(() -> robot.lookup("#board-search").tryQuery().isPresent());
        robot.clickOn("#board-search").write("停电");
        Node focused = fx(() -> robot.lookup("#board-search").query().getScene().getFocusOwner());

        raiseOverdueAlerts();
        Node area = robot.lookup("#notification-area").query();
        waitUntil(() -> fx(area::isVisible));

        assertTrue(fx(() -> focused.isFocused()), "the notification takes no focus");
        assertFalse(onScene(area).intersects(onScene(focused)), "the focused input is not covered");
        Node workspace = robot.lookup("#workspace-area").query();
        assertFalse(onScene(area).intersects(onScene(workspace)), "nothing of the workspace is covered");
        for (Node input : fx(() -> List.<Node>copyOf(robot.lookup(".text-input").<Node>queryAll()))) {
            if (fx(input::isVisible) && fx(() -> input.getScene() != null)) {
                assertFalse(onScene(area).intersects(onScene(input)), "covers " + input);
            }
        }
        int before = fx(() -> ((org.incidentdesk.ui.common.NotificationArea) area).count());
        assertTrue(before >= 1);

        robot.clickOn(area);
        waitUntil(() -> fx(() -> ((org.incidentdesk.ui.common.NotificationArea) area).count()) == before - 1);
        robot.write(" 城南");
        assertTrue(fx(() -> robot.lookup("#board-search").queryTextInputControl().getText()).equals("停电 城南"),
                "typing went on in the input");
    }

    @Test
    void theRostersNamesAndMobilesStayWholeAfterTheAlertListWasOpenedAndClosed(FxRobot robot) {
        robot.clickOn("#nav-roster");
        TableView<?> people = robot.lookup("#people-table").queryTableView();
        waitUntil(() -> !fx(() -> people.getItems().isEmpty()));
        assertWhole(robot, people, "before");
        Bounds tableBefore = onScene(people);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#alerts-panel").tryQuery().isPresent());
        assertEquals(tableBefore.getWidth(), onScene(people).getWidth(), 0.5, "the list lies over the roster");
        robot.clickOn("#alerts-close");
        waitUntil(() -> robot.lookup("#alerts-panel").tryQuery().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertEquals(tableBefore, onScene(people), "the roster is laid out as before");
        assertWhole(robot, people, "after");
    }

    /** Every shown cell of the name and mobile columns shows its whole text (no "…"). */
    private static void assertWhole(FxRobot robot, TableView<?> people, String when) {
        List<String> cut = fx(() -> robot.from(people).lookup(".table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getText() != null && !c.getText().isEmpty())
                .filter(c -> c.getTableColumn().getId() != null && c.getTableColumn().getId().equals("people-mobile")
                        || c.getTableColumn() == people.getColumns().getFirst())
                .filter(c -> c.lookupAll(".text").stream().map(t -> ((Text) t).getText())
                        .noneMatch(shown -> shown.equals(c.getText())))
                .map(TableCell::getText).toList());
        long mobiles = fx(() -> robot.from(people).lookup(".table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> "people-mobile".equals(c.getTableColumn().getId()))
                .filter(c -> c.getText() != null && c.getText().matches("1\\d{10}")).count());
        assertTrue(mobiles > 0, "mobiles are shown " + when);
        assertTrue(cut.isEmpty(), "cut off " + when + ": " + cut);
    }
}
