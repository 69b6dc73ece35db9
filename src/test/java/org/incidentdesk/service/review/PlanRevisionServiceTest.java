package org.incidentdesk.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.event.PlanRevisionProposed;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.LessonKind;
import org.incidentdesk.domain.review.PlanRevisionProposal;
import org.incidentdesk.domain.review.ProposalState;
import org.incidentdesk.domain.review.RevisionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A lesson proposes a plan change: a draft of the plan's next version, linked both ways with the review. */
class PlanRevisionServiceTest {
    private final ReviewWrittenFixture office = new ReviewWrittenFixture();

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aProposalIsADraftOfTheNextVersionThatNamesItsReviewAndTheReviewShowsIt() {
        Incident incident = office.intake("网传某中学体罚学生");
        Lesson lesson = office.review.lessons().add(incident.id(), LessonKind.PROBLEM, "学校未在1小时内报告教育局",
                List.of(office.timeline(incident.id()).getFirst().id()));
        OfficePlan plan = office.plans.officePlan(incident.planId());

        PlanRevisionProposal proposal = office.review.revisions().propose(lesson.id(), RevisionKind.DEADLINE,
                "学校舆情首报时限由“立即”明确为接报后30分钟内电话报告");

        assertEquals(plan.id(), proposal.planId());
        assertEquals(plan.currentVersion() + 1, proposal.draftVersion());
        assertEquals(ProposalState.PROPOSED, proposal.state());
        PlanRevisionProposal inPlan = office.review.revisions().forPlan(plan.id()).getFirst();
        assertEquals(incident.number().toString(), inPlan.incidentNumber(), "the draft names the review");
        assertEquals("学校未在1小时内报告教育局", inPlan.lessonText());
        assertEquals(lesson.id(), inPlan.lessonId());
        assertEquals(List.of(proposal), office.review.written(incident.id()).proposals(), "the review shows it");
        assertTrue(office.published.stream().anyMatch(e -> e instanceof PlanRevisionProposed p
                && p.planId() == plan.id() && p.proposalId() == proposal.id()));
        ValidationException inUse = assertThrows(ValidationException.class,
                () -> office.review.lessons().delete(lesson.id(), lesson.version()));
        assertEquals("review.lesson.inUse", inUse.violations().getFirst().messageKey());
    }

    @Test
    void aSavedVersionAdoptsTheProposalAndAnUnsavedOneCannot() {
        Incident incident = office.intake("网传某街道垃圾清运不及时");
        Lesson lesson = office.review.lessons().add(incident.id(), LessonKind.PROBLEM, "城管职责未写清", List.of());
        PlanRevisionProposal proposal = office.review.revisions().propose(lesson.id(), RevisionKind.UNIT_DUTY,
                "城管局负责环境卫生类舆情的核实和回应");

        ValidationException unsaved = assertThrows(ValidationException.class,
                () -> office.review.revisions().adopt(proposal.id(), proposal.version(), proposal.draftVersion()));
        assertEquals("review.proposal.notSaved", unsaved.violations().getFirst().messageKey());

        assertThrows(StaleDataException.class,
                () -> office.review.revisions().withdraw(proposal.id(), proposal.version() + 5));
        var current = office.plans.current(proposal.planId());
        office.plans.saveNewVersion(proposal.planId(), current.number(), current.plan().withName("修订后的预案"));
        PlanRevisionProposal adopted = office.review.revisions().adopt(proposal.id(), proposal.version(),
                proposal.draftVersion());
        assertEquals(ProposalState.ADOPTED, adopted.state());
        assertEquals(proposal.draftVersion(), adopted.adoptedVersion());
        assertThrows(ValidationException.class,
                () -> office.review.revisions().withdraw(adopted.id(), adopted.version()));
    }
}
