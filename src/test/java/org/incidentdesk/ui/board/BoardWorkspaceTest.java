package org.incidentdesk.ui.board;

import org.incidentdesk.domain.incident.TimelineFact;
import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.incidentdesk.app.OpenContextCliEnvironment;
import org.incidentdesk.cli.RootCommand;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BoardWorkspaceTest {
    private static final org.incidentdesk.domain.common.Messages ZH =
            new org.incidentdesk.domain.common.Messages(Locale.SIMPLIFIED_CHINESE);
    private WorkstationHarness harness;
    private BoardViewModel board;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        stage.setWidth(1600);
        stage.setHeight(1000);
        MainWindow window = harness.show(stage, Locale.SIMPLIFIED_CHINESE);
        board = window.workspaces().stream().filter(w -> w instanceof BoardWorkspace).map(w -> (BoardWorkspace) w)
                .findFirst().orElseThrow().viewModel();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private IncidentService incidents() {
        return harness.context().incidents();
    }

    /** Reads UI state on the FX thread, so a reload running there is never seen half done. */
    private static <T> T fx(Callable<T> read) {
        return WorkstationHarness.fx(read);
    }

    private String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    /** The card of {@code number} is in the lane of {@code phase}, and its texts. */
    private String cardIn(FxRobot robot, IncidentPhase phase, String number) {
        ListView<BoardRow> lane = robot.lookup("#lane-" + phase.name()).queryListView();
        waitUntil(() -> fx(() -> lane.getItems().stream().anyMatch(r -> r.number().toString().equals(number))
                && robot.lookup("#card-" + number).tryQuery().isPresent()));
        return fx(() -> robot.from(robot.lookup("#card-" + number).<Node>query()).lookup(".label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("|")));
    }

    private Set<TimelineKind> timelineKinds(FxRobot robot) {
        ListView<TimelineEntry> timeline = robot.lookup("#detail-timeline").queryListView();
        return fx(() -> timeline.getItems().stream().map(TimelineEntry::kind).collect(Collectors.toSet()));
    }

    private void waitForTimeline(FxRobot robot, TimelineKind kind) {
        waitUntil(() -> timelineKinds(robot).contains(kind));
    }

    @Test
    void takeAssessRespondTaskMetricsEvidenceAndCloseEachStepOnTheCardAndTheTimeline(FxRobot robot) throws Exception {
        robot.clickOn("#nav-board");
        waitUntil(() -> board.loadedAtProperty().get() != null);

        // 接报: quick entry in the dialog
        robot.clickOn("#board-intake");
        robot.clickOn("#intake-title").write("网传城东小区连续停水");
        ComboBox<EventCategory> category = robot.lookup("#intake-category").queryComboBox();
        robot.interact(() -> category.getSelectionModel().select(category.getItems().stream()
                .filter(c -> c.id().equals("inquiry")).findFirst().orElseThrow()));
        robot.clickOn("#intake-take");
        String card = cardIn(robot, IncidentPhase.RECEIVED, "2026-001");
        assertTrue(card.contains("网传城东小区连续停水") && card.contains("未定级"), card);
        waitUntil(() -> text(robot, "#detail-heading").startsWith("2026-001"));
        robot.clickOn("#tab-timeline");
        waitForTimeline(robot, TimelineKind.INTAKE);

        // 研判: a quick report meets no criterion, so the plan proposes nothing; the person decides with a reason
        robot.clickOn("#phase-ASSESSING");
        cardIn(robot, IncidentPhase.ASSESSING, "2026-001");
        robot.clickOn("#tab-assessment");
        robot.clickOn("#assess-run");
        waitUntil(() -> robot.lookup("#assess-proposed").tryQuery().isPresent());
        assertEquals("未达到预警条件", text(robot, "#assess-proposed"));
        assertTrue(robot.lookup("#assess-confirm").queryButton().isDisabled(), "nothing proposed, nothing to confirm");
        ComboBox<WarningLevel> other = robot.lookup("#assess-level").queryComboBox();
        WarningLevel general = fx(() -> other.getItems().stream().filter(l -> "IV".equals(l.id())).findFirst().orElseThrow());
        robot.interact(() -> other.getSelectionModel().select(general));
        robot.clickOn("#assess-reason").write("值班会商定为一般");
        robot.clickOn("#assess-override");
        String decided = general.label();
        waitUntil(() -> text(robot, "#detail-level").equals(decided));
        assertTrue(cardIn(robot, IncidentPhase.ASSESSING, "2026-001").contains(decided));

        // 响应启动
        robot.clickOn("#phase-RESPONSE");
        cardIn(robot, IncidentPhase.RESPONSE, "2026-001");

        // a task to a member unit, due in three hours: the card names the unit and counts down to what falls due
        // first, the task or a deadline of the plan
        robot.clickOn("#tab-tasks");
        ComboBox<OrgUnit> unit = robot.lookup("#task-unit").queryComboBox();
        waitUntil(() -> fx(() -> !unit.getItems().isEmpty()));
        OrgUnit chosen = unit.getItems().stream().filter(u -> u.name().contains("宣传")).findFirst()
                .orElse(unit.getItems().get(0));
        robot.interact(() -> unit.getSelectionModel().select(chosen));
        robot.clickOn("#task-description").write("核实停水原因并回复网民");
        // the plan's due time is offered in the field; the person types their own over it
        javafx.scene.control.TextField dueField = robot.lookup("#task-due").queryAs(javafx.scene.control.TextField.class);
        waitUntil(() -> fx(() -> !dueField.getText().isBlank()));
        assertEquals(board.detail().suggestedDueProperty().get(), fx(dueField::getText));
        assertTrue(text(robot, "#task-due-reason").startsWith("依预案"), text(robot, "#task-due-reason"));
        robot.interact(dueField::clear);
        robot.clickOn("#task-due").write("2026-03-02 13:00");
        robot.clickOn("#task-assign");
        waitUntil(() -> cardIn(robot, IncidentPhase.RESPONSE, "2026-001").contains(chosen.name()));
        String due = firstDue(incidents().detail("2026-001").incident().id(),
                java.time.OffsetDateTime.parse("2026-03-02T13:00+08:00").toInstant());
        waitUntil(() -> cardIn(robot, IncidentPhase.RESPONSE, "2026-001").contains(due));

        // a metrics point: the trend chart shows it
        robot.clickOn("#tab-metrics");
        robot.clickOn("#metric-reads").write("12000");
        robot.clickOn("#metric-comments").write("340");
        robot.clickOn("#metric-add");
        LineChart<?, ?> chart = robot.lookup("#metrics-chart").queryAs(LineChart.class);
        waitUntil(() -> fx(() -> chart.getData().size() == 2));

        // evidence: a file kept with its hash (the file chooser itself is the system's, so the test hands the path)
        Path screenshot = Files.writeString(harness.dataDir().resolve("帖子截图.txt"), "原帖内容");
        IncidentDetailViewModel detail = board.detail();
        robot.interact(() -> detail.attachEvidence(screenshot, "删帖前截图"));
        robot.clickOn("#tab-evidence");
        ListView<?> evidence = robot.lookup("#detail-evidence").queryListView();
        waitUntil(() -> fx(() -> evidence.getItems().size() == 1));
        robot.clickOn("#evidence-check");
        waitUntil(() -> text(robot, "#evidence-check-result").contains("一致"));

        // handling, then 平息/终止
        robot.clickOn("#phase-HANDLING");
        cardIn(robot, IncidentPhase.HANDLING, "2026-001");
        robot.clickOn("#phase-ENDED");
        cardIn(robot, IncidentPhase.ENDED, "2026-001");

        robot.clickOn("#tab-timeline");
        waitUntil(() -> timelineKinds(robot).containsAll(List.of(TimelineKind.INTAKE, TimelineKind.PHASE,
                TimelineKind.ASSESSMENT, TimelineKind.LEVEL, TimelineKind.TASK, TimelineKind.METRICS,
                TimelineKind.EVIDENCE)));
        ListView<TimelineEntry> timeline = robot.lookup("#detail-timeline").queryListView();
        assertEquals(List.of(new TimelineFact.PhaseMoved(IncidentPhase.RECEIVED, IncidentPhase.ASSESSING),
                        new TimelineFact.PhaseMoved(IncidentPhase.ASSESSING, IncidentPhase.RESPONSE),
                        new TimelineFact.PhaseMoved(IncidentPhase.RESPONSE, IncidentPhase.HANDLING),
                        new TimelineFact.PhaseMoved(IncidentPhase.HANDLING, IncidentPhase.ENDED)),
                fx(() -> timeline.getItems().stream().filter(t -> t.kind() == TimelineKind.PHASE)
                        .map(TimelineEntry::fact).toList()));
        assertEquals(IncidentPhase.ENDED, incidents().detail("2026-001").incident().phase());
    }

    /** "首报 超时 5 分" or "任务 剩 3 小时 0 分": the earlier of the incident's next open deadline and a task. */
    private String firstDue(long incidentId, java.time.Instant taskDue) {
        java.time.Instant now = harness.time().clock().instant();
        var next = harness.context().deadlines().deadlines(incidentId).stream().filter(d -> d.state().isOpen())
                .min(java.util.Comparator.comparing(org.incidentdesk.domain.escalation.Deadline::dueAt));
        boolean deadline = next.isPresent() && !taskDue.isBefore(next.get().dueAt());
        java.time.Instant due = deadline ? next.get().dueAt() : taskDue;
        String what = deadline ? ZH.get("board.due." + next.get().action().name()) : ZH.get("board.due.task");
        long minutes = Math.abs(java.time.Duration.between(now, due).toMinutes());
        String key = due.isBefore(now) ? "board.overdueBy" : "board.dueIn";
        return what + " " + (minutes < 60 ? ZH.get(key + "Minutes", minutes) : ZH.get(key, minutes / 60, minutes % 60));
    }

    @Test
    void aShiftHandoverIsWrittenConfirmedByTheNextPersonOnDutyAndShownAsConfirmed(FxRobot robot) {
        robot.clickOn("#nav-board");
        waitUntil(() -> board.loadedAtProperty().get() != null);
        assertEquals("尚无交接记录", text(robot, "#handover-text"));
        harness.actAs("值班员甲");

        robot.clickOn("#handover-write");
        robot.clickOn("#handover-open").write("2026-001 待宣传部回复网民");
        robot.clickOn("#handover-watch").write("夜间关注城东小区话题热度");
        robot.clickOn("#handover-save");
        waitUntil(() -> text(robot, "#handover-text").contains("2026-001 待宣传部回复网民"));
        String written = text(robot, "#handover-text");
        assertTrue(written.contains("值班员甲") && written.contains("夜间关注城东小区话题热度")
                && written.contains("【接班人未确认】"), written);

        // the writer cannot confirm their own handover: the reason is shown and nothing changes
        robot.clickOn("#handover-confirm");
        String refusal = ZH.get("handover.ownHandover");
        waitUntil(() -> robot.lookup(".dialog-pane .label").match((Label l) -> l.getText() != null
                && l.getText().contains(refusal)).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        assertTrue(text(robot, "#handover-text").contains("【接班人未确认】"));

        // the next person on duty takes over the workstation and confirms they have read it
        harness.actAs("值班员乙");
        robot.clickOn("#handover-confirm");
        waitUntil(() -> text(robot, "#handover-text").contains("【值班员乙 已于"));
        assertTrue(fx(() -> robot.lookup("#handover-confirm").queryButton().isDisabled()),
                "a confirmed handover cannot be confirmed again");
        assertTrue(incidents().latestHandover().orElseThrow().confirmed());
    }

    @Test
    void changesFromTheCommandLineAndServicesAppearWithoutAClickAndTheSelectionIsKept(FxRobot robot) {
        Incident first = incidents().intake(Intake.quick("事件甲", "inquiry"));
        incidents().intake(Intake.quick("事件乙", "hype"));
        robot.clickOn("#nav-board");
        robot.clickOn("#board-mode-table");
        TableView<BoardRow> table = robot.lookup("#board-table").queryTableView();
        waitUntil(() -> fx(() -> table.getItems().size() == 2));
        robot.clickOn(robot.from(table).lookup((Node n) -> n instanceof TableCell<?, ?> cell
                && "事件甲".equals(cell.getText())).queryAs(Node.class));
        waitUntil(() -> Long.valueOf(first.id()).equals(board.selectedIdProperty().get()));

        StringWriter out = new StringWriter();
        int exit = RootCommand.commandLine(new OpenContextCliEnvironment(harness.context()), new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true)).execute("incident", "new", "--title", "命令行接报的事件",
                "--category", "inquiry");
        assertEquals(0, exit);
        incidents().advance(first.id(), IncidentPhase.ASSESSING);

        waitUntil(() -> fx(() -> table.getItems().size() == 3 && table.getItems().stream()
                .anyMatch(r -> r.id() == first.id() && r.phase() == IncidentPhase.ASSESSING)));
        BoardRow selected = fx(() -> table.getSelectionModel().getSelectedItem());
        assertEquals(first.id(), selected.id(), "the selection stays on the same incident");
        waitUntil(() -> text(robot, "#detail-phase").equals("研判"));
        assertTrue(fx(() -> table.getItems().stream().anyMatch(r -> r.title().equals("命令行接报的事件"))));
    }
}
