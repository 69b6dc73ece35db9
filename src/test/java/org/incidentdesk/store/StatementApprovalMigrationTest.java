package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.incidentdesk.domain.incident.StatementReview;
import org.incidentdesk.domain.incident.StatementStatus;
import org.incidentdesk.domain.security.SecrecyMark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V24 on a database written before release approval: an agreed wording becomes an approved one, approved by the
 * person recorded on it, so old incidents keep their wording; a released one counts as approved by whoever released
 * it; a draft stays a draft; each is the first version of its statement; incidents are unmarked.
 */
class StatementApprovalMigrationTest {
    private static final String AT = "TIMESTAMP WITH TIME ZONE '2026-11-02 09:30:00+08:00'";
    private static final String LATER = "TIMESTAMP WITH TIME ZONE '2026-11-02 10:15:00+08:00'";

    private final String name = "approval-" + UUID.randomUUID();
    private final String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void agreedWordingsBecomeApprovedByTheRecordedPerson() throws SQLException {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new TypedTimelineMigration(), new AuditChainMigration()).target("20").load().migrate();
        sql("INSERT INTO office_plan (id, name, template_id, active, current_version, created_at, created_by,"
                + " updated_at, updated_by) VALUES (1, '本县预案', 'county', TRUE, 1, " + AT + ", 'clerk', " + AT
                + ", 'clerk')",
            "INSERT INTO plan_version (plan_id, version_number, schema_version, content, created_at, created_by)"
                + " VALUES (1, 1, 1, 'id: county', " + AT + ", 'clerk')",
            "INSERT INTO incident (id, number_year, number_seq, title, category_id, phase, discovered_at,"
                + " discovered_offset, plan_id, plan_version, created_at, created_by, updated_at, updated_by)"
                + " VALUES (1, 2026, 1, '网传停水', 'inquiry', 'RECEIVED', " + AT + ", 28800, 1, 1, " + AT
                + ", 'clerk', " + AT + ", 'clerk')",
            statement(1, "草稿口径", "DRAFT", "clerk"),
            statement(2, "统一口径", "AGREED", "主任甲"),
            statement(3, "已发布口径", "RELEASED", "值班员乙"));

        database = Database.openInMemory(name);
        new Store(database, e -> { }).run(s -> {
            assertEquals(List.of(StatementStatus.DRAFT, StatementStatus.APPROVED, StatementStatus.RELEASED),
                    s.statements().forIncident(1).stream().map(st -> st.status()).toList());
            assertEquals(List.of(1L, 2L, 3L), s.statements().forIncident(1).stream().map(st -> st.lineageId()).toList());
            assertEquals(List.of(1, 1, 1), s.statements().forIncident(1).stream().map(st -> st.revision()).toList());
            List<StatementReview> reviews = s.statements().reviewsOfIncident(1);
            assertEquals(List.of(2L, 3L), reviews.stream().map(StatementReview::statementId).toList());
            assertEquals(List.of("主任甲", "值班员乙"), reviews.stream().map(StatementReview::decidedBy).toList());
            assertEquals(Instant.parse("2026-11-02T02:15:00Z"), reviews.get(0).decidedAt());
            assertEquals(StatementReview.Decision.APPROVED, reviews.get(1).decision());
            assertEquals(SecrecyMark.NONE, s.incidents().find(1).orElseThrow().secrecy());
        });
    }

    private static String statement(long id, String text, String status, String by) {
        return "INSERT INTO incident_statement (id, incident_id, text, status, created_at, created_by, updated_at,"
                + " updated_by) VALUES (" + id + ", 1, '" + text + "', '" + status + "', " + AT + ", 'clerk', "
                + LATER + ", '" + by + "')";
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
