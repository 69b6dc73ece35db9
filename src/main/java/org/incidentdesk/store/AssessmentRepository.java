package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_ASSESSMENT;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.incident.AssessmentDecision;
import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.store.generated.tables.records.IncidentAssessmentRecord;
import org.jooq.DSLContext;

/** The assessments (研判) of incidents; a decided assessment is never changed again. */
public final class AssessmentRepository {
    /** Reasons are kept one per line. */
    private static final String REASON_SEPARATOR = "\n";

    private final DSLContext dsl;

    AssessmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** {@code proposed} is null when the assessor proposed no level (未达到预警条件). */
    public long insertProposal(long incidentId, LevelMark proposed, List<String> reasons, List<String> established,
                               Stamp stamp) {
        return dsl.insertInto(INCIDENT_ASSESSMENT)
                .set(proposal(proposed, reasons, established, stamp))
                .set(INCIDENT_ASSESSMENT.INCIDENT_ID, incidentId)
                .set(INCIDENT_ASSESSMENT.DECISION, AssessmentDecision.PROPOSED.name())
                .set(INCIDENT_ASSESSMENT.VERSION, RowStamps.FIRST_VERSION)
                .returning(INCIDENT_ASSESSMENT.ID).fetchOne().getId();
    }

    /**
     * Replaces the proposal of an assessment still undecided (a person changed the ticks before deciding), so an
     * incident has one open assessment however often it is re-run; otherwise {@link StaleDataException}.
     */
    public void replaceProposal(long assessmentId, LevelMark proposed, List<String> reasons, List<String> established,
                                Stamp stamp) {
        int rows = dsl.update(INCIDENT_ASSESSMENT)
                .set(proposal(proposed, reasons, established, stamp))
                .set(INCIDENT_ASSESSMENT.VERSION, INCIDENT_ASSESSMENT.VERSION.plus(1))
                .where(INCIDENT_ASSESSMENT.ID.eq(assessmentId)
                        .and(INCIDENT_ASSESSMENT.DECISION.eq(AssessmentDecision.PROPOSED.name())))
                .execute();
        if (rows != 1) {
            throw new StaleDataException("assessment", assessmentId);
        }
    }

    /** The columns of a proposal, the same whether it is first recorded or replaced. */
    private static java.util.Map<org.jooq.Field<?>, Object> proposal(LevelMark proposed, List<String> reasons,
                                                                     List<String> established, Stamp stamp) {
        java.util.Map<org.jooq.Field<?>, Object> columns = new java.util.HashMap<>();
        columns.put(INCIDENT_ASSESSMENT.PROPOSED_ID, proposed == null ? null : proposed.id());
        columns.put(INCIDENT_ASSESSMENT.PROPOSED_RANK, proposed == null ? null : proposed.rank());
        columns.put(INCIDENT_ASSESSMENT.PROPOSED_NAME, proposed == null ? null : proposed.name());
        columns.put(INCIDENT_ASSESSMENT.PROPOSED_COLOUR, proposed == null ? null
                : IncidentRepository.colour(proposed.colour()));
        columns.put(INCIDENT_ASSESSMENT.REASONS, String.join(REASON_SEPARATOR, reasons));
        columns.put(INCIDENT_ASSESSMENT.ESTABLISHED, String.join(REASON_SEPARATOR, established));
        columns.put(INCIDENT_ASSESSMENT.ASSESSED_AT, stamp.time());
        columns.put(INCIDENT_ASSESSMENT.ASSESSED_BY, stamp.who());
        return columns;
    }

    /** Records the decision on a proposal that is still undecided; otherwise {@link StaleDataException}. */
    public void decide(long assessmentId, AssessmentDecision decision, LevelMark decided, String overrideReason,
                       Stamp stamp) {
        IncidentAssessmentRecord changes = dsl.newRecord(INCIDENT_ASSESSMENT);
        changes.setDecision(decision.name());
        changes.setDecidedId(decided.id());
        changes.setDecidedRank(decided.rank());
        changes.setDecidedName(decided.name());
        changes.setDecidedColour(IncidentRepository.colour(decided.colour()));
        changes.setOverrideReason(overrideReason);
        changes.setDecidedAt(stamp.time());
        changes.setDecidedBy(stamp.who());
        int rows = RowStamps.touch(dsl, changes, INCIDENT_ASSESSMENT.ID.eq(assessmentId)
                .and(INCIDENT_ASSESSMENT.DECISION.eq(AssessmentDecision.PROPOSED.name())), stamp);
        if (rows != 1) {
            throw new StaleDataException("assessment", assessmentId);
        }
    }

    /** The incident's assessments, oldest first. */
    public List<Assessment> forIncident(long incidentId) {
        return dsl.selectFrom(INCIDENT_ASSESSMENT).where(INCIDENT_ASSESSMENT.INCIDENT_ID.eq(incidentId))
                .orderBy(INCIDENT_ASSESSMENT.ID).fetch(AssessmentRepository::toAssessment);
    }

    public Optional<Assessment> find(long assessmentId) {
        return dsl.selectFrom(INCIDENT_ASSESSMENT).where(INCIDENT_ASSESSMENT.ID.eq(assessmentId))
                .fetchOptional(AssessmentRepository::toAssessment);
    }

    private static Assessment toAssessment(IncidentAssessmentRecord r) {
        List<String> reasons = r.getReasons().isEmpty() ? List.of() : Arrays.asList(r.getReasons().split(REASON_SEPARATOR));
        return new Assessment(r.getId(), r.getIncidentId(),
                IncidentRepository.level(r.getProposedId(), r.getProposedRank(), r.getProposedName(), r.getProposedColour()),
                reasons, AssessmentDecision.valueOf(r.getDecision()),
                IncidentRepository.level(r.getDecidedId(), r.getDecidedRank(), r.getDecidedName(), r.getDecidedColour()),
                r.getOverrideReason(), Times.instant(r.getAssessedAt()), r.getAssessedBy(),
                Times.instant(r.getDecidedAt()), r.getDecidedBy(), lines(r.getEstablished()));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(REASON_SEPARATOR));
    }
}
