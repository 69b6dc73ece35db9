package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.REVIEW_ACCOUNTABILITY;

import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.review.Accountability;
import org.incidentdesk.store.generated.tables.records.ReviewAccountabilityRecord;
import org.jooq.DSLContext;

/** The accountability records (责任追究) of incidents' reviews. */
public final class AccountabilityRepository {
    private final DSLContext dsl;

    AccountabilityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long incidentId, String person, String conduct, Long deadlineId, String decision,
                       Stamp stamp) {
        ReviewAccountabilityRecord row = fill(dsl.newRecord(REVIEW_ACCOUNTABILITY), person, conduct, deadlineId,
                decision);
        row.setIncidentId(incidentId);
        return dsl.insertInto(REVIEW_ACCOUNTABILITY).set(RowStamps.created(row, stamp))
                .returning(REVIEW_ACCOUNTABILITY.ID).fetchOne().getId();
    }

    public void update(Accountability before, String person, String conduct, Long deadlineId, String decision,
                       Stamp stamp) {
        ReviewAccountabilityRecord changes = fill(dsl.newRecord(REVIEW_ACCOUNTABILITY), person, conduct, deadlineId,
                decision);
        RowStamps.update(dsl, changes, REVIEW_ACCOUNTABILITY.ID.eq(before.id()), before.version(), stamp,
                "accountability", before.id());
    }

    public void delete(Accountability before) {
        RowStamps.delete(dsl, REVIEW_ACCOUNTABILITY, REVIEW_ACCOUNTABILITY.ID.eq(before.id()), before.version(),
                "accountability", before.id());
    }

    private static ReviewAccountabilityRecord fill(ReviewAccountabilityRecord row, String person, String conduct,
                                                   Long deadlineId, String decision) {
        row.setPerson(person);
        row.setConduct(conduct);
        row.setDeadlineId(deadlineId);
        row.setDecision(decision);
        return row;
    }

    public Optional<Accountability> find(long id) {
        return dsl.selectFrom(REVIEW_ACCOUNTABILITY).where(REVIEW_ACCOUNTABILITY.ID.eq(id))
                .fetchOptional(AccountabilityRepository::toRecord);
    }

    public List<Accountability> forIncident(long incidentId) {
        return dsl.selectFrom(REVIEW_ACCOUNTABILITY).where(REVIEW_ACCOUNTABILITY.INCIDENT_ID.eq(incidentId))
                .orderBy(REVIEW_ACCOUNTABILITY.ID).fetch(AccountabilityRepository::toRecord);
    }

    private static Accountability toRecord(ReviewAccountabilityRecord r) {
        return new Accountability(r.getId(), r.getIncidentId(), r.getPerson(), r.getConduct(), r.getDeadlineId(),
                r.getDecision(), Times.instant(r.getUpdatedAt()), r.getUpdatedBy(), r.getVersion());
    }
}
