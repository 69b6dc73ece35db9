package org.incidentdesk.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.LessonKind;
import org.incidentdesk.domain.review.PlanRevisionProposal;
import org.incidentdesk.domain.review.ProposalState;
import org.incidentdesk.domain.review.RevisionKind;
import org.incidentdesk.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A plan change proposed from a review opens in the plan workspace as the draft of the next version. */
class PlanRevisionDraftTest {
    private final ViewModelFixture fx = new ViewModelFixture();
    private final PlanViewModel vm = fx.planViewModel();
    private final List<Long> reviewsOpened = new ArrayList<>();

    @AfterEach
    void close() {
        fx.close();
    }

    private PlanRevisionProposal proposeFromAReview() {
        OffsetDateTime now = fx.time.clock().instant().atZone(fx.context.zone()).toOffsetDateTime();
        Incident incident = fx.context.incidents().intake(new Intake("网传某校午餐变质", "inquiry", now.minusMinutes(5),
                null, IncidentFacts.NONE));
        Lesson lesson = fx.context.reviewWritten().lessons().add(incident.id(), LessonKind.PROBLEM,
                "学校接报后未及时报告教育局", List.of());
        return fx.context.reviewWritten().revisions().propose(lesson.id(), RevisionKind.DEADLINE,
                "学校接报后30分钟内电话报告教育局");
    }

    @Test
    void theDraftCarriesTheChangeInWordsLinksBackAndSavingAdoptsIt() {
        vm.refreshLists();
        vm.proposals().openReviewsWith(reviewsOpened::add);
        PlanRevisionProposal proposal = proposeFromAReview();
        int current = fx.context.plans().officePlan(proposal.planId()).currentVersion();

        vm.showProposal(proposal.planId(), proposal.id());

        assertEquals(proposal.planId(), vm.selectedProperty().get().officePlan().id());
        assertTrue(vm.draft().dirtyProperty().get(), "a draft of the next version, not saved yet");
        String note = vm.draft().draftProperty().get().note();
        assertTrue(note.endsWith("【修订建议，来自 " + proposal.incidentNumber() + " 总结评估】时限：学校接报后30分钟内电话报告教育局"),
                note);
        assertEquals(current + 1, vm.proposals().draftVersionProperty().get());
        assertEquals("修订建议（第 " + (current + 1) + " 版草稿）", vm.proposals().heading());
        PlanRevisionProposal shown = vm.proposals().pending().getFirst();
        assertEquals("来自 " + proposal.incidentNumber() + " 总结评估的暴露问题：学校接报后未及时报告教育局",
                vm.proposals().fromText(shown));
        assertEquals("建议修改时限：学校接报后30分钟内电话报告教育局", vm.proposals().changeText(shown));
        assertTrue(vm.proposals().adoptsOnSave(shown));
        vm.proposals().openReview(shown);
        assertEquals(List.of(proposal.incidentId()), reviewsOpened, "the link back to the review");

        vm.save();

        PlanRevisionProposal adopted = fx.context.reviewWritten().written(proposal.incidentId()).proposals()
                .getFirst();
        assertEquals(ProposalState.ADOPTED, adopted.state());
        assertEquals(current + 1, adopted.adoptedVersion(), "the review shows the version that carries it");
        assertTrue(fx.context.plans().current(proposal.planId()).plan().note().contains("学校接报后30分钟内电话报告教育局"));
        assertTrue(vm.proposals().pending().isEmpty());
        assertFalse(vm.draft().dirtyProperty().get());
    }

    @Test
    void anUntickedProposalStaysProposedAfterASave() {
        vm.refreshLists();
        PlanRevisionProposal proposal = proposeFromAReview();
        vm.showProposal(proposal.planId(), proposal.id());
        vm.proposals().setAdoptOnSave(vm.proposals().pending().getFirst(), false);
        vm.save();
        assertEquals(ProposalState.PROPOSED, fx.context.reviewWritten().revisions().forPlan(proposal.planId())
                .getFirst().state());
        assertEquals(1, vm.proposals().pending().size(), "still waiting, now for the draft after the saved one");
        assertEquals(proposal.draftVersion() + 1, vm.proposals().draftVersionProperty().get());
    }

    @Test
    void theOfficeSetsTheReviewTimeAndTheSavedVersionKeepsItNoLongerADefault() {
        vm.refreshLists();
        long planId = vm.selectedProperty().get().officePlan().id();
        assertTrue(vm.draft().draftProperty().get().reviewTime().origin().defaulted(), "the template's 〔默认〕 7 days");
        assertEquals(java.util.Optional.of("“很快”不是有效的时长：请写成 2小时、30分钟、1天 等"),
                vm.draft().applyReviewTime("很快"));
        assertFalse(vm.draft().dirtyProperty().get(), "a refused text changes nothing");

        assertEquals(java.util.Optional.empty(), vm.draft().applyReviewTime("10天"));
        vm.save();

        var saved = fx.context.plans().current(planId).plan().reviewTime();
        assertEquals(java.time.Duration.ofDays(10), saved.within());
        assertFalse(saved.origin().defaulted());
    }
}
