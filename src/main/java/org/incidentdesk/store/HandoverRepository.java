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

    public long insert(String openItems, String watchItems, Stamp stamp) {
        return dsl.insertInto(SHIFT_HANDOVER)
                .set(SHIFT_HANDOVER.OPEN_ITEMS, openItems)
                .set(SHIFT_HANDOVER.WATCH_ITEMS, watchItems)
                .set(SHIFT_HANDOVER.WRITTEN_AT, stamp.time())
                .set(SHIFT_HANDOVER.WRITTEN_BY, stamp.who())
                .set(SHIFT_HANDOVER.VERSION, 0)
                .returning(SHIFT_HANDOVER.ID).fetchOne().getId();
    }

    /** Marks a not yet confirmed handover confirmed; otherwise {@link StaleDataException}. */
    public void confirm(Handover handover, Stamp stamp) {
        ShiftHandoverRecord changes = dsl.newRecord(SHIFT_HANDOVER);
        changes.setConfirmedAt(stamp.time());
        changes.setConfirmedBy(stamp.who());
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
                r.getWrittenBy(), Times.instant(r.getConfirmedAt()), r.getConfirmedBy(), r.getVersion());
    }
}
