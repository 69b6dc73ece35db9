package org.incidentdesk.ui.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.review.Accountability;
import org.incidentdesk.domain.review.ActionOwner;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.LessonKind;
import org.incidentdesk.domain.review.PlanRevisionProposal;
import org.incidentdesk.domain.review.RevisionKind;
import org.incidentdesk.service.review.ReviewWrittenServices;
import org.incidentdesk.service.review.WrittenReview;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The written part of the open review: lessons (成功经验 / 暴露问题) linked to timeline entries, improvement actions
 * with owner, due date and the evidence that closes them, accountability records linked to scored deadlines, and
 * the plan revisions proposed from lessons (each opens the plan workspace on the draft it joined).
 */
public final class WrittenViewModel {
    private final ReviewWrittenServices written;
    private final TaskRunner tasks;
    private final Failures failures;

    private final ReadOnlyObjectWrapper<WrittenReview> shown = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Lesson> lessons = FXCollections.observableArrayList();
    private final ObservableList<ImprovementAction> actions = FXCollections.observableArrayList();
    private final ObservableList<Accountability> accountability = FXCollections.observableArrayList();
    private final ObservableList<PlanRevisionProposal> proposals = FXCollections.observableArrayList();
    private final ObservableList<ActionOwner> owners = FXCollections.observableArrayList();
    private Long incidentId;
    private Consumer<PlanRevisionProposal> planOpener = p -> { };

    public WrittenViewModel(ReviewWrittenServices written, TaskRunner tasks, Failures failures) {
        this.written = written;
        this.tasks = tasks;
        this.failures = failures;
    }

    /** Where a proposed revision takes the user: the plan workspace on its draft (the composition root sets it). */
    public void openPlansWith(Consumer<PlanRevisionProposal> opener) {
        this.planOpener = opener;
    }

    private record Loaded(WrittenReview review, List<ActionOwner> owners) {
    }

    /** Shows the written part of {@code id}'s review (null: none open). */
    void show(Long id) {
        if (!Objects.equals(id, incidentId)) {
            shown.set(null);
            lessons.clear();
            actions.clear();
            accountability.clear();
            proposals.clear();
            owners.clear();
        }
        incidentId = id;
        reload();
    }

    public void reload() {
        Long id = incidentId;
        if (id == null) {
            return;
        }
        tasks.refresh("review-written", () -> new Loaded(written.written(id), written.actions().ownerChoices(id)),
                this::showLoaded, failure -> failures.show("reviewui.title", failure));
    }

    private void showLoaded(Loaded loaded) {
        if (!Objects.equals(incidentId, loaded.review().incidentId())) {
            return;
        }
        shown.set(loaded.review());
        lessons.setAll(loaded.review().lessons());
        actions.setAll(loaded.review().actions());
        accountability.setAll(loaded.review().accountability());
        proposals.setAll(loaded.review().proposals());
        owners.setAll(loaded.owners());
    }

    /** Adds a lesson about the timeline entries {@code entryIds}; {@code done} runs once it is stored. */
    public void addLesson(LessonKind kind, String text, List<Long> entryIds, Runnable done) {
        long id = incidentId;
        change(() -> written.lessons().add(id, kind, text, entryIds), done);
    }

    public void deleteLesson(Lesson lesson) {
        change(() -> {
            written.lessons().delete(lesson.id(), lesson.version());
            return null;
        }, () -> { });
    }

    /** Adds an improvement action due at the end of {@code dueOn}, answering {@code lesson} (null: none). */
    public void addAction(Lesson lesson, String text, ActionOwner owner, LocalDate dueOn, Runnable done) {
        long id = incidentId;
        change(() -> written.actions().add(id, lesson == null ? null : lesson.id(), text, owner, dueOn), done);
    }

    /** Closes the action with the evidence that it was done (refused without evidence). */
    public void closeAction(ImprovementAction action, String evidence, Runnable done) {
        change(() -> written.actions().close(action.id(), action.version(), evidence), done);
    }

    /** Adds an accountability record, about the scored deadline {@code deadlineId} (null: none). */
    public void addAccountability(String person, String conduct, Long deadlineId, String decision, Runnable done) {
        long id = incidentId;
        change(() -> written.accountability().add(id, person, conduct, deadlineId, decision), done);
    }

    /**
     * Proposes {@code change} (in words) to the plan from {@code lesson}; once stored the plan workspace opens on
     * the draft of the next version that carries it.
     */
    public void proposePlanChange(Lesson lesson, RevisionKind kind, String change, Runnable done) {
        tasks.write(() -> written.revisions().propose(lesson.id(), kind, change), proposal -> {
            done.run();
            reload();
            planOpener.accept(proposal);
        }, failures::show);
    }

    /** Opens the plan workspace on the draft that carries {@code proposal}. */
    public void openPlan(PlanRevisionProposal proposal) {
        if (proposal != null) {
            planOpener.accept(proposal);
        }
    }

    private void change(Callable<?> write, Runnable done) {
        tasks.write(write, result -> {
            done.run();
            reload();
        }, failure -> {
            failures.show(failure);
            reload();
        });
    }

    public ReadOnlyObjectProperty<WrittenReview> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObservableList<Lesson> lessons() {
        return lessons;
    }

    public ObservableList<ImprovementAction> actions() {
        return actions;
    }

    public ObservableList<Accountability> accountability() {
        return accountability;
    }

    public ObservableList<PlanRevisionProposal> proposals() {
        return proposals;
    }

    public ObservableList<ActionOwner> owners() {
        return owners;
    }
}
