package org.incidentdesk.ui.alerts;

import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.incidentdesk.domain.escalation.CallOutcome;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.service.escalation.RaisedAlert;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.alerts.CallListViewModel.CallRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window on the demo office and simulated time: an incident reported at 09:55 whose 研判 (due within
 * the hour of the report) is overdue and escalated by 11:35 shows in the alert list, its call list names whom
 * to phone with their numbers, the escalation is on the incident's timeline, and acknowledging it stops the
 * escalation.
 */
@ExtendWith(ApplicationExtension.class)
class AlertsWindowTest {
    private WorkstationHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        harness.context().startDeadlineAlarms();
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

    /** The alert list's card showing the alert of deadline rule {@code rule}. */
    /** The shown card of the rule's alert, scrolled into view (a list keeps hidden cells with stale items). */
    private Node cardOf(FxRobot robot, String rule) {
        ListView<RaisedAlert> list = robot.lookup("#alerts-list").queryListView();
        robot.interact(() -> list.getItems().stream().filter(a -> a.rule().equals(rule)).findFirst()
                .ifPresent(list::scrollTo));
        return fx(() -> robot.lookup(".alert-card").queryAll().stream()
                .filter(card -> card.isVisible() && rule.equals(ruleOfCell(card)))
                .findFirst().orElse(null));
    }

