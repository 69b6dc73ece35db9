package org.incidentdesk.ui.plan;

import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.PlanRevisionProposal;
import org.incidentdesk.domain.review.ProposalState;
import org.incidentdesk.service.review.PlanRevisionService;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The revisions that reviews proposed to the shown office plan and that no saved version has adopted yet: the
 * draft of its next version. Each names the review and lesson it came from (and opens that review); those
 * ticked are marked adopted in the version the draft is saved as.
 */
public final class RevisionProposalsViewModel {
    private final PlanRevisionService revisions;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> failed;
    private final ObservableList<PlanRevisionProposal> pending = FXCollections.observableArrayList();
    private final ObservableSet<Long> adoptOnSave = FXCollections.observableSet(new HashSet<>());
    private final ReadOnlyIntegerWrapper draftVersion = new ReadOnlyIntegerWrapper(0);
    private LongConsumer reviewOpener = id -> { };
    private long planId = -1;

    RevisionProposalsViewModel(PlanRevisionService revisions, TaskRunner tasks, Messages messages,
                               Consumer<Throwable> failed) {
        this.revisions = revisions;
        this.tasks = tasks;
        this.messages = messages;
        this.failed = failed;
    }

    /** What "open the review" does: the composition root opens the review workspace at the incident. */
    public void openReviewsWith(LongConsumer opener) {
        this.reviewOpener = opener;
    }

    /** Reads the plan's waiting proposals; {@code then} runs once they are shown. */
    void load(long plan, int currentVersion, Runnable then) {
        planId = plan;
        draftVersion.set(currentVersion + 1);
        tasks.refresh("plan-proposals", () -> revisions.forPlan(plan), all -> {
            List<PlanRevisionProposal> waiting = all.stream()
                    .filter(p -> p.state() == ProposalState.PROPOSED).toList();
            adoptOnSave.retainAll(waiting.stream().map(PlanRevisionProposal::id).toList());
            pending.setAll(waiting);
            then.run();
        }, failed::accept);
    }

    /** A template is shown: no proposals. */
    void clear() {
        planId = -1;
        adoptOnSave.clear();
        pending.clear();
    }

    /** Marks the proposals ticked as adopted in the version just saved, then reads the list again. */
    void adoptInto(long savedPlanId, int savedVersion) {
        List<PlanRevisionProposal> ticked = pending.stream().filter(p -> adoptOnSave.contains(p.id())).toList();
        if (ticked.isEmpty() || savedPlanId != planId) {
            return;
        }
        tasks.write(() -> {
            ticked.forEach(p -> revisions.adopt(p.id(), p.version(), savedVersion));
            return ticked.size();
        }, adopted -> load(savedPlanId, savedVersion, () -> { }), failed::accept);
    }

    public void setAdoptOnSave(PlanRevisionProposal proposal, boolean adopt) {
        if (adopt) {
            adoptOnSave.add(proposal.id());
        } else {
            adoptOnSave.remove(proposal.id());
        }
    }

    public boolean adoptsOnSave(PlanRevisionProposal proposal) {
        return adoptOnSave.contains(proposal.id());
    }

    /** The ids of the proposals the next save adopts. */
    public ObservableSet<Long> adoptOnSave() {
        return adoptOnSave;
    }

    public void withdraw(PlanRevisionProposal proposal) {
        long plan = planId;
        int current = draftVersion.get() - 1;
        tasks.write(() -> revisions.withdraw(proposal.id(), proposal.version()), done -> load(plan, current,
                () -> { }), failed::accept);
    }

    public void openReview(PlanRevisionProposal proposal) {
        reviewOpener.accept(proposal.incidentId());
    }

    /** The waiting proposals, oldest first. */
    public ObservableList<PlanRevisionProposal> pending() {
        return pending;
    }

    /** The version the draft with these proposals will be saved as. */
    public ReadOnlyIntegerProperty draftVersionProperty() {
        return draftVersion.getReadOnlyProperty();
    }

    public String heading() {
        return messages.get("revision.heading", draftVersion.get());
    }

    /** "来自 2026-003 总结评估的暴露问题：…". */
    public String fromText(PlanRevisionProposal p) {
        return messages.get("revision.from", p.incidentNumber(), messages.name(p.lessonKind()), p.lessonText());
    }

    /** "建议修改时限：…". */
    public String changeText(PlanRevisionProposal p) {
        return messages.get("revision.change", messages.name(p.kind()), p.change());
    }

    /** The words the draft's note carries for the proposal, so the saved version records the change. */
    String noteLine(PlanRevisionProposal p) {
        return messages.get("revision.noteLine", p.incidentNumber(), messages.name(p.kind()), p.change());
    }
}
