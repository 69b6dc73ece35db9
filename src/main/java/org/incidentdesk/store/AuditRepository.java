package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.AUDIT_LOG;

import java.util.List;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.domain.common.FieldChange;
import org.jooq.DSLContext;

/** The append-only record of who changed what: the action, the entity and its id, the fields before and after. */
public final class AuditRepository {
    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(Stamp stamp, String action, String entity, Object entityId, FieldChange... changes) {
        append(stamp, action, entity, entityId, List.of(changes));
    }

    public void append(Stamp stamp, String action, String entity, Object entityId, List<FieldChange> changes) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, stamp.time())
                .set(AUDIT_LOG.ACTOR, stamp.who())
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId == null ? null : String.valueOf(entityId))
                .set(AUDIT_LOG.CHANGES, FactJson.write(changes))
                .execute();
    }

    public List<AuditEntry> recent(int limit) {
        return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(r -> new AuditEntry(r.getOccurredAt().toInstant(), r.getActor(), r.getAction(),
                        r.getEntity(), r.getEntityId(), FactJson.readChanges(r.getChanges()), r.getLegacySummary()));
    }
}
