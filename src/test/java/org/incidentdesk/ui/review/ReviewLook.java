package org.incidentdesk.ui.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.LessonKind;
import org.incidentdesk.service.review.ReviewWrittenServices;
import org.incidentdesk.ui.WorkstationHarness;
import org.incidentdesk.ui.shell.MainWindow;

/**
 * Not a test: shows the review workspace on a real display with two ended incidents and a written part, to be
 * looked at and screenshot (java … ReviewLook WIDTH HEIGHT [en]).
 */
public final class ReviewLook extends Application {
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        int width = Integer.parseInt(args.get(0));
        int height = Integer.parseInt(args.get(1));
        Locale locale = args.size() > 2 && args.get(2).equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        WorkstationHarness harness = new WorkstationHarness();
        var context = harness.context();
        Incident older = ReviewScenario.endedIncident(context, harness.time(), "网传城东小区连续停水");
        context.reviews().open(older.id(), false);
        harness.time().advanceBy(java.time.Duration.ofDays(3));
        Incident incident = ReviewScenario.endedIncident(context, harness.time(), "网传城南某校食堂卫生问题");
        context.reviews().open(incident.id(), true);
        ReviewWrittenServices written = context.reviewWritten();
        var entries = context.reviews().detail(incident.id()).timeline().entries();
        context.reviews().star(incident.id(), entries.get(1).entry().id(), true);
        context.reviews().star(incident.id(), entries.get(4).entry().id(), true);
        Lesson lesson = written.lessons().add(incident.id(), LessonKind.PROBLEM,
                "首报比预案规定的时限晚了三十五分钟，值班员先电话核实再起草，两步没有并行。",
                List.of(entries.get(4).entry().id()));
        written.lessons().add(incident.id(), LessonKind.SUCCESS, "回应口径当天审定发布，网民情绪较快平复。", List.of());
        var owners = written.actions().ownerChoices(incident.id());
        written.actions().add(incident.id(), lesson.id(), "值班规程增加“核实与起草并行”的要求，并组织一次演练",
                owners.get(0), LocalDate.ofInstant(context.clock().instant(), WorkstationHarness.ZONE).plusDays(10));
        written.actions().add(older.id(), null, "修订停水信息发布模板", owners.get(1),
                LocalDate.ofInstant(context.clock().instant(), WorkstationHarness.ZONE).plusDays(1));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(0);
        stage.setY(0);
        MainWindow window = harness.show(stage, locale);
        window.showWorkspace(ReviewWorkspace.ID);
        WorkstationHarness.workspace(window, ReviewWorkspace.class).viewModel().open(incident.id());
        stage.setOnHidden(e -> Platform.exit());
    }

    /** The entry point outside the Application class, so JavaFX on the class path starts. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(ReviewLook.class, args);
        }
    }
}
