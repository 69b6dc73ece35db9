package org.incidentdesk.ui.board;

import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.domain.incident.StatementStatus;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.ui.WorkstationHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The statements tab walks a version through its approval: submit, return with a comment, change into a new version. */
@ExtendWith(ApplicationExtension.class)
class StatementsTabTest {
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

    private IncidentService incidents() {
        return harness.context().incidents();
    }

    private static <T> T fx(Callable<T> read) {
        return WorkstationHarness.fx(read);
    }

    private List<StatementStatus> shown(FxRobot robot) {
        ListView<Statement> list = robot.lookup("#detail-statements").queryListView();
        return fx(() -> list.getItems().stream().map(Statement::status).toList());
    }

    private void choose(FxRobot robot, int index) {
        ListView<Statement> list = robot.lookup("#detail-statements").queryListView();
        robot.interact(() -> list.getSelectionModel().select(index));
    }

    @Test
    void aVersionIsSubmittedReturnedWithItsCommentAndChangedIntoANewVersion(FxRobot robot) {
        Incident incident = incidents().intake(Intake.quick("网传城东小区停水", "inquiry"));
        Statement draft = incidents().statements().draft(incident.id(), "网传情况正在核实。");
        robot.clickOn("#nav-board");
        waitUntil(() -> board.loadedAtProperty().get() != null && robot.lookup("#card-2026-001").tryQuery().isPresent());
        robot.clickOn("#card-2026-001");
        robot.clickOn("#tab-statements");
        waitUntil(() -> shown(robot).equals(List.of(StatementStatus.DRAFT)));
        choose(robot, 0);
        assertTrue(fx(() -> robot.lookup("#statement-release").queryButton().isDisabled()), "a draft is not released");

        robot.clickOn("#statement-submit");
        waitUntil(() -> shown(robot).equals(List.of(StatementStatus.SUBMITTED)));
        choose(robot, 0);
        robot.clickOn("#statement-decide");
        waitUntil(() -> robot.lookup("#decision-comment").tryQuery().isPresent());
        assertTrue(fx(() -> robot.lookup("#decision-return").queryButton().isDisabled()), "a return needs a comment");
        robot.clickOn("#decision-comment").write("请写明核实单位");
        robot.clickOn("#decision-return");

        waitUntil(() -> shown(robot).equals(List.of(StatementStatus.RETURNED)));
        choose(robot, 0);
        ListView<String> decisions = robot.lookup("#statement-decisions").queryListView();
        waitUntil(() -> fx(() -> decisions.getItems().size() == 1));
        String decision = fx(() -> decisions.getItems().get(0));
        assertTrue(decision.contains("退回修改") && decision.endsWith("请写明核实单位"), decision);
        assertTrue(fx(() -> robot.lookup("#statement-frozen").query().isVisible()), "a returned text is settled");
        assertFalse(fx(() -> robot.lookup("#statement-chosen").queryAs(TextArea.class).isEditable()));

        robot.clickOn("#statement-text").write("经核查，县水务局正在抢修。");
        robot.clickOn("#statement-revise");
        waitUntil(() -> shown(robot).equals(List.of(StatementStatus.RETURNED, StatementStatus.DRAFT)));
        List<Statement> versions = incidents().statements().versions(draft.id());
        assertEquals(List.of("网传情况正在核实。", "经核查，县水务局正在抢修。"), versions.stream().map(Statement::text).toList());
        assertEquals(2, versions.get(1).revision());
    }
}
