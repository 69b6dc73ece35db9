package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * V11 on a database written by the text-only record (V10): each row becomes its typed fact where its text and the
 * rows it points at allow, a person's words stay verbatim and apart, and a sentence that cannot be typed is kept
 * whole as the person's text of an {@link TimelineFact.Untyped} entry. Every converted row is marked migrated.
 */
@Tag("embedded") // the embedded H2 database itself: left out of the PostgreSQL run
class TypedTimelineMigrationTest {
    private static final String AT = "TIMESTAMP WITH TIME ZONE '2026-03-02 09:00:00+08:00'";

    @Test
    void oldTimelineRowsBecomeTypedFactsAndOldAuditSentencesAreKeptApart() throws SQLException {
        String name = "v10-" + UUID.randomUUID();
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("10").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE"); // an incident without its plan rows is enough here
            s.execute("INSERT INTO incident (id, number_year, number_seq, title, category_id, phase, discovered_at,"
                    + " discovered_offset, plan_id, plan_version, created_at, created_by, updated_at, updated_by)"
                    + " VALUES (1, 2026, 1, '城东停水', 'inquiry', 'ASSESSING', " + AT + ", 28800, 1, 1, " + AT
                    + ", '甲', " + AT + ", '甲')");
            s.execute("INSERT INTO incident_task (id, incident_id, unit_name, description, status, created_at,"
                    + " created_by, updated_at, updated_by) VALUES (5, 1, '县水务局', 'DONE OPEN', 'DONE', " + AT
                    + ", '甲', " + AT + ", '甲')");
            row(s, 1, "INTAKE", null, "城东停水");
            row(s, 2, "PHASE", null, "RECEIVED>ASSESSING");
            row(s, 3, "TASK", 5L, "县水务局：DONE OPEN");
            row(s, 4, "TASK", 5L, "县水务局：DONE：已回复 OPEN");
            row(s, 5, "NOTE", null, "DONE OPEN");
            row(s, 6, "KEYWORD", null, "+停水");
            row(s, 7, "DEADLINE", 9L, "已超时：时限 report-to-office 已于 2026-03-02 10:00 到期，尚未完成（办公室）");
            s.execute("INSERT INTO audit_log (occurred_at, actor, action, entity, entity_id, summary) VALUES ("
                    + AT + ", '甲', 'note', 'incident', '2026-001', 'NOTE DONE OPEN')");
            s.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }

        try (Database database = Database.openInMemory(name)) {
            Store store = new Store(database, event -> { });
            List<TimelineEntry> rows = store.inTransaction(s -> s.timeline().forIncident(1));
            List<AuditEntry> audit = store.inTransaction(s -> s.audit().recent(5));

            assertEquals(List.of(new TimelineFact.Intake("城东停水"),
                    new TimelineFact.PhaseMoved(IncidentPhase.RECEIVED, IncidentPhase.ASSESSING),
                    new TimelineFact.TaskAssigned(5, "县水务局", null),
                    new TimelineFact.TaskUpdated(5, "县水务局", TaskStatus.DONE),
                    new TimelineFact.Note(),
                    new TimelineFact.KeywordAdded("停水"),
                    new TimelineFact.Untyped(TimelineKind.DEADLINE)), rows.stream().map(TimelineEntry::fact).toList());
            assertEquals(java.util.Arrays.asList(null, null, "DONE OPEN", "已回复 OPEN", "DONE OPEN", null,
                            "已超时：时限 report-to-office 已于 2026-03-02 10:00 到期，尚未完成（办公室）"),
                    rows.stream().map(TimelineEntry::personText).toList(), "a person's words stay as written");
            assertTrue(rows.stream().allMatch(TimelineEntry::migrated));
            assertEquals(TimelineKind.DEADLINE, rows.getLast().kind(), "an untyped row keeps the kind it was filed under");
            assertEquals(Instant.parse("2026-03-02T01:00:00Z"), rows.getFirst().at());

            AuditEntry old = audit.getFirst();
            assertEquals("NOTE DONE OPEN", old.legacySummary());
            assertEquals(List.of(), old.changes());
            store.run(s -> s.audit().append(new Stamp(Instant.parse("2026-03-02T02:00:00Z"),
                    new org.incidentdesk.domain.common.Actor("乙")), "phaseMoved", "incident", "2026-001",
                    new FieldChange("phase", "ASSESSING", "ENDED")));
            AuditEntry fresh = store.inTransaction(s -> s.audit().recent(1)).getFirst();
            assertEquals(List.of(new FieldChange("phase", "ASSESSING", "ENDED")), fresh.changes());
            assertNull(fresh.legacySummary());
        }
    }

    private static void row(Statement s, long id, String kind, Long subject, String text) throws SQLException {
        s.execute("INSERT INTO incident_timeline (id, incident_id, kind, occurred_at, actor, subject_id, text) VALUES ("
                + id + ", 1, '" + kind + "', " + AT + ", '甲', " + (subject == null ? "NULL" : subject) + ", '"
                + text + "')");
    }
}
