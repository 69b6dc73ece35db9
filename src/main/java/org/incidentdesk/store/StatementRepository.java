package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_STATEMENT;

import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.domain.incident.StatementStatus;
import org.incidentdesk.store.generated.tables.records.IncidentStatementRecord;
import org.jooq.DSLContext;

/** Statements drafted for release and the agreed wording (统一口径). */
public final class StatementRepository {
    private final DSLContext dsl;

    StatementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long incidentId, String text, Stamp stamp) {
        return dsl.insertInto(INCIDENT_STATEMENT)
                .set(INCIDENT_STATEMENT.INCIDENT_ID, incidentId)
                .set(INCIDENT_STATEMENT.TEXT, text)
                .set(INCIDENT_STATEMENT.STATUS, StatementStatus.DRAFT.name())
                .set(INCIDENT_STATEMENT.VERSION, 0)
                .set(INCIDENT_STATEMENT.CREATED_AT, stamp.time())
                .set(INCIDENT_STATEMENT.CREATED_BY, stamp.who())
                .set(INCIDENT_STATEMENT.UPDATED_AT, stamp.time())
                .set(INCIDENT_STATEMENT.UPDATED_BY, stamp.who())
                .returning(INCIDENT_STATEMENT.ID).fetchOne().getId();
    }

    public void updateStatus(Statement statement, StatementStatus status, Stamp stamp) {
        IncidentStatementRecord changes = dsl.newRecord(INCIDENT_STATEMENT);
        changes.setStatus(status.name());
        RowStamps.update(dsl, changes, INCIDENT_STATEMENT.ID.eq(statement.id()), statement.version(), stamp,
                "statement", statement.id());
    }

    public Optional<Statement> find(long statementId) {
        return dsl.selectFrom(INCIDENT_STATEMENT).where(INCIDENT_STATEMENT.ID.eq(statementId))
                .fetchOptional(StatementRepository::toStatement);
    }

    public List<Statement> forIncident(long incidentId) {
        return dsl.selectFrom(INCIDENT_STATEMENT).where(INCIDENT_STATEMENT.INCIDENT_ID.eq(incidentId))
                .orderBy(INCIDENT_STATEMENT.ID).fetch(StatementRepository::toStatement);
    }

    private static Statement toStatement(IncidentStatementRecord r) {
        return new Statement(r.getId(), r.getIncidentId(), r.getText(), StatementStatus.valueOf(r.getStatus()),
                Times.instant(r.getCreatedAt()), r.getCreatedBy(), Times.instant(r.getUpdatedAt()), r.getUpdatedBy(),
                r.getVersion());
    }
}
