package org.incidentdesk.ui.review;

import static org.incidentdesk.ui.WorkstationHarness.fx;
import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.review.DeadlineOutcome;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.ReviewPhase;
import org.incidentdesk.domain.review.ScoredDeadline;
import org.incidentdesk.domain.review.SectionRating;
import org.incidentdesk.service.review.ReviewDetail;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.board.BoardWorkspace;
import org.incidentdesk.ui.shell.MainWindow;
import org.incidentdesk.ui.review.ReviewDetailViewModel.TimelineLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ReviewWorkspaceTest {
    private WorkstationHarness harness;
    private Incident incident;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        harness = new WorkstationHarness();
        incident = ReviewScenario.endedIncident(harness.context(), harness.time(), "网传城南某校食堂卫生问题");
        window = harness.show(stage, 1280, 720);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private ReviewDetail stored() {
        return harness.context().reviews().detail(incident.id());
    }

    @Test
    void openedFromTheBoardTheClerkStarsEntriesByKeyboardAndRatesASectionBesideItsEvidence(FxRobot robot) {
        robot.clickOn("#nav-board");
        robot.interact(() -> WorkstationHarness.workspace(window, BoardWorkspace.class).viewModel()
                .selectedIdProperty().set(incident.id()));
        waitUntil(() -> robot.lookup("#detail-open-review").tryQuery().isPresent());
        robot.clickOn("#detail-open-review");

        waitUntil(() -> fx(() -> robot.lookup("#review-heading").queryAs(Label.class).getText()).startsWith("2026-001"));
        ListView<TimelineLine> timeline = robot.lookup("#review-timeline").queryListView();
        waitUntil(() -> fx(() -> timeline.getItems().size()) > 3);
        List<ReviewPhase> stages = fx(() -> timeline.getItems().stream()
                .filter(l -> l instanceof TimelineLine.Heading).map(l -> ((TimelineLine.Heading) l).phase()).toList());
        assertEquals(ReviewPhase.INITIAL, stages.get(0), "the record starts in 先期处置: " + stages);
        assertEquals(ReviewPhase.AFTERMATH, stages.get(stages.size() - 1), "the end opens 善后: " + stages);

        // the first entry under the first heading, starred with S; the next one with the space bar
        robot.clickOn("#review-timeline");
        robot.interact(() -> timeline.getSelectionModel().select(1));
        robot.type(KeyCode.S);
        waitUntil(() -> stored().timeline().starred().size() == 1);
        robot.interact(() -> timeline.getSelectionModel().select(2));
        robot.type(KeyCode.SPACE);
        waitUntil(() -> stored().timeline().starred().size() == 2);
        List<Long> starred = stored().timeline().starred().stream().map(e -> e.entry().id()).toList();
        List<Long> shownStarred = fx(() -> timeline.getItems().stream()
                .filter(l -> l instanceof TimelineLine.Entry e && e.entry().starred())
                .map(l -> ((TimelineLine.Entry) l).entry().entry().id()).toList());
        assertEquals(starred, shownStarred, "the list shows the stars as stored");
        robot.interact(() -> timeline.getSelectionModel().select(1));
        robot.type(KeyCode.S);
        waitUntil(() -> stored().timeline().starred().size() == 1);

        // scored against the plan: the first report was done late, so its row says so with the delay
        robot.clickOn("#review-tab-SCORE");
        TableView<ScoredDeadline> scored = robot.lookup("#review-scored").queryTableView();
        waitUntil(() -> fx(() -> !scored.getItems().isEmpty()));
        ScoredDeadline first = fx(() -> scored.getItems().stream()
                .filter(r -> r.action() == org.incidentdesk.domain.escalation.DeadlineAction.REPORT_FIRST)
                .findFirst().orElseThrow());
        assertEquals(DeadlineOutcome.LATE, first.outcome());
        assertTrue(first.delayMinutes() > 0, "late by " + first.delayMinutes());

        ComboBox<SectionRating> rating = robot.lookup("#rate-INITIAL_RESPONSE").queryComboBox();
        robot.clickOn("#rate-note-INITIAL_RESPONSE").write("首报迟报");
        robot.interact(() -> rating.setValue(SectionRating.PROBLEMS));
        waitUntil(() -> stored().rating(PlanSection.INITIAL_RESPONSE).isPresent());
        assertEquals(SectionRating.PROBLEMS, stored().rating(PlanSection.INITIAL_RESPONSE).orElseThrow().rating());
        assertEquals("首报迟报", stored().rating(PlanSection.INITIAL_RESPONSE).orElseThrow().note());
        String evidence = fx(() -> robot.lookup("#rate-evidence-INITIAL_RESPONSE").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().stream().map(n -> ((Label) n).getText()).reduce("", String::concat));
        assertTrue(evidence.contains(first.act()), evidence);
    }
}
