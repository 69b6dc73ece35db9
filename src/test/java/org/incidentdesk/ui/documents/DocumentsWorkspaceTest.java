package org.incidentdesk.ui.documents;

import static org.incidentdesk.ui.WorkstationHarness.fx;
import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.board.BoardViewModel;
import org.incidentdesk.ui.board.BoardWorkspace;
import org.incidentdesk.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 首报 as the duty clerk issues it, at 1280×720: the incident chosen on the board opens in 文书, the export asks
 * to confirm what is still （待填）, and once issued the first-report deadline is met, the card stops counting it
 * and the dispatch row is on the incident's 处置日志.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentsWorkspaceTest {
    private WorkstationHarness harness;
    private BoardViewModel board;
    private DocumentsViewModel documents;

    @TempDir
    Path out;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        stage.setWidth(1280);
        stage.setHeight(720);
        MainWindow window = harness.show(stage, Locale.SIMPLIFIED_CHINESE);
        board = window.workspaces().stream().filter(BoardWorkspace.class::isInstance).map(w -> (BoardWorkspace) w)
                .findFirst().orElseThrow().viewModel();
        documents = window.workspaces().stream().filter(DocumentsWorkspace.class::isInstance)
                .map(w -> (DocumentsWorkspace) w).findFirst().orElseThrow().viewModel();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private String card(FxRobot robot, String number) {
        waitUntil(() -> robot.lookup("#card-" + number).tryQuery().isPresent());
        return fx(() -> robot.from(robot.lookup("#card-" + number).<Node>query()).lookup(".label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("|")));
    }

    /**
     * For steps that lay out a PDF with the CJK faces (parsed on first use): on a machine shared by many builds
     * this can take longer than the harness's usual wait, so this guard is wider; it measures nothing.
     */
    private static void slowly(java.util.function.BooleanSupplier condition) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private DeadlineState firstReportDeadline(long incidentId) {
        return harness.context().deadlines().deadlines(incidentId).stream()
                .filter(d -> d.action() == DeadlineAction.REPORT_FIRST).findFirst().orElseThrow().state();
    }

    @Test
    void exportingTheFirstReportFromDocumentsMeetsItsDeadlineAndLandsOnTheTimeline(FxRobot robot) throws Exception {
        Incident chosen = harness.context().incidents().intake(Intake.quick("网传城南水厂停产", "inquiry"));
        harness.context().incidents().intake(Intake.quick("网传某校食堂视频", "hype")); // newer, not chosen
        robot.clickOn("#nav-board");
        waitUntil(() -> board.loadedAtProperty().get() != null);
        String number = chosen.number().toString();
        assertTrue(card(robot, number).contains("首报"), "the card counts down to the 首报: " + card(robot, number));
        robot.clickOn("#card-" + number);
        waitUntil(() -> chosen.id() == fx(() -> board.selectedIdProperty().get()));

        robot.clickOn("#nav-reports");
        slowly(() -> fx(() -> documents.incidentProperty().get() != null
                && Long.valueOf(chosen.id()).equals(documents.incidentProperty().get().incidentId())));
        assertEquals(FormKind.FIRST_REPORT, fx(() -> documents.selectedProperty().get()));
        assertEquals("首报-" + number + ".pdf", fx(documents::defaultFileName));

        Path file = out.resolve(fx(documents::defaultFileName));
        robot.interact(() -> documents.export(file));
        slowly(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String asked = fx(() -> robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.joining("\n")));
        assertTrue(asked.contains("（待填）") && asked.contains("何因"), asked);
        assertFalse(Files.exists(file), "no number is taken before the clerk confirms");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("取文号并出具")).findFirst().orElseThrow());

        slowly(() -> Files.exists(file) && firstReportDeadline(chosen.id()) == DeadlineState.MET);
        robot.clickOn("#nav-board");
        waitUntil(() -> !card(robot, number).contains("首报"));
        robot.clickOn("#card-" + number);
        robot.clickOn("#tab-timeline");
        ListView<TimelineEntry> timeline = robot.lookup("#detail-timeline").queryListView();
        waitUntil(() -> fx(() -> timeline.getItems().stream()
                .anyMatch(e -> e.fact() instanceof TimelineFact.DocumentDispatched d && d.form().equals("first-report"))));
        robot.interact(() -> timeline.scrollTo(timeline.getItems().stream()
                .filter(e -> e.fact() instanceof TimelineFact.DocumentDispatched).findFirst().orElseThrow()));
        waitUntil(() -> cellTexts(robot, timeline).contains("印发舆情信息报告（首报）"));
        assertTrue(cellTexts(robot, timeline).contains("主送："), cellTexts(robot, timeline));
    }

    private static String cellTexts(FxRobot robot, ListView<TimelineEntry> timeline) {
        return fx(() -> robot.from(timeline).lookup(".list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null)
                .collect(Collectors.joining("\n")));
    }
}
