package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.DEADLINE_CALL_ATTEMPT;

import java.util.List;
import org.incidentdesk.domain.escalation.CallAttempt;
import org.incidentdesk.domain.escalation.CallOutcome;
import org.incidentdesk.store.generated.tables.records.DeadlineCallAttemptRecord;
import org.jooq.DSLContext;

/** Calls logged from the call list about overdue deadlines; rows are only added. */
public final class CallAttemptRepository {
    private final DSLContext dsl;

    CallAttemptRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the call ({@code call.id()} is ignored) and returns its id. */
    public long insert(CallAttempt call, Stamp stamp) {
        DeadlineCallAttemptRecord row = dsl.newRecord(DEADLINE_CALL_ATTEMPT);
        row.setDeadlineId(call.deadlineId());
        row.setIncidentId(call.incidentId());
        row.setRoleId(call.roleId());
        row.setPersonId(call.personId());
        row.setPersonName(call.personName());
        row.setPhone(call.phone());
        row.setOutcome(call.outcome().name());
        row.setNote(call.note());
        row.setCalledAt(stamp.time());
        RowStamps.created(row, stamp);
        return dsl.insertInto(DEADLINE_CALL_ATTEMPT).set(row).returning(DEADLINE_CALL_ATTEMPT.ID).fetchOne().getId();
    }

    /** The calls about deadline {@code deadlineId}, oldest first. */
    public List<CallAttempt> forDeadline(long deadlineId) {
        return dsl.selectFrom(DEADLINE_CALL_ATTEMPT).where(DEADLINE_CALL_ATTEMPT.DEADLINE_ID.eq(deadlineId))
                .orderBy(DEADLINE_CALL_ATTEMPT.CALLED_AT, DEADLINE_CALL_ATTEMPT.ID)
                .fetch(CallAttemptRepository::toCall);
    }

    private static CallAttempt toCall(DeadlineCallAttemptRecord r) {
        return new CallAttempt(r.getId(), r.getDeadlineId(), r.getIncidentId(), r.getRoleId(), r.getPersonId(),
                r.getPersonName(), r.getPhone(), CallOutcome.valueOf(r.getOutcome()), r.getNote(),
                Times.instant(r.getCalledAt()), r.getCreatedBy());
    }
}
