package org.incidentdesk.ui.alerts;

import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.review.ActionOwner;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.LessonKind;
import org.incidentdesk.domain.review.OwnerKind;
import org.incidentdesk.domain.review.PlanRevisionProposal;
import org.incidentdesk.domain.review.RevisionKind;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.plan.PlanWorkspace;
import org.incidentdesk.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window on the demo office and simulated time: an improvement action overdue on the test clock shows in
 * the alert list with its owner and liaisons, and a plan change proposed from a lesson shows in the plan
 * workspace as the draft of the next version, with the review it came from.
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpsWindowTest {
    private WorkstationHarness harness;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        harness.context().startDeadlineAlarms();
        window = harness.show(stage, 1280, 720);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private static <T> T fx(Callable<T> read) {
        return WorkstationHarness.fx(read);
    }

    private Incident incident() {
        OffsetDateTime now = harness.time().clock().instant().atZone(WorkstationHarness.ZONE).toOffsetDateTime();
        return harness.context().incidents().intake(new Intake("网传城西菜市场缺斤短两", "inquiry",
                now.minusMinutes(5), null, IncidentFacts.NONE));
    }

    private List<String> labelsIn(FxRobot robot, String selector) {
        return fx(() -> robot.lookup(selector).queryAll().stream()
                .flatMap(n -> robot.from(n).lookup(".label").queryAll().stream())
                .map(l -> ((Label) l).getText()).toList());
    }

    @Test
    void anOverdueImprovementActionShowsInTheAlertList(FxRobot robot) {
        Incident incident = incident();
        ActionOwner office = harness.context().reviewWritten().actions().ownerChoices(incident.id()).stream()
                .filter(o -> o.kind() == OwnerKind.ROLE && o.ref().equals("office")).findFirst().orElseThrow();
        LocalDate today = LocalDate.ofInstant(harness.time().clock().instant(), WorkstationHarness.ZONE);
        ImprovementAction action = harness.context().reviewWritten().actions().add(incident.id(), null,
                "建立市场计量抽检机制", office, today.plusDays(3));
        harness.time().advanceBy(Duration.between(harness.time().clock().instant(), action.dueAt())
                .plusMinutes(30));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".followup-card").tryQuery().isPresent());
        List<String> card = labelsIn(robot, ".followup-card");
        assertTrue(card.contains("整改已超期"), card.toString());
        assertTrue(card.contains(incident.number() + "  网传城西菜市场缺斤短两"), card.toString());
        assertTrue(card.contains("建立市场计量抽检机制"), card.toString());
        assertTrue(card.stream().anyMatch(t -> t.startsWith("责任单位：" + office.name()) && t.contains("已超时 30 分钟")),
                card.toString());
    }

    @Test
    void aProposedChangeShowsInThePlanWorkspaceAsTheNextVersionsDraft(FxRobot robot) {
        Incident incident = incident();
        Lesson lesson = harness.context().reviewWritten().lessons().add(incident.id(), LessonKind.PROBLEM,
                "市场监管所未纳入成员单位", List.of());
        PlanRevisionProposal proposal = harness.context().reviewWritten().revisions().propose(lesson.id(),
                RevisionKind.UNIT_DUTY, "市场监管所负责计量类舆情的核查与回应");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        PlanWorkspace plans = WorkstationHarness.workspace(window, PlanWorkspace.class);
        robot.interact(() -> plans.viewModel().showProposal(proposal.planId(), proposal.id()));
        waitUntil(() -> fx(() -> robot.lookup("#plan-proposals").tryQuery().map(Node::isVisible).orElse(false)));
        List<String> pane = labelsIn(robot, "#plan-proposals");
        assertTrue(pane.contains("修订建议（第 " + proposal.draftVersion() + " 版草稿）"), pane.toString());
        assertTrue(pane.contains("建议修改单位职责：市场监管所负责计量类舆情的核查与回应"), pane.toString());
        assertTrue(pane.contains("来自 " + incident.number() + " 总结评估的暴露问题：市场监管所未纳入成员单位"),
                pane.toString());
        assertTrue(fx(() -> robot.lookup("#plan-save").queryButton().isDisabled()) == false,
                "the draft of the next version waits to be saved");
        assertTrue(fx(() -> robot.lookup("#plan-proposal-adopt-" + proposal.id())
                .queryAs(javafx.scene.control.CheckBox.class).isSelected()), "the next save adopts it");
    }
}
