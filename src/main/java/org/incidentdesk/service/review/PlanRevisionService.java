package org.incidentdesk.service.review;

import java.util.List;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.event.PlanRevisionProposed;
import org.incidentdesk.domain.event.ReviewWrittenChanged.Part;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.PlanRevisionProposal;
import org.incidentdesk.domain.review.ProposalState;
import org.incidentdesk.domain.review.RevisionKind;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * Plan revisions proposed from a lesson of a review (R22): a change to a deadline, a unit's duty, a criterion or
 * a checklist step, in words. A proposal is part of the draft of the next version of the office plan the
 * incident ran under, which the plan workspace shows with a link back to the review; the review shows the
 * proposal and the plan version it went into once a saved version adopts it. Thread-safe; never call it on
 * the JavaFX thread.
 */
public final class PlanRevisionService {
    static final int MAX_CHANGE = 2000;
    private final ReviewWriting writing;

    PlanRevisionService(ReviewWriting writing) {
        this.writing = writing;
    }

    /**
     * Proposes {@code change} (in words) to the plan of the lesson's incident: a draft of the version after the
     * plan's current one. Returns the proposal, naming the plan and the draft's version to open.
     */
    public PlanRevisionProposal propose(long lessonId, RevisionKind kind, String change) {
        Access.require(writing.actors(), Permission.REVIEW_WRITE);
        return writing.store.inTransaction(s -> {
            Lesson lesson = LessonService.find(s, lessonId);
            if (kind == null) {
                throw ReviewWriting.refused("revisionKind", "validation.required");
            }
            String words = ReviewWriting.text("revisionChange", change, MAX_CHANGE);
            Incident incident = ReviewWriting.editable(s, lesson.incidentId());
            OfficePlan plan = s.plans().find(incident.planId()).orElseThrow(() -> ReviewWriting.refused(
                    "planId", "plan.unknownPlan", String.valueOf(incident.planId())));
            Stamp stamp = writing.stamp();
            long id = s.revisionProposals().insert(incident.id(), lessonId, plan.id(), plan.currentVersion(), kind,
                    words, stamp);
            s.audit().append(stamp, "propose", "planRevision", id, FieldChange.set("plan", String.valueOf(plan.id())),
                    FieldChange.set("draftVersion", String.valueOf(plan.currentVersion() + 1)),
                    FieldChange.set("lesson", String.valueOf(lessonId)), FieldChange.set("kind", kind.name()),
                    FieldChange.set("change", words));
            announce(s, plan.id(), id, incident.id());
            return s.revisionProposals().find(id).orElseThrow();
        });
    }

    /** The proposals of a plan, oldest first (those still {@link ProposalState#PROPOSED} make its next draft). */
    public List<PlanRevisionProposal> forPlan(long planId) {
        return writing.store.inTransaction(s -> s.revisionProposals().forPlan(planId));
    }

    /** The proposals that came from the incident's review. */
    public List<PlanRevisionProposal> forIncident(long incidentId) {
        return writing.store.inTransaction(s -> s.revisionProposals().forIncident(incidentId));
    }

    /**
     * The saved version {@code savedVersion} of the plan carries the proposal: it is adopted there. Refused when
     * the version is not one saved after the proposal was made, or the proposal changed since read.
     */
    public PlanRevisionProposal adopt(long proposalId, int version, int savedVersion) {
        Access.require(writing.actors(), Permission.PLAN_EDIT);
        return settle(proposalId, version, ProposalState.ADOPTED, savedVersion);
    }

    /** The office decided against the proposal. */
    public PlanRevisionProposal withdraw(long proposalId, int version) {
        Access.require(writing.actors(), Permission.PLAN_EDIT);
        return settle(proposalId, version, ProposalState.WITHDRAWN, null);
    }

    private PlanRevisionProposal settle(long proposalId, int version, ProposalState state, Integer savedVersion) {
        return writing.store.inTransaction(s -> {
            PlanRevisionProposal before = find(s, proposalId);
            if (before.state() != ProposalState.PROPOSED) {
                throw ReviewWriting.refused("proposal", "review.proposal.settled", proposalId);
            }
            if (savedVersion != null && (savedVersion <= before.basedOnVersion()
                    || s.plans().version(before.planId(), savedVersion).isEmpty())) {
                throw ReviewWriting.refused("proposal", "review.proposal.notSaved", savedVersion,
                        before.draftVersion());
            }
            Stamp stamp = writing.stamp();
            s.revisionProposals().settle(at(before, version), state, savedVersion, stamp);
            s.audit().append(stamp, state == ProposalState.ADOPTED ? "adopt" : "withdraw", "planRevision", proposalId,
                    new FieldChange("state", before.state().name(), state.name()),
                    FieldChange.set("version", savedVersion == null ? null : String.valueOf(savedVersion)));
            announce(s, before.planId(), proposalId, before.incidentId());
            return s.revisionProposals().find(proposalId).orElseThrow();
        });
    }

    private void announce(StoreSession s, long planId, long proposalId, long incidentId) {
        s.raise(new PlanRevisionProposed(writing.events().origin(), planId, proposalId, incidentId));
        writing.changed(s, incidentId, Part.PROPOSAL, proposalId);
    }

    private static PlanRevisionProposal find(StoreSession s, long proposalId) {
        return s.revisionProposals().find(proposalId).orElseThrow(() -> ReviewWriting.refused("proposal",
                "review.proposal.unknown", proposalId));
    }

    private static PlanRevisionProposal at(PlanRevisionProposal p, int version) {
        return new PlanRevisionProposal(p.id(), p.incidentId(), p.incidentNumber(), p.lessonId(), p.lessonKind(),
                p.lessonText(),
                p.planId(), p.basedOnVersion(), p.kind(), p.change(), p.state(), p.adoptedVersion(), p.createdAt(),
                p.createdBy(), version);
    }
}
