package org.incidentdesk.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.review.Milestone;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.ReconstructedTimeline;
import org.incidentdesk.domain.review.ReviewPhase;
import org.incidentdesk.domain.review.ScoredDeadline;
import org.incidentdesk.domain.review.SectionAssessment;
import org.incidentdesk.domain.review.SectionRating;
import org.incidentdesk.domain.review.TimeToFigures;
import org.incidentdesk.service.review.ReviewDetail;
import org.incidentdesk.service.review.ReviewService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The review open in the workspace: the reconstructed timeline by stage with its stars, the deadlines scored
 * against the plan, the time-to figures and the rating of each plan section beside its evidence. Every read and
 * write runs through the task runner; a refusal is shown in words and changes nothing.
 */
public final class ReviewDetailViewModel {
    /** A line of the timeline list: a stage's heading, or an entry under it. */
    public sealed interface TimelineLine {
        record Heading(ReviewPhase phase, int entries) implements TimelineLine {
        }

        record Entry(ReconstructedTimeline.ReviewEntry entry) implements TimelineLine {
        }
    }

    /** A time-to figure: the milestone, when it was reached (null: not), and the times from event and discovery. */
    public record TimeToRow(Milestone milestone, String reachedAt, String fromEvent, String fromDiscovery) {
    }

    /** A plan section: the reviewer's rating so far (null: not rated) and the scored rows that evidence it. */
    public record SectionRow(PlanSection section, SectionAssessment rating, List<ScoredDeadline> evidence) {
    }

    private final ReviewService reviews;
    private final TaskRunner tasks;
    private final Failures failures;
    private final ReviewTexts texts;

    private final ReadOnlyObjectWrapper<ReviewDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TimelineLine> timeline = FXCollections.observableArrayList();
    private final ObservableList<ScoredDeadline> scored = FXCollections.observableArrayList();
    private final ObservableList<ScoredDeadline> superseded = FXCollections.observableArrayList();
    private final ObservableList<TimeToRow> timeTo = FXCollections.observableArrayList();
    private final ObservableList<SectionRow> sections = FXCollections.observableArrayList();
    private Long shownId;
    private Runnable afterChange = () -> { };

    public ReviewDetailViewModel(ReviewService reviews, TaskRunner tasks, Failures failures, ReviewTexts texts) {
        this.reviews = reviews;
        this.tasks = tasks;
        this.failures = failures;
        this.texts = texts;
    }

    /** Runs after each change this ViewModel stored (the list's figures follow). */
    void afterChange(Runnable action) {
        this.afterChange = action;
    }

    /**
     * Opens the review of {@code incidentId}, starting it (as a real incident's, not a drill's) when the incident
     * has none; refused with the service's reason while the incident is still open.
     */
    public void open(long incidentId) {
        shownId = incidentId;
        tasks.write(() -> {
            if (reviews.find(incidentId).isEmpty()) {
                reviews.open(incidentId, false);
            }
            return reviews.detail(incidentId);
        }, loaded -> {
            show(loaded);
            afterChange.run();
        }, failure -> failures.show("reviewui.title", failure));
    }

    /** Reads the shown review again (another workstation or the written part changed it). */
    public void reload() {
        Long id = shownId;
        if (id == null) {
            return;
        }
        tasks.refresh("review-detail", () -> reviews.detail(id), this::show,
                failure -> failures.show("reviewui.title", failure));
    }

    public Long shownId() {
        return shownId;
    }

    private void show(ReviewDetail loaded) {
        if (!Objects.equals(shownId, loaded.incident().id())) {
            return;
        }
        detail.set(loaded);
        List<TimelineLine> lines = new ArrayList<>();
        for (ReconstructedTimeline.PhaseGroup group : loaded.timeline().groups()) {
            lines.add(new TimelineLine.Heading(group.phase(), group.entries().size()));
            group.entries().forEach(e -> lines.add(new TimelineLine.Entry(e)));
        }
        timeline.setAll(lines);
        scored.setAll(loaded.figures().score().rows());
        superseded.setAll(loaded.figures().score().superseded());
        TimeToFigures times = loaded.figures().times();
        List<TimeToRow> rows = new ArrayList<>();
        for (Milestone m : Milestone.values()) {
            rows.add(new TimeToRow(m, times.at(m).map(texts::time).orElse("—"),
                    times.fromEvent(m).map(texts::duration).orElse("—"),
                    times.fromDiscovery(m).map(texts::duration).orElse("—")));
        }
        timeTo.setAll(rows);
        List<SectionRow> sectionRows = new ArrayList<>();
        for (PlanSection s : PlanSection.values()) {
            sectionRows.add(new SectionRow(s, loaded.rating(s).orElse(null), loaded.evidence(s)));
        }
        sections.setAll(sectionRows);
    }

    /** Stars the entry, or takes its star away. */
    public void toggleStar(ReconstructedTimeline.ReviewEntry entry) {
        ReviewDetail shown = detail.get();
        if (shown == null || entry == null) {
            return;
        }
        long incidentId = shown.incident().id();
        change(() -> reviews.star(incidentId, entry.entry().id(), !entry.starred()));
    }

    /** Rates {@code section} with the reviewer's note, over the rating as it was read. */
    public void rate(PlanSection section, SectionRating rating, String note) {
        ReviewDetail shown = detail.get();
        if (shown == null || rating == null) {
            return;
        }
        long incidentId = shown.incident().id();
        SectionAssessment read = shown.rating(section).orElse(null);
        change(() -> reviews.rate(incidentId, section, rating, note, read));
    }

    /** Marks the review as a drill's (演练) or a real incident's. */
    public void markDrill(boolean drill) {
        ReviewDetail shown = detail.get();
        if (shown == null || shown.review().drill() == drill) {
            return;
        }
        change(() -> reviews.markDrill(shown.review(), drill));
    }

    /** Finishes the review, or reopens a finished one to change it again. */
    public void finishOrReopen() {
        ReviewDetail shown = detail.get();
        if (shown == null) {
            return;
        }
        change(() -> shown.review().finished() ? reviews.reopen(shown.review()) : reviews.finish(shown.review()));
    }

    private void change(java.util.concurrent.Callable<?> write) {
        Long id = shownId;
        tasks.write(() -> {
            write.call();
            return reviews.detail(id);
        }, loaded -> {
            show(loaded);
            afterChange.run();
        }, failure -> {
            failures.show("reviewui.title", failure);
            reload();
        });
    }

    public ReadOnlyObjectProperty<ReviewDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<TimelineLine> timeline() {
        return timeline;
    }

    public ObservableList<ScoredDeadline> scored() {
        return scored;
    }

    public ObservableList<ScoredDeadline> superseded() {
        return superseded;
    }

    public ObservableList<TimeToRow> timeTo() {
        return timeTo;
    }

    public ObservableList<SectionRow> sections() {
        return sections;
    }

    public ReviewTexts texts() {
        return texts;
    }
}
