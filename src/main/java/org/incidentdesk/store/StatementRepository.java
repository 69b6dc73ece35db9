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
        IncidentStatementRecord row = dsl.newRecord(INCIDENT_STATEMENT);
        row.setIncidentId(incidentId);
        row.setText(text);
        row.setStatus(StatementStatus.DRAFT.name());
        return dsl.insertInto(INCIDENT_STATEMENT).set(RowStamps.created(row, stamp))
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
