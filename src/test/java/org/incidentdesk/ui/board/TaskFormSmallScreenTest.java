package org.incidentdesk.ui.board;

import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.ui.WorkstationHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The task form on the smallest screen the office uses (1280×720): labelled, whole, and it loses no input. */
@ExtendWith(ApplicationExtension.class)
class TaskFormSmallScreenTest {
    private WorkstationHarness harness;
    private BoardViewModel board;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        board = WorkstationHarness.workspace(harness.show(stage, 1280, 720), BoardWorkspace.class).viewModel();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private static <T> T fx(Callable<T> read) {
        return WorkstationHarness.fx(read);
    }

    @Test
    void aRefusedTaskKeepsEveryFieldAndTheAddButtonSaysWhatItDoes(FxRobot robot) {
        Incident incident = harness.context().incidents().intake(Intake.quick("网传城东小区连续停水", "inquiry"));
        robot.clickOn("#nav-board");
        waitUntil(() -> board.loadedAtProperty().get() != null);
        robot.interact(() -> board.selectedIdProperty().set(incident.id()));
        robot.clickOn("#tab-tasks");

        Button assign = robot.lookup("#task-assign").queryButton();
        assertEquals("分派", fx(() -> robot.from(assign).lookup(".text").queryAs(Text.class).getText()),
                "the button shows its whole label, not “…”");

        ComboBox<OrgUnit> unit = robot.lookup("#task-unit").queryComboBox();
        waitUntil(() -> fx(() -> !unit.getItems().isEmpty()));
        OrgUnit chosen = fx(() -> unit.getItems().get(0));
        robot.interact(() -> unit.getSelectionModel().select(chosen));
        DatePicker date = robot.lookup("#task-due-date").queryAs(DatePicker.class);
        TextField clock = robot.lookup("#task-due-time").queryAs(TextField.class);
        waitUntil(() -> !fx(() -> robot.lookup("#task-due-reason").queryAs(Label.class).getText()).isBlank());
        robot.clickOn("#task-description").write("核实停水原因并回复网民");
        robot.interact(() -> date.setValue(LocalDate.of(2026, 3, 2)));
        robot.interact(clock::clear);
        robot.clickOn("#task-due-time").write("25:99");
        robot.clickOn("#task-assign");

        waitUntil(() -> !fx(() -> robot.lookup("#task-problem").queryAs(Label.class).getText()).isBlank());
        assertTrue(fx(() -> robot.lookup("#task-problem").queryAs(Label.class).getText()).contains("25:99"));
        assertEquals(chosen, fx(unit::getValue));
        assertEquals("核实停水原因并回复网民",
                fx(() -> robot.lookup("#task-description").queryAs(TextField.class).getText()));
        assertEquals(LocalDate.of(2026, 3, 2), fx(date::getValue));
        assertEquals("25:99", fx(clock::getText), "the typed time is kept as typed, nothing appended");
        assertTrue(harness.context().incidents().detail(incident.id()).tasks().isEmpty());

        // corrected, the task is given; the text and time clear for the next one and the unit stays
        robot.interact(clock::clear);
        robot.clickOn("#task-due-time").write("13:00");
        robot.clickOn("#task-assign");
        ListView<?> tasks = robot.lookup("#detail-tasks").queryListView();
        waitUntil(() -> fx(() -> tasks.getItems().size() == 1));
        assertEquals(java.time.OffsetDateTime.parse("2026-03-02T13:00+08:00").toInstant(),
                harness.context().incidents().detail(incident.id()).tasks().get(0).dueAt());
        assertEquals("", fx(() -> robot.lookup("#task-description").queryAs(TextField.class).getText()));
        assertEquals(chosen, fx(unit::getValue));
        assertEquals("", fx(() -> robot.lookup("#task-problem").queryAs(Label.class).getText()));
    }
}
