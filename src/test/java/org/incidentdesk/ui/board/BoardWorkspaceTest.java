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
import org.incidentdesk.app.WindowCliEnvironment;
import org.incidentdesk.cli.RootCommand;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.ui.WorkstationHarness;
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
        board = WorkstationHarness.workspace(harness.show(stage, 1600, 1000), BoardWorkspace.class).viewModel();
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
        BoardSteps.takeQuickReport(robot, "网传城东小区连续停水", "inquiry");
        String card = cardIn(robot, IncidentPhase.RECEIVED, "2026-001");
        assertTrue(card.contains("网传城东小区连续停水") && card.contains("未定级"), card);
        waitUntil(() -> text(robot, "#detail-heading").startsWith("2026-001"));
        robot.clickOn("#tab-timeline");
        waitForTimeline(robot, TimelineKind.INTAKE);

        // 研判 on the incident: nothing ticked meets no criterion; the clerk ticks what has happened, the plan
        // proposes its level, and confirming it sets the level and moves the incident from 接报 to 研判
        robot.clickOn("#tab-assessment");
        waitUntil(() -> "未达到预警条件".equals(text(robot, "#assess-proposal")));
        assertTrue(fx(() -> robot.lookup("#assess-confirm").queryButton().isDisabled()), "nothing proposed");
        tick(robot, "county-III-happened");
        waitUntil(() -> text(robot, "#assess-proposal").startsWith("建议级别：III"));
        assertEquals(IncidentPhase.RECEIVED, incidents().detail("2026-001").incident().phase(),
                "ticking proposes; it decides nothing");
        robot.clickOn("#assess-confirm");
        ComboBox<WarningLevel> levels = robot.lookup("#assess-level").queryComboBox();
        String decided = fx(() -> levels.getItems().stream().filter(l -> "III".equals(l.id())).findFirst()
                .orElseThrow().label());
        waitUntil(() -> text(robot, "#detail-level").equals(decided));
        assertTrue(cardIn(robot, IncidentPhase.ASSESSING, "2026-001").contains(decided));
        ListView<String> history = robot.lookup("#assess-history").queryListView();
        waitUntil(() -> fx(() -> history.getItems().size() == 1 && history.getItems().get(0).contains("已确认")));
        assertEquals(List.of("county-III-happened"), incidents().detail("2026-001").assessments().get(0).established());

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
        // the plan's due time is offered in the date and time fields; the person types their own time over it
        javafx.scene.control.DatePicker dueDate = robot.lookup("#task-due-date").queryAs(javafx.scene.control.DatePicker.class);
        javafx.scene.control.TextField dueTime = robot.lookup("#task-due-time").queryAs(javafx.scene.control.TextField.class);
        waitUntil(() -> fx(() -> dueDate.getValue() != null && !dueTime.getText().isBlank()));
        assertTrue(text(robot, "#task-due-reason").startsWith("依预案"), text(robot, "#task-due-reason"));
        robot.interact(() -> dueDate.setValue(java.time.LocalDate.of(2026, 3, 2)));
        robot.interact(dueTime::clear);
        robot.clickOn("#task-due-time").write("13:00");
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
        waitUntil(() -> robot.lookup("#evidence-check-headline").tryQuery().isPresent()
                && text(robot, "#evidence-check-headline").contains("1 个证据文件均与保存时的 SHA-256 一致"));

        // handling, then 平息/终止
        robot.clickOn("#phase-HANDLING");
        cardIn(robot, IncidentPhase.HANDLING, "2026-001");
        robot.clickOn("#phase-ENDED");
        waitUntil(() -> robot.lookup("#end-ok").tryQuery().isPresent());
        assertEquals(IncidentPhase.HANDLING, incidents().detail("2026-001").incident().phase(), "it asks first");
        robot.clickOn("#end-ok");
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

    /** Ticks a criterion of the assessment's checklist, scrolled into view first. */
    private static void tick(FxRobot robot, String criterionId) {
        ListView<org.incidentdesk.service.warning.CriterionCheck> checklist =
                robot.lookup("#assess-checklist").queryListView();
        waitUntil(() -> fx(() -> checklist.getItems().stream().anyMatch(c -> c.criterionId().equals(criterionId))));
        robot.interact(() -> checklist.scrollTo(checklist.getItems().stream()
                .filter(c -> c.criterionId().equals(criterionId)).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#assess-establish-" + criterionId).tryQuery().isPresent());
        javafx.scene.control.CheckBox box = robot.lookup("#assess-establish-" + criterionId).queryAs(
                javafx.scene.control.CheckBox.class);
        robot.interact(box::fire);
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
    void theIncidentsAssessmentIsTheOneTheWarningPanelShows(FxRobot robot) {
        Incident incident = incidents().intake(Intake.quick("网传学校食堂卫生问题", "inquiry"));
        robot.clickOn("#nav-board");
        waitUntil(() -> board.loadedAtProperty().get() != null);
        robot.interact(() -> board.selectedIdProperty().set(incident.id()));
        waitUntil(() -> text(robot, "#detail-heading").startsWith(incident.number().toString()));
        robot.clickOn("#tab-assessment");
        tick(robot, "county-III-happened");
        waitUntil(() -> text(robot, "#assess-proposal").startsWith("建议级别：III"));
        String proposal = text(robot, "#assess-proposal");
        robot.clickOn("#assess-confirm");
        waitUntil(() -> incidents().detail(incident.id()).incident().level() != null);
        assertEquals(IncidentPhase.ASSESSING, incidents().detail(incident.id()).incident().phase());

        // the warning panel opens the same assessment: the same tick, proposal and decision
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT5)
                .release(javafx.scene.input.KeyCode.DIGIT5, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#warnings-view").tryQuery().isPresent());
        ComboBox<org.incidentdesk.ui.warning.IncidentRef> choice =
                robot.lookup("#warnings-assess-incident").queryComboBox();
        waitUntil(() -> fx(() -> choice.getItems().stream().anyMatch(i -> i.id() == incident.id())));
        robot.interact(() -> choice.getSelectionModel().select(choice.getItems().stream()
                .filter(i -> i.id() == incident.id()).findFirst().orElseThrow()));
        robot.clickOn("#warnings-assess");
        waitUntil(() -> robot.lookup(".dialog-pane #assess-history").tryQuery().isPresent());
        ListView<String> history = robot.lookup(".dialog-pane #assess-history").queryListView();
        waitUntil(() -> fx(() -> history.getItems().size() == 1 && history.getItems().get(0).contains("已确认")));
        waitUntil(() -> proposal.equals(fx(() -> robot.lookup(".dialog-pane #assess-proposal").queryAs(Label.class)
                .getText())));
        ListView<org.incidentdesk.service.warning.CriterionCheck> checklist =
                robot.lookup(".dialog-pane #assess-checklist").queryListView();
        assertTrue(fx(() -> checklist.getItems().stream().filter(c -> c.criterionId().equals("county-III-happened"))
                .findFirst().orElseThrow().met()), "the tick recorded on the incident holds in the panel");
    }

    @Test
    void aShiftHandoverIsGeneratedHandedToTheSuccessorAndConfirmedByTheNameTheyPick(FxRobot robot) {
        List<String> people = harness.context().roster().load().people().stream()
                .map(org.incidentdesk.domain.roster.Person::name).toList();
        String writer = people.get(0);
        String successor = people.get(1);
        harness.actAs(writer);
        robot.clickOn("#nav-board");
        waitUntil(() -> board.loadedAtProperty().get() != null);
        assertEquals("尚无交接记录", text(robot, "#handover-text"));

        // generated from the record; the person on duty adds a line and names the successor
        robot.clickOn("#handover-write");
        waitUntil(() -> robot.lookup("#handover-open").tryQuery().isPresent());
        javafx.scene.control.TextArea open = robot.lookup("#handover-open").queryAs(javafx.scene.control.TextArea.class);
        String generated = fx(open::getText);
        assertTrue(generated.startsWith("在办事件：无"), generated);
        assertTrue(fx(() -> robot.lookup("#handover-watch").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("生效中的预警：无"));
        assertTrue(fx(open::isWrapText), "the text wraps");
        robot.interact(() -> open.appendText("\n城东小区停水待宣传部回复网民"));
        ComboBox<String> next = robot.lookup("#handover-successor").queryComboBox();
        robot.interact(() -> next.setValue(successor));
        robot.clickOn("#handover-save");
        waitUntil(() -> text(robot, "#handover-text").contains("城东小区停水待宣传部回复网民"));
        String written = text(robot, "#handover-text");
        assertTrue(written.contains(writer) && written.contains("交 " + successor) && written.contains("【接班人未确认】"),
                written);

        // the writer cannot confirm their own handover, whatever name the workstation runs under
        robot.clickOn("#handover-confirm");
        waitUntil(() -> robot.lookup("#handover-reader").tryQuery().isPresent());
        ComboBox<String> reader = robot.lookup("#handover-reader").queryComboBox();
        waitUntil(() -> fx(() -> !reader.getItems().isEmpty()));
        assertEquals(successor, fx(reader::getValue), "the successor the handover names is offered first");
        robot.interact(() -> reader.setValue(writer));
        robot.clickOn("#handover-reader-ok");
        String refusal = ZH.get("handover.ownHandover");
        waitUntil(() -> robot.lookup(".dialog-pane .label").match((Label l) -> l.getText() != null
                && l.getText().contains(refusal)).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        assertTrue(text(robot, "#handover-text").contains("【接班人未确认】"));

        // the successor picks their own name: confirmed by the person, not the account the workstation runs under
        robot.clickOn("#handover-confirm");
        waitUntil(() -> robot.lookup("#handover-reader").tryQuery().isPresent());
        ComboBox<String> again = robot.lookup("#handover-reader").queryComboBox();
        waitUntil(() -> fx(() -> successor.equals(again.getValue())));
        robot.clickOn("#handover-reader-ok");
        waitUntil(() -> text(robot, "#handover-text").contains("【" + successor + " 已于"));
        assertTrue(fx(() -> robot.lookup("#handover-confirm").queryButton().isDisabled()),
                "a confirmed handover cannot be confirmed again");
        assertEquals(successor, incidents().handovers().latest().orElseThrow().confirmedBy());
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
        int exit = RootCommand.commandLine(new WindowCliEnvironment(harness.context()), new PrintWriter(out, true),
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
