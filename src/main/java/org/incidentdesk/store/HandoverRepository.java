package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.SHIFT_HANDOVER;

import java.util.Optional;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.incident.Handover;
import org.incidentdesk.store.generated.tables.records.ShiftHandoverRecord;
import org.jooq.DSLContext;

/** Shift handovers (交接班). */
public final class HandoverRepository {
    private final DSLContext dsl;

    HandoverRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** {@code successor}: the person the handover is for, as the duty roster names them (null: not named). */
    public long insert(String openItems, String watchItems, String successor, Stamp stamp) {
        ShiftHandoverRecord row = dsl.newRecord(SHIFT_HANDOVER);
        row.setSuccessor(successor);
        row.setOpenItems(openItems);
        row.setWatchItems(watchItems);
        row.setWrittenAt(stamp.time());
        row.setWrittenBy(stamp.who());
        return dsl.insertInto(SHIFT_HANDOVER).set(RowStamps.created(row, stamp))
                .returning(SHIFT_HANDOVER.ID).fetchOne().getId();
    }

    /**
     * Marks a not yet confirmed handover confirmed by {@code confirmedBy} (the person who read it, as they picked
     * their name, or the signed-in account {@code accountId} names; null: none signed in); otherwise
     * {@link StaleDataException}.
     */
    public void confirm(Handover handover, String confirmedBy, Long accountId, Stamp stamp) {
        ShiftHandoverRecord changes = dsl.newRecord(SHIFT_HANDOVER);
        changes.setConfirmedAt(stamp.time());
        changes.setConfirmedBy(confirmedBy);
        changes.setConfirmedAccountId(accountId);
        RowStamps.update(dsl, changes, SHIFT_HANDOVER.ID.eq(handover.id()).and(SHIFT_HANDOVER.CONFIRMED_AT.isNull()),
                handover.version(), stamp, "handover", handover.id());
    }

    public Optional<Handover> find(long id) {
        return dsl.selectFrom(SHIFT_HANDOVER).where(SHIFT_HANDOVER.ID.eq(id)).fetchOptional(HandoverRepository::toHandover);
    }

    public Optional<Handover> latest() {
        return dsl.selectFrom(SHIFT_HANDOVER).orderBy(SHIFT_HANDOVER.WRITTEN_AT.desc(), SHIFT_HANDOVER.ID.desc())
                .limit(1).fetchOptional(HandoverRepository::toHandover);
    }

    private static Handover toHandover(ShiftHandoverRecord r) {
        return new Handover(r.getId(), r.getOpenItems(), r.getWatchItems(), Times.instant(r.getWrittenAt()),
                r.getWrittenBy(), Times.instant(r.getConfirmedAt()), r.getConfirmedBy(), r.getVersion(),
                r.getSuccessor(), r.getConfirmedAccountId() != null);
    }
}
