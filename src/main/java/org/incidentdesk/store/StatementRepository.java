package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_STATEMENT;
import static org.incidentdesk.store.generated.Tables.STATEMENT_REVIEW;

import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.domain.incident.StatementReview;
import org.incidentdesk.domain.incident.StatementStatus;
import org.incidentdesk.store.generated.tables.records.IncidentStatementRecord;
import org.incidentdesk.store.generated.tables.records.StatementReviewRecord;
import org.jooq.DSLContext;

/** Statements drafted for release, their versions, and the leaders' decisions on them (统一口径). */
public final class StatementRepository {
    private final DSLContext dsl;

    StatementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new statement: its first version, a draft. */
    public long insert(long incidentId, String text, Stamp stamp) {
        return insert(incidentId, null, 1, text, stamp);
    }

    /** The next version of {@code previous}'s statement, a draft with {@code text}. */
    public long insertRevision(Statement previous, String text, Stamp stamp) {
        return insert(previous.incidentId(), previous.lineageId(), latestRevision(previous.lineageId()) + 1, text,
                stamp);
    }

    private long insert(long incidentId, Long lineageId, int revision, String text, Stamp stamp) {
        IncidentStatementRecord row = dsl.newRecord(INCIDENT_STATEMENT);
        row.setIncidentId(incidentId);
        row.setLineageId(lineageId);
        row.setRevision(revision);
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

    /** Replaces the text of a draft (the caller checks that it is one). */
    public void updateText(Statement statement, String text, Stamp stamp) {
        IncidentStatementRecord changes = dsl.newRecord(INCIDENT_STATEMENT);
        changes.setText(text);
        RowStamps.update(dsl, changes, INCIDENT_STATEMENT.ID.eq(statement.id()), statement.version(), stamp,
                "statement", statement.id());
    }

    public Optional<Statement> find(long statementId) {
        return dsl.selectFrom(INCIDENT_STATEMENT).where(INCIDENT_STATEMENT.ID.eq(statementId))
                .fetchOptional(StatementRepository::toStatement);
    }

    /** Every version of every statement of the incident, oldest first. */
    public List<Statement> forIncident(long incidentId) {
        return dsl.selectFrom(INCIDENT_STATEMENT).where(INCIDENT_STATEMENT.INCIDENT_ID.eq(incidentId))
                .orderBy(INCIDENT_STATEMENT.ID).fetch(StatementRepository::toStatement);
    }

    /** The versions of one statement, first revision first. */
    public List<Statement> versions(long lineageId) {
        return dsl.selectFrom(INCIDENT_STATEMENT)
                .where(INCIDENT_STATEMENT.ID.eq(lineageId).or(INCIDENT_STATEMENT.LINEAGE_ID.eq(lineageId)))
                .orderBy(INCIDENT_STATEMENT.REVISION).fetch(StatementRepository::toStatement);
    }

    private int latestRevision(long lineageId) {
        return versions(lineageId).stream().mapToInt(Statement::revision).max().orElse(0);
    }

    public long insertReview(long statementId, StatementReview.Decision decision, String comment, Stamp stamp) {
        StatementReviewRecord row = dsl.newRecord(STATEMENT_REVIEW);
        row.setStatementId(statementId);
        row.setDecision(decision.name());
        row.setCommentText(comment);
        row.setDecidedAt(Times.utc(stamp.at()));
        row.setDecidedBy(stamp.who());
        return dsl.insertInto(STATEMENT_REVIEW).set(row).returning(STATEMENT_REVIEW.ID).fetchOne().getId();
    }

    /** The leaders' decisions on the incident's statements, oldest first. */
    public List<StatementReview> reviewsOfIncident(long incidentId) {
        return dsl.select(STATEMENT_REVIEW.fields()).from(STATEMENT_REVIEW).join(INCIDENT_STATEMENT)
                .on(INCIDENT_STATEMENT.ID.eq(STATEMENT_REVIEW.STATEMENT_ID))
                .where(INCIDENT_STATEMENT.INCIDENT_ID.eq(incidentId)).orderBy(STATEMENT_REVIEW.ID)
                .fetch(r -> toReview(r.into(STATEMENT_REVIEW)));
    }

    private static StatementReview toReview(StatementReviewRecord r) {
        return new StatementReview(r.getId(), r.getStatementId(), StatementReview.Decision.valueOf(r.getDecision()),
                r.getCommentText(), Times.instant(r.getDecidedAt()), r.getDecidedBy());
    }

    private static Statement toStatement(IncidentStatementRecord r) {
        return new Statement(r.getId(), r.getIncidentId(), r.getLineageId() == null ? r.getId() : r.getLineageId(),
                r.getRevision(), r.getText(), StatementStatus.valueOf(r.getStatus()), Times.instant(r.getCreatedAt()),
                r.getCreatedBy(), Times.instant(r.getUpdatedAt()), r.getUpdatedBy(), r.getVersion());
    }
}
