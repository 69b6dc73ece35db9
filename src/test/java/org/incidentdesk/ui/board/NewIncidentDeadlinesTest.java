package org.incidentdesk.ui.board;

import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.board.DeadlineOverviewViewModel.Line;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A report taken by a clerk at 10:00 in the real window, with the deadline alarms running: its 立即 首报 is due
 * within the plan's 30-minute response window, so the card counts down ("剩 … 分") instead of "超时 0 分", no red
 * notification pops up and nothing is escalated; the 时限一览 from the board's toolbar and from the incident's
 * detail both show it as 待办.
 */
@ExtendWith(ApplicationExtension.class)
class NewIncidentDeadlinesTest {
    private WorkstationHarness harness;
    private BoardViewModel board;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        harness.context().startDeadlineAlarms();
        board = WorkstationHarness.workspace(harness.show(stage, 1280, 720), BoardWorkspace.class).viewModel();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        return WorkstationHarness.fx(read);
    }

    private String card(FxRobot robot, String number) {
        ListView<BoardRow> lane = robot.lookup("#lane-" + IncidentPhase.RECEIVED.name()).queryListView();
        waitUntil(() -> fx(() -> lane.getItems().stream().anyMatch(r -> r.number().toString().equals(number))
                && robot.lookup("#card-" + number).tryQuery().isPresent()));
        return fx(() -> robot.from(robot.lookup("#card-" + number).<Node>query()).lookup(".label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("|")));
    }

    private List<Line> overviewLines(FxRobot robot) {
        waitUntil(() -> robot.lookup("#deadlines-table").tryQuery().isPresent()
                && !robot.lookup("#deadlines-table").queryTableView().getItems().isEmpty());
        TableView<Line> table = robot.lookup("#deadlines-table").queryTableView();
        return fx(() -> List.copyOf(table.getItems()));
    }

    @Test
    void aNewReportsFirstReportIsDueNotOverdueAndRaisesNoRedNotification(FxRobot robot) {
        robot.clickOn("#nav-board");
        waitUntil(() -> board.loadedAtProperty().get() != null);
        BoardSteps.takeQuickReport(robot, "网传城东小区连续停水", "inquiry");
        String card = card(robot, "2026-001");
        // 30 minutes' window, counted down in whole minutes: 29 once a second of it has gone
        assertTrue(card.matches(".*剩 (29|30) 分.*") && !card.contains("超时"), card);

        // five minutes on, with the alarms armed: nothing has fallen due, nothing went red or up the chain
        harness.time().advanceBy(Duration.ofMinutes(5));
        harness.drain();
        long incidentId = harness.context().incidents().detail("2026-001").incident().id();
        assertTrue(harness.context().deadlines().deadlines(incidentId).stream()
                .noneMatch(d -> d.state() == DeadlineState.OVERDUE), "nothing overdue");
        assertTrue(harness.context().deadlines().escalations(incidentId).isEmpty(), "nothing escalated");
        assertTrue(robot.lookup(".alert-urgent").tryQuery().isEmpty(), "no red notification");
        assertTrue(card(robot, "2026-001").matches(".*剩 (24|25) 分.*"), card(robot, "2026-001"));

        // the office's 时限一览 from the board's toolbar: the 首报 stands 待办, due 10:30
        robot.clickOn("#board-deadlines");
        Line report = overviewLines(robot).stream().filter(l -> l.act().startsWith("立即采取措施控制事态"))
                .findFirst().orElseThrow();
        assertEquals("待办", report.state());
        assertTrue(report.due().matches("03-02 10:30（剩 (24|25) 分）"), report.due());
        assertFalse(report.late());
        assertTrue(report.incident().startsWith("2026-001"), report.incident());
        robot.clickOn("关闭");

        // and the incident's own, from its detail
        waitUntil(() -> robot.lookup("#deadlines-table").tryQuery().isEmpty());
        robot.clickOn("#incident-deadlines");
        List<Line> mine = overviewLines(robot);
        assertTrue(mine.stream().anyMatch(l -> l.act().startsWith("组织有关专业人员") && l.state().equals("待办")),
                mine.toString());
        assertTrue(mine.stream().noneMatch(Line::late), mine.toString());
        robot.clickOn("关闭");
    }
}
