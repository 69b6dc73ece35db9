package org.incidentdesk.ui.warning;

import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.domain.warning.WarningChangeKind;
import org.incidentdesk.service.warning.CriterionCheck;
import org.incidentdesk.ui.WorkstationHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The warning's whole life through the real window, under the demo office's county plan during 全国两会期间:
 * assess, see the level raised one step with the reason, issue, see the colour block and the units to notify,
 * adjust, lift, and find all three in the history; the header's office level follows each step.
 */
@ExtendWith(ApplicationExtension.class)
class WarningsWorkspaceTest {
    /** 2026-03-04 10:00 in Shanghai, inside 全国两会期间 (03-03 to 03-15 in the county plan). */
    private static final Instant IN_TWO_SESSIONS = Instant.parse("2026-03-04T02:00:00Z");

    private WorkstationHarness harness;
    private Incident incident;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        harness.time().advanceTo(IN_TWO_SESSIONS);
        incident = harness.context().incidents().intake(Intake.quick("网传学校食堂卫生问题", "hype"));
        stage.setWidth(1600);
        stage.setHeight(1000);
        harness.show(stage, Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private static <T> T fx(Callable<T> read) {
        return WorkstationHarness.fx(read);
    }

    private static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static List<Node> blocks(FxRobot robot) {
        return fx(() -> List.copyOf(robot.lookup(".warning-block").queryAll()));
    }

    private static <T> void choose(FxRobot robot, String query, java.util.function.Predicate<T> which) {
        ComboBox<T> box = robot.lookup(query).queryComboBox();
        waitUntil(() -> fx(() -> box.getItems().stream().anyMatch(which)));
        robot.interact(() -> box.getSelectionModel().select(box.getItems().stream().filter(which).findFirst().orElseThrow()));
    }

    @Test
    void assessIssueAdjustAndLiftAWarningDuringTheTwoSessions(FxRobot robot) {
        waitUntil(() -> robot.lookup("#office-warning-badge").tryQuery().isPresent());
        waitUntil(() -> text(robot, "#sensitive-period-banner").contains("全国两会期间"));
        assertEquals("无预警", text(robot, "#office-warning-badge"));
        assertTrue(text(robot, "#sensitive-period-banner").contains("研判等级上调一级"));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#warnings-view").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#warnings-empty").tryQuery().map(Node::isVisible).orElse(false));

        // 研判: establish that a 一般 event has happened here; the plan's III becomes II in the sensitive period
        choose(robot, "#warnings-assess-incident", (IncidentRef i) -> i.id() == incident.id());
        robot.clickOn("#warnings-assess");
        waitUntil(() -> robot.lookup("#assess-checklist").tryQuery().isPresent());
        ListView<CriterionCheck> checklist = robot.lookup("#assess-checklist").queryListView();
        waitUntil(() -> fx(() -> !checklist.getItems().isEmpty()));
        assertEquals("未达到预警条件", text(robot, "#assess-proposal"));
        robot.clickOn("#assess-establish-county-III-happened");
        waitUntil(() -> text(robot, "#assess-raise").equals("按敏感时期上调一级：III→II"));
        assertEquals("建议级别：II 级 橙色", text(robot, "#assess-proposal"));
        assertTrue(text(robot, "#assess-reasons").contains("全国两会期间"), text(robot, "#assess-reasons"));

        // 发布: the proposal comes filled in; the 总指挥 issues level II
        robot.clickOn("#assess-issue");
        waitUntil(() -> robot.lookup("#draft-level").tryQuery().isPresent());
        ComboBox<WarningLevel> level = robot.lookup("#draft-level").queryComboBox();
        waitUntil(() -> fx(() -> level.getValue() != null && level.getValue().id().equals("II")));
        choose(robot, "#draft-issuer", (WarningDraftViewModel.Issuer i) -> i.roleId().equals("chief"));
        waitUntil(() -> !text(robot, "#draft-authority").isEmpty());
        assertTrue(fx(() -> robot.lookup("#draft-ok").queryButton().isDisabled()), "指挥长 may not issue level II");
        choose(robot, "#draft-issuer", (WarningDraftViewModel.Issuer i) -> i.roleId().equals("commander"));
        robot.clickOn("#draft-scope").write("全县");
        robot.clickOn("#draft-measures").write("各成员单位实行 24 小时值班");
        waitUntil(() -> !fx(() -> robot.lookup("#draft-ok").queryButton().isDisabled()));
        robot.clickOn("#draft-ok");

        waitUntil(() -> blocks(robot).size() == 1);
        Node block = blocks(robot).get(0);
        assertTrue(fx(block::getStyle).contains("#F57C00"), "an orange block");
        TableView<UnitNotice> notices = robot.lookup("#warning-notices").queryTableView();
        waitUntil(() -> fx(() -> !notices.getItems().isEmpty()));
        assertTrue(fx(() -> notices.getItems().stream().anyMatch(n -> n.liaisonName() != null && n.phone() != null)),
                "the units to notify come with their liaison and number");
        waitUntil(() -> text(robot, "#office-warning-badge").equals("当前预警：II 级 橙色"));

        // 调整: down to III with a reason; leaving level II takes the 总指挥's authority, not the 指挥长's
        robot.clickOn("#warning-adjust");
        waitUntil(() -> robot.lookup("#draft-level").tryQuery().isPresent());
        choose(robot, "#draft-level", (WarningLevel l) -> l.id().equals("III"));
        choose(robot, "#draft-issuer", (WarningDraftViewModel.Issuer i) -> i.roleId().equals("chief"));
        waitUntil(() -> text(robot, "#draft-authority").contains("总指挥"));
        choose(robot, "#draft-issuer", (WarningDraftViewModel.Issuer i) -> i.roleId().equals("commander"));
        robot.clickOn("#draft-reason").write("热度回落，范围缩小");
        waitUntil(() -> !fx(() -> robot.lookup("#draft-ok").queryButton().isDisabled()));
        robot.clickOn("#draft-ok");
        harness.drain();
        assertTrue(robot.lookup("#draft-ok").tryQuery().isEmpty(), () -> "adjust refused: " + text(robot, "#draft-error"));
        waitUntil(() -> text(robot, "#office-warning-badge").equals("当前预警：III 级 黄色"));
        assertTrue(fx(() -> blocks(robot).get(0).getStyle()).contains("#FBC02D"), "now a yellow block");

        // 解除: a reason, then the confirmation
        robot.clickOn("#warning-lift");
        robot.clickOn("#lift-reason").write("涉事问题已整改，舆情平息");
        robot.clickOn("#lift-ok");
        waitUntil(() -> robot.lookup(".dialog-pane .button").match((Button b) -> "解除预警".equals(b.getText())
                && b.getId() == null).tryQuery().isPresent());
        Button confirm = robot.lookup(".dialog-pane .button").match((Button b) -> "解除预警".equals(b.getText())
                && b.getId() == null).queryButton();
        robot.clickOn(confirm);
        harness.drain();
        assertTrue(robot.lookup("#lift-ok").tryQuery().isEmpty(), () -> "lift refused: " + text(robot, "#lift-error")
                + " / dialogs: " + fx(() -> robot.lookup(".dialog-pane").queryAll().stream()
                        .map(n -> ((javafx.scene.control.DialogPane) n).getHeaderText()).toList()));
        waitUntil(() -> blocks(robot).isEmpty());
        waitUntil(() -> text(robot, "#office-warning-badge").equals("无预警"));

        TableView<WarningChange> history = robot.lookup("#warning-history").queryTableView();
        waitUntil(() -> fx(() -> history.getItems().size() == 3));
        assertEquals(List.of(WarningChangeKind.LIFTED, WarningChangeKind.ADJUSTED, WarningChangeKind.ISSUED),
                fx(() -> history.getItems().stream().map(WarningChange::kind).toList()));
        assertFalse(fx(() -> history.getItems().get(0).reason()).isEmpty());
    }
}
