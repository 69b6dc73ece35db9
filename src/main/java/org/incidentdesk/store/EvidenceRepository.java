package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_EVIDENCE;

import java.util.List;
import org.incidentdesk.domain.incident.Evidence;
import org.incidentdesk.domain.incident.EvidenceKind;
import org.incidentdesk.store.generated.tables.records.IncidentEvidenceRecord;
import org.jooq.DSLContext;

/** Preserved evidence; rows are only inserted. */
public final class EvidenceRepository {
    private final DSLContext dsl;

    EvidenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long incidentId, EvidenceKind kind, String originalName, String storedName, String url,
                       long size, String sha256, String note, Stamp stamp) {
        return dsl.insertInto(INCIDENT_EVIDENCE)
                .set(INCIDENT_EVIDENCE.INCIDENT_ID, incidentId)
                .set(INCIDENT_EVIDENCE.KIND, kind.name())
                .set(INCIDENT_EVIDENCE.ORIGINAL_NAME, originalName)
                .set(INCIDENT_EVIDENCE.STORED_NAME, storedName)
                .set(INCIDENT_EVIDENCE.URL, url)
                .set(INCIDENT_EVIDENCE.SIZE_BYTES, size)
                .set(INCIDENT_EVIDENCE.SHA256, sha256)
                .set(INCIDENT_EVIDENCE.NOTE, note)
                .set(INCIDENT_EVIDENCE.CAPTURED_AT, stamp.time())
                .set(INCIDENT_EVIDENCE.CAPTURED_BY, stamp.who())
                .returning(INCIDENT_EVIDENCE.ID).fetchOne().getId();
    }

    public List<Evidence> forIncident(long incidentId) {
        return dsl.selectFrom(INCIDENT_EVIDENCE).where(INCIDENT_EVIDENCE.INCIDENT_ID.eq(incidentId))
                .orderBy(INCIDENT_EVIDENCE.ID).fetch(EvidenceRepository::toEvidence);
    }

    /** Every evidence file of every incident, for the integrity check. */
    public List<Evidence> files() {
        return dsl.selectFrom(INCIDENT_EVIDENCE).where(INCIDENT_EVIDENCE.KIND.eq(EvidenceKind.FILE.name()))
                .orderBy(INCIDENT_EVIDENCE.ID).fetch(EvidenceRepository::toEvidence);
    }

    private static Evidence toEvidence(IncidentEvidenceRecord r) {
        return new Evidence(r.getId(), r.getIncidentId(), EvidenceKind.valueOf(r.getKind()), r.getOriginalName(),
                r.getStoredName(), r.getUrl(), r.getSizeBytes(), r.getSha256(), r.getNote(),
                Times.instant(r.getCapturedAt()), r.getCapturedBy());
    }
}
