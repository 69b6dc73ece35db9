package org.incidentdesk.ui.review;

import static org.incidentdesk.ui.WorkstationHarness.fx;
import static org.incidentdesk.ui.WorkstationHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
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
import org.incidentdesk.domain.review.ActionOwner;
import org.incidentdesk.domain.review.FollowUpStage;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.LessonKind;
import org.incidentdesk.domain.review.PlanRevisionProposal;
import org.incidentdesk.domain.review.ReconstructedTimeline;
import org.incidentdesk.domain.review.ReviewSummary;
import org.incidentdesk.domain.review.SectionRating;
import org.incidentdesk.service.review.ReviewDetail;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.board.BoardWorkspace;
import org.incidentdesk.ui.documents.DocumentsViewModel;
import org.incidentdesk.ui.documents.DocumentsWorkspace;
import org.incidentdesk.report.forms.FormKind;
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
        harness.context().startDeadlineAlarms();
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

        // Print report: the 文书 workspace on this incident's 处置工作总结评估报告 (preview, marks and printer there)
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        DocumentsViewModel documents = WorkstationHarness.workspace(window, DocumentsWorkspace.class).viewModel();
        waitUntil(() -> fx(() -> documents.selectedProperty().get() == FormKind.REVIEW_REPORT
                && documents.incidentProperty().get() != null
                && Long.valueOf(incident.id()).equals(documents.incidentProperty().get().incidentId())));
    }

    @Test
    void fromTheListTheReviewerWritesALessonAnActionWhoseOverdueAlertShowsAndAPlanChangeThatOpensTheDraft(
            FxRobot robot) {
        var context = harness.context();
        context.reviews().open(incident.id(), false);
        robot.clickOn("#nav-review");
        TableView<ReviewSummary> list = robot.lookup("#review-list").queryTableView();
        waitUntil(() -> fx(() -> list.getItems().size()) == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#review-list").type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> robot.lookup("#review-heading").queryAs(Label.class).getText()).startsWith("2026-001"));

        // a lesson about one entry of the timeline
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT4).release(KeyCode.ALT);
        ListView<ReconstructedTimeline.ReviewEntry> entries = robot.lookup("#lesson-entries").queryListView();
        waitUntil(() -> fx(() -> entries.getItems().size()) > 3);
        long about = fx(() -> entries.getItems().get(2).entry().id());
        robot.clickOn("#lesson-text").write("首报晚于时限，核实与起草没有并行");
        robot.interact(() -> entries.getSelectionModel().select(2));
        robot.clickOn("#lesson-add");
        waitUntil(() -> context.reviewWritten().lessons().lessons(incident.id()).size() == 1);
        Lesson lesson = context.reviewWritten().lessons().lessons(incident.id()).get(0);
        assertEquals(LessonKind.PROBLEM, lesson.kind());
        assertEquals(List.of(about), lesson.entryIds(), "linked to the entry chosen");
        ListView<Lesson> lessons = robot.lookup("#lesson-list").queryListView();
        waitUntil(() -> fx(() -> lessons.getItems().size()) == 1);

        // an improvement action due in three days, owned by a unit of the roster, answering the lesson
        robot.clickOn("#written-tab-actions");
        robot.clickOn("#action-text").write("值班规程增加核实与起草并行的要求");
        ComboBox<ActionOwner> owner = robot.lookup("#action-owner").queryComboBox();
        waitUntil(() -> fx(() -> !owner.getItems().isEmpty()));
        LocalDate today = LocalDate.ofInstant(harness.time().clock().instant(), WorkstationHarness.ZONE);
        robot.interact(() -> {
            owner.getSelectionModel().select(0);
            robot.lookup("#action-due").queryAs(DatePicker.class).setValue(today.plusDays(3));
            ComboBox<Lesson> answers = robot.lookup("#action-lesson").queryComboBox();
            answers.getSelectionModel().select(0);
        });
        robot.clickOn("#action-add");
        waitUntil(() -> context.reviewWritten().actions().actions(incident.id()).size() == 1);
        ImprovementAction action = context.reviewWritten().actions().actions(incident.id()).get(0);
        assertEquals(lesson.id(), action.lessonId());
        TableView<ImprovementAction> actions = robot.lookup("#action-table").queryTableView();
        waitUntil(() -> fx(() -> actions.getItems().size()) == 1);

        // the test clock passes the due date: the overdue reminder is in the alert list, and opens the review
        harness.time().advanceBy(Duration.ofDays(4));
        robot.clickOn("#alerts-button");
        waitUntil(() -> fx(() -> robot.lookup("#alerts-followups").tryQuery().map(Node::isVisible).orElse(false)));
        String cards = fx(() -> robot.lookup(".followup-card .label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "|" + b));
        assertTrue(cards.contains("值班规程增加核实与起草并行的要求") && cards.contains("2026-001"), cards);
        waitUntil(() -> fx(() -> actions.getItems().get(0).raised()) == FollowUpStage.OVERDUE);
        robot.clickOn("#alerts-button");

        // a plan change proposed from the lesson: the draft of the next plan version carries it
        robot.clickOn("#written-tab-lessons");
        robot.interact(() -> lessons.getSelectionModel().select(0));
        robot.clickOn("#proposal-change").write("首报时限由30分钟改为20分钟");
        robot.clickOn("#proposal-propose");
        waitUntil(() -> context.reviewWritten().revisions().forIncident(incident.id()).size() == 1);
        PlanRevisionProposal proposal = context.reviewWritten().revisions().forIncident(incident.id()).get(0);
        assertEquals(context.plans().officePlan(proposal.planId()).currentVersion() + 1, proposal.draftVersion());
        waitUntil(() -> fx(() -> robot.lookup("#nav-plans").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()));
        String draftHeading = "第 " + proposal.draftVersion() + " 版";
        waitUntil(() -> fx(() -> robot.lookup("#plan-proposals-heading").tryQuery()
                .map(n -> ((Label) n).getText()).orElse("")).contains(draftHeading));
        String shown = fx(() -> robot.lookup("#plan-proposals .label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "|" + b));
        assertTrue(shown.contains("首报时限由30分钟改为20分钟") && shown.contains("2026-001"), shown);

        // and back: the proposal opens the review it came from
        robot.clickOn("#plan-proposal-open-" + proposal.id());
        waitUntil(() -> fx(() -> robot.lookup("#nav-review").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()));
    }
}
