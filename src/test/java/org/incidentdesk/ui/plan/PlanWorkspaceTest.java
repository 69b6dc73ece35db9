package org.incidentdesk.ui.plan;

import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.incidentdesk.cli.CliEnvironment;
import org.incidentdesk.app.WindowCliEnvironment;
import org.incidentdesk.cli.RootCommand;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PlanWorkspaceTest {
    private WorkstationHarness harness;
    private PlanViewModel viewModel;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        MainWindow window = harness.show(stage, Locale.SIMPLIFIED_CHINESE);
        viewModel = ((PlanWorkspace) window.workspaces().get(1)).viewModel();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private PlanService plans() {
        return harness.context().plans();
    }

    @Test
    void createFromTemplateChangeADeadlineActivateAndSeeItInPlanShow(FxRobot robot) throws Exception {
        robot.clickOn("#nav-plans");
        waitUntil(() -> viewModel.templates().size() == 6);

        // choose the college template and create the office's plan from it
        ListView<PlanEntry> templates = robot.lookup("#plan-templates").queryListView();
        robot.interact(() -> templates.getSelectionModel().select(
                templates.getItems().stream().filter(e -> "college".equals(e.templateId())).findFirst().orElseThrow()));
        waitUntil(() -> viewModel.draft().draftProperty().get() != null && "college".equals(viewModel.draft().draftProperty().get().id()));
        assertFalse(viewModel.draft().editableProperty().get(), "a template is read only");
        robot.clickOn("#plan-new");
        robot.lookup("#prompt-text").queryAs(TextField.class);
        robot.interact(() -> robot.lookup("#prompt-text").queryAs(TextField.class).setText("本院舆情处置预案"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> plans().officePlans().size() == 2);
        waitUntil(() -> viewModel.draft().editableProperty().get());
        OfficePlan created = plans().officePlans().stream().filter(p -> "college".equals(p.templateId()))
                .findFirst().orElseThrow();
        assertEquals("本院舆情处置预案", created.name());
        assertFalse(created.active(), "the demo office's plan stays the active one until this one is activated");

        // change the 重大 report deadline from 2 h to 1 h in the deadline tab
        robot.clickOn("时限规则");
        TableView<DeadlineRule> rules = robot.lookup("#deadline-table").queryTableView();
        int major = indexOfDuration(rules, Duration.ofHours(2));
        String ruleId = rules.getItems().get(major).id();
        robot.interact(() -> rules.getSelectionModel().select(major));
        TextField duration = robot.lookup("#deadline-duration").queryAs(TextField.class);
        robot.interact(() -> duration.setText(""));
        robot.clickOn(duration).write("1h");
        robot.clickOn("#deadline-apply");
        waitUntil(() -> viewModel.draft().dirtyProperty().get());
        robot.clickOn("#plan-save");
        waitUntil(() -> plans().officePlan(created.id()).currentVersion() == 2);
        waitUntil(() -> !viewModel.draft().dirtyProperty().get());

        // activate it
        // activating asks first: it names the plan it replaces and the college bodies the county roster lacks
        robot.clickOn("#plan-activate");
        waitUntil(() -> robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().contains("对应检查")).tryQuery().isPresent());
        String question = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().contains("对应检查")).queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(question.contains("取代当前启用的“青溪县网络信息安全和重大舆情处置预案”"), question);
        assertTrue(question.contains("个机构在通讯录中未对应：学院突发公共事件舆情处置应急领导小组"), question);
        assertTrue(question.contains("个角色在通讯录中无人担任：舆情处置应急领导小组、组长"), question);
        assertTrue(question.contains("舆情报告时限（重大）"), question);
        assertFalse(plans().officePlan(created.id()).active(), "nothing changes before the answer");
        robot.clickOn("仍然启用");
        waitUntil(() -> plans().activePlan().map(OfficePlan::id).orElse(-1L) == created.id());

        // the change is in plan show, and version 1 still holds the template's 2 h
        JsonNode shown = new ObjectMapper().readTree(cli("plan", "show", Long.toString(created.id()), "--json"));
        JsonNode rule = ruleById(shown, ruleId);
        assertEquals("PT1H", rule.get("duration").asText());
        assertEquals("本院舆情处置预案", shown.get("name").asText());
        DeadlineRule original = plans().version(created.id(), 1).plan().deadlines().stream()
                .filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        assertEquals(Duration.ofHours(2), original.duration(), "version 1 is never rewritten");
        assertTrue(cli("plan", "list").contains("本院舆情处置预案"));
    }

    @Test
    void aNewDataDirectoryStartsWithTheDemoOfficePlanActiveAndMappedOntoTheRoster(FxRobot robot) {
        OfficePlan demo = plans().activePlan().orElseThrow();
        assertEquals("county", demo.templateId());
        robot.clickOn("#nav-plans");
        waitUntil(() -> viewModel.officePlans().size() == 1);
        ListView<PlanEntry> office = robot.lookup("#plan-office").queryListView();
        robot.interact(() -> office.getSelectionModel().select(0));
        waitUntil(() -> viewModel.draft().editableProperty().get());
        var roster = harness.context().roster().load();
        for (var unit : viewModel.draft().draftProperty().get().organisation().units()) {
            assertTrue(roster.unitNamed(unit.name()).isPresent(), unit.name() + " is a unit of the demo roster");
        }
    }

    @Test
    void theTrialAssessmentProposesALevelAndRaisesItInASensitivePeriod(FxRobot robot) {
        robot.clickOn("#nav-plans");
        waitUntil(() -> viewModel.officePlans().size() == 1);
        ListView<PlanEntry> office = robot.lookup("#plan-office").queryListView();
        robot.interact(() -> office.getSelectionModel().select(0));
        waitUntil(() -> viewModel.draft().editableProperty().get());
        robot.clickOn("试研判");

        // plan 1: a 一般 (IV) event that has happened here is a yellow (III 较大) warning
        ComboBox<WarningLevel> happened = robot.lookup("#assess-occurrence-HAPPENED_HERE").queryComboBox();
        robot.interact(() -> happened.setValue(happened.getItems().stream()
                .filter(l -> l != null && "IV".equals(l.id())).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#assess-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 5, 20)));
        robot.clickOn("#assess-run");
        assertEquals("建议级别：III（较大）", robot.lookup("#assess-level").queryLabeled().getText());

        // during the National Day holiday (a sensitive period in the demo plan) it is raised one level
        robot.interact(() -> robot.lookup("#assess-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 10, 2)));
        robot.clickOn("#assess-run");
        assertEquals("建议级别：II（重大）", robot.lookup("#assess-level").queryLabeled().getText());
        assertTrue(robot.lookup("#assess-reasons").queryLabeled().getText().contains("国庆节假期"));
        assertFalse(viewModel.draft().dirtyProperty().get(), "a trial changes nothing");
    }

    @Test
    void aDurationThatIsNotOneIsRefusedInTheForm(FxRobot robot) {
        robot.clickOn("#nav-plans");
        waitUntil(() -> viewModel.templates().size() == 6);
        String id = Long.toString(plans().createFromTemplate("school", "").id());
        waitUntil(() -> viewModel.officePlans().size() == 2);
        ListView<PlanEntry> office = robot.lookup("#plan-office").queryListView();
        robot.interact(() -> office.getSelectionModel().select(office.getItems().stream()
                .filter(e -> "school".equals(e.officePlan().templateId())).findFirst().orElseThrow()));
        waitUntil(() -> viewModel.draft().editableProperty().get());
        robot.clickOn("时限规则");
        TableView<DeadlineRule> rules = robot.lookup("#deadline-table").queryTableView();
        int within = indexOfDuration(rules, null);
        robot.interact(() -> rules.getSelectionModel().select(within));
        TextField duration = robot.lookup("#deadline-duration").queryAs(TextField.class);
        robot.interact(() -> duration.setText("两小时"));
        robot.clickOn("#deadline-apply");
        assertFalse(viewModel.draft().dirtyProperty().get(), "nothing changes while the duration is wrong");
        assertTrue(robot.lookup("#deadline-duration-error").queryLabeled().getText().contains("两小时"));
        assertEquals(1, plans().officePlan(Long.parseLong(id)).currentVersion());
    }

    @Test
    void unsavedEditsAreNotDroppedWithoutAsking(FxRobot robot) {
        robot.clickOn("#nav-plans");
        waitUntil(() -> viewModel.officePlans().size() == 1);
        ListView<PlanEntry> office = robot.lookup("#plan-office").queryListView();
        robot.interact(() -> office.getSelectionModel().select(0));
        waitUntil(() -> viewModel.draft().editableProperty().get());
        robot.interact(() -> viewModel.draft().edit(plan -> plan.withName("改过的预案名称")));
        assertTrue(viewModel.draft().dirtyProperty().get());

        robot.clickOn("#language-toggle");
        Button keep = robot.lookup("#discard-keep").queryButton();
        assertEquals("继续编辑", keep.getText());
        assertTrue(keep.isDefaultButton(), "Enter keeps the edits");
        assertFalse(robot.lookup("#discard-drop").queryButton().isDefaultButton());
        assertEquals("保存", robot.lookup("#discard-save").queryButton().getText());
        robot.clickOn(keep);
        assertEquals("预案", robot.lookup("#nav-plans").queryLabeled().getText(), "still Chinese: nothing was rebuilt");
        assertTrue(viewModel.draft().dirtyProperty().get(), "the edit is still there");
        assertEquals("改过的预案名称", viewModel.draft().draftProperty().get().name());
    }

    /** The first rule with that duration; null: the first rule that has a duration at all. */
    private static int indexOfDuration(TableView<DeadlineRule> rules, Duration wanted) {
        for (int i = 0; i < rules.getItems().size(); i++) {
            Duration d = rules.getItems().get(i).duration();
            if (d != null && (wanted == null || d.equals(wanted))) {
                return i;
            }
        }
        throw new AssertionError("no rule with duration " + wanted);
    }

    private static JsonNode ruleById(JsonNode plan, String id) {
        for (JsonNode rule : plan.get("deadlines")) {
            if (id.equals(rule.get("id").asText())) {
                return rule;
            }
        }
        throw new AssertionError("no deadline rule " + id);
    }

    /** Runs the command line against the same open database the window uses. */
    private String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new WindowCliEnvironment(harness.context());
        int exit = RootCommand.commandLine(environment, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertEquals(0, exit, err.toString());
        return out.toString();
    }
}
