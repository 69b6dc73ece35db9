package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_KEYWORD;

import java.util.List;
import org.incidentdesk.domain.incident.MonitoringKeyword;
import org.incidentdesk.store.generated.tables.records.IncidentKeywordRecord;
import org.jooq.DSLContext;

/** Monitoring keywords (监测关键词) per incident. */
public final class KeywordRepository {
    private final DSLContext dsl;

    KeywordRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long incidentId, String keyword, Stamp stamp) {
        return dsl.insertInto(INCIDENT_KEYWORD)
                .set(INCIDENT_KEYWORD.INCIDENT_ID, incidentId)
                .set(INCIDENT_KEYWORD.KEYWORD, keyword)
                .set(INCIDENT_KEYWORD.ADDED_AT, stamp.time())
                .set(INCIDENT_KEYWORD.ADDED_BY, stamp.who())
                .returning(INCIDENT_KEYWORD.ID).fetchOne().getId();
    }

    /** Removes the keyword; false when it was not there. */
    public boolean delete(long incidentId, String keyword) {
        return dsl.deleteFrom(INCIDENT_KEYWORD)
                .where(INCIDENT_KEYWORD.INCIDENT_ID.eq(incidentId).and(INCIDENT_KEYWORD.KEYWORD.eq(keyword)))
                .execute() == 1;
    }

    public List<MonitoringKeyword> forIncident(long incidentId) {
        return dsl.selectFrom(INCIDENT_KEYWORD).where(INCIDENT_KEYWORD.INCIDENT_ID.eq(incidentId))
                .orderBy(INCIDENT_KEYWORD.ID).fetch(KeywordRepository::toKeyword);
    }

    private static MonitoringKeyword toKeyword(IncidentKeywordRecord r) {
        return new MonitoringKeyword(r.getId(), r.getIncidentId(), r.getKeyword(), Times.instant(r.getAddedAt()),
                r.getAddedBy());
    }
}