    private static String ruleOfCell(Node card) {
        for (Node n = card; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty()
                    && cell.getItem() instanceof RaisedAlert alert) {
                return alert.rule();
            }
        }
        return null;
    }

    private long escalationsOf(long deadlineId, long incidentId) {
        return harness.context().deadlines().escalations(incidentId).stream()
                .filter(e -> e.deadlineId() == deadlineId).count();
    }

    @Test
    void anOverdueDeadlineShowsInTheListWithItsCallListAndTimelineAndAcknowledgingStopsItsEscalation(FxRobot robot) {
        OffsetDateTime now = harness.time().clock().instant().atZone(WorkstationHarness.ZONE).toOffsetDateTime();
        Incident incident = harness.context().incidents().intake(new Intake("网传城东小区连续停水", "inquiry",
                now.minusMinutes(5), null, IncidentFacts.NONE));
        harness.time().advanceBy(Duration.ofMinutes(95));

        // the list: four overdue deadlines (研判, due 11:00, and the three 立即 rules — on-site rescue and the 首报 to
        // the office and to 主管部门 — due 10:30 at the end of the plan's 30-minute window), none acknowledged
        waitUntil(() -> "4".equals(fx(() -> robot.lookup("#alerts-badge").queryAs(Label.class).getText())));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#alerts-panel").tryQuery().isPresent() && cardOf(robot, "assess-level") != null);
        ListView<RaisedAlert> list = robot.lookup("#alerts-list").queryListView();
        RaisedAlert assess = fx(() -> list.getItems().stream().filter(a -> a.rule().equals("assess-level"))
                .findFirst().orElseThrow());
        String card = fx(() -> robot.from(cardOf(robot, "assess-level")).lookup(".label").queryAll().stream()
                .map(l -> ((Label) l).getText()).toList().toString());
        assertTrue(card.contains("督办上报") && card.contains(incident.number() + "  网传城东小区连续停水")
                && card.contains("已超时 35 分钟") && card.contains("已第 1 次上报 县指挥部"), card);

        // the call list: whom to phone, with the numbers the roster has
        robot.clickOn(robot.from(cardOf(robot, "assess-level")).lookup("#alert-calls").<Node>query());
        waitUntil(() -> robot.lookup("#call-list-table").tryQuery().isPresent()
                && !robot.lookup("#call-list-table").queryTableView().getItems().isEmpty());
        TableView<CallRow> table = robot.lookup("#call-list-table").queryTableView();
        Person director = harness.context().roster().load().people().stream()
                .filter(p -> p.posts().stream().anyMatch(post -> post.title().equals("办公室主任"))).findFirst()
                .orElseThrow();
        CallRow directorRow = fx(() -> table.getItems().stream()
                .filter(r -> r.roleName().equals("办公室主任")).findFirst().orElseThrow());
        assertEquals(director.name(), directorRow.personName());
        assertEquals(director.mobile(), directorRow.mobile());
        assertTrue(robot.lookup(director.mobile()).tryQuery().isPresent(), "the number is on screen");
        robot.interact(() -> table.getSelectionModel().select(directorRow));
        robot.clickOn("#call-outcome-REACHED");
        robot.clickOn("#call-note").write("已通知");
        robot.clickOn("#call-log");
        ListView<?> history = robot.lookup("#call-history").queryListView();
        waitUntil(() -> fx(() -> history.getItems().size()) == 1);
        Window callList = history.getScene().getWindow();
        robot.clickOn(robot.from(callList.getScene().getRoot()).lookup(".button").lookup("关闭").<Node>query());
        waitUntil(() -> !fx(callList::isShowing));

        // the escalation and the call on the incident's timeline
        robot.clickOn(robot.from(cardOf(robot, "assess-level")).lookup("#alert-open").<Node>query());
        waitUntil(() -> robot.lookup("#detail-heading").tryQuery().isPresent()
                && fx(() -> robot.lookup("#detail-heading").queryAs(Label.class).getText())
                .startsWith(incident.number().toString()));
        robot.clickOn("#tab-timeline");
        ListView<TimelineEntry> timeline = robot.lookup("#detail-timeline").queryListView();
        waitUntil(() -> fx(() -> timeline.getItems().stream().anyMatch(
                e -> escalation(e, DeadlineEventKind.ESCALATED, 1) && e.fact() instanceof TimelineFact.DeadlineEvent d
                        && "县指挥部".equals(d.escalatedTo()))));
        assertTrue(fx(() -> timeline.getItems().stream().anyMatch(e -> e.fact() instanceof TimelineFact.CallLogged c
                && c.person().equals(director.name()) && "办公室主任".equals(c.role())
                && director.mobile().equals(c.phone()) && c.outcome() == CallOutcome.REACHED
                && "已通知".equals(e.personText()))));

        // acknowledged: the badge counts one less, and past the next escalation interval nothing more goes up
        robot.clickOn(robot.from(cardOf(robot, "assess-level")).lookup("#alert-acknowledge").<Node>query());
        waitUntil(() -> "3".equals(fx(() -> robot.lookup("#alerts-badge").queryAs(Label.class).getText())));
        assertEquals(1, escalationsOf(assess.deadlineId(), incident.id()));
        harness.time().advanceBy(Duration.ofMinutes(60));
        harness.drain();
        assertEquals(1, escalationsOf(assess.deadlineId(), incident.id()), "no escalation after acknowledging");
        assertTrue(escalationsOf(fx(() -> list.getItems().stream().filter(a -> a.rule().equals("on-site-rescue"))
                .findFirst().orElseThrow().deadlineId()), incident.id()) >= 3, "the unacknowledged one goes on");
        waitUntil(() -> fx(() -> timeline.getItems().stream()
                .anyMatch(e -> escalation(e, DeadlineEventKind.ACKNOWLEDGED, 1))));
        assertTrue(fx(() -> timeline.getItems().stream()
                .noneMatch(e -> escalation(e, DeadlineEventKind.ESCALATED, 2))));
        List<RaisedAlert> after = fx(() -> List.copyOf(list.getItems()));
        assertTrue(after.stream().filter(a -> a.rule().equals("assess-level")).allMatch(RaisedAlert::acknowledged));
    }

    /** A timeline entry of the assess-level deadline: {@code kind}, at escalation step {@code step}. */
    private static boolean escalation(TimelineEntry e, DeadlineEventKind kind, int step) {
        return e.fact() instanceof TimelineFact.DeadlineEvent d && d.ruleId().equals("assess-level")
                && d.event() == kind && d.escalation() == step;
    }
}
