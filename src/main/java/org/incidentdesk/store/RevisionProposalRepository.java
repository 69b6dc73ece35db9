package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT;
import static org.incidentdesk.store.generated.Tables.PLAN_REVISION_PROPOSAL;
import static org.incidentdesk.store.generated.Tables.REVIEW_LESSON;

import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.incident.IncidentNumber;
import org.incidentdesk.domain.review.LessonKind;
import org.incidentdesk.domain.review.PlanRevisionProposal;
import org.incidentdesk.domain.review.ProposalState;
import org.incidentdesk.domain.review.RevisionKind;
import org.incidentdesk.store.generated.tables.records.PlanRevisionProposalRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Plan revisions proposed from review lessons, with the incident number and lesson text they came from. */
public final class RevisionProposalRepository {
    private final DSLContext dsl;

    RevisionProposalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long incidentId, long lessonId, long planId, int basedOnVersion, RevisionKind kind,
                       String change, Stamp stamp) {
        PlanRevisionProposalRecord row = dsl.newRecord(PLAN_REVISION_PROPOSAL);
        row.setIncidentId(incidentId);
        row.setLessonId(lessonId);
        row.setPlanId(planId);
        row.setBasedOnVersion(basedOnVersion);
        row.setKind(kind.name());
        row.setChangeText(change);
        row.setState(ProposalState.PROPOSED.name());
        return dsl.insertInto(PLAN_REVISION_PROPOSAL).set(RowStamps.created(row, stamp))
                .returning(PLAN_REVISION_PROPOSAL.ID).fetchOne().getId();
    }

    /** Moves the proposal to {@code state} ({@code adoptedVersion} for ADOPTED), stale-checked. */
    public void settle(PlanRevisionProposal before, ProposalState state, Integer adoptedVersion, Stamp stamp) {
        PlanRevisionProposalRecord changes = dsl.newRecord(PLAN_REVISION_PROPOSAL);
        changes.setState(state.name());
        changes.setAdoptedVersion(adoptedVersion);
        RowStamps.update(dsl, changes, PLAN_REVISION_PROPOSAL.ID.eq(before.id()), before.version(), stamp,
                "proposal", before.id());
    }

    public Optional<PlanRevisionProposal> find(long id) {
        return select(PLAN_REVISION_PROPOSAL.ID.eq(id)).stream().findFirst();
    }

    public List<PlanRevisionProposal> forPlan(long planId) {
        return select(PLAN_REVISION_PROPOSAL.PLAN_ID.eq(planId));
    }

    public List<PlanRevisionProposal> forIncident(long incidentId) {
        return select(PLAN_REVISION_PROPOSAL.INCIDENT_ID.eq(incidentId));
    }

    /** Whether lesson {@code lessonId} proposed any revision (a lesson that did cannot be deleted). */
    public boolean anyFromLesson(long lessonId) {
        return dsl.fetchExists(PLAN_REVISION_PROPOSAL, PLAN_REVISION_PROPOSAL.LESSON_ID.eq(lessonId));
    }

    private List<PlanRevisionProposal> select(Condition which) {
        return dsl.select(PLAN_REVISION_PROPOSAL.fields()).select(INCIDENT.NUMBER_YEAR, INCIDENT.NUMBER_SEQ, REVIEW_LESSON.KIND,
                        REVIEW_LESSON.LESSON_TEXT)
                .from(PLAN_REVISION_PROPOSAL)
                .join(INCIDENT).on(INCIDENT.ID.eq(PLAN_REVISION_PROPOSAL.INCIDENT_ID))
                .join(REVIEW_LESSON).on(REVIEW_LESSON.ID.eq(PLAN_REVISION_PROPOSAL.LESSON_ID))
                .where(which).orderBy(PLAN_REVISION_PROPOSAL.ID).fetch(RevisionProposalRepository::toProposal);
    }

    private static PlanRevisionProposal toProposal(Record r) {
        PlanRevisionProposalRecord p = r.into(PLAN_REVISION_PROPOSAL);
        return new PlanRevisionProposal(p.getId(), p.getIncidentId(), new IncidentNumber(r.get(INCIDENT.NUMBER_YEAR), r.get(INCIDENT.NUMBER_SEQ)).toString(),
                p.getLessonId(), LessonKind.valueOf(r.get(REVIEW_LESSON.KIND)),
                r.get(REVIEW_LESSON.LESSON_TEXT), p.getPlanId(), p.getBasedOnVersion(),
                RevisionKind.valueOf(p.getKind()), p.getChangeText(), ProposalState.valueOf(p.getState()),
                p.getAdoptedVersion(), Times.instant(p.getCreatedAt()), p.getCreatedBy(), p.getVersion());
    }
}
