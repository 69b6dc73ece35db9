package org.incidentdesk.ui.board;

import javafx.scene.control.ComboBox;
import org.incidentdesk.domain.plan.EventCategory;
import org.testfx.api.FxRobot;

/** What a clerk does on the board, step by step, for the TestFX tests that start from it. */
final class BoardSteps {
    private BoardSteps() {
    }

    /** Takes a report by the quick entry of the 接报 dialog: a title and the category with {@code categoryId}. */
    static void takeQuickReport(FxRobot robot, String title, String categoryId) {
        robot.clickOn("#board-intake");
        robot.clickOn("#intake-title").write(title);
        ComboBox<EventCategory> category = robot.lookup("#intake-category").queryComboBox();
        robot.interact(() -> category.getSelectionModel().select(category.getItems().stream()
                .filter(c -> c.id().equals(categoryId)).findFirst().orElseThrow()));
        robot.clickOn("#intake-take");
    }
}
