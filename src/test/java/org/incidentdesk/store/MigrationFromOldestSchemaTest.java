package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.store.NumberSeries.Series;
import org.junit.jupiter.api.AfterEach;
import org.incidentdesk.domain.audit.ChainVerifier;
import org.incidentdesk.domain.audit.ChainedEntry;
import org.junit.jupiter.api.Test;

/**
 * A workstation that has run since the first schema: each table is filled when it first appears (V1 roster, V2
 * plans, V3 documents, V4 incidents, V7 warnings), then the database is opened as the program opens it, which
 * migrates it to the newest schema; every row must come through and the number series must count on. In the
 * PostgreSQL run the same history is played on a new server database, with the PostgreSQL migration folders.
 */
class MigrationFromOldestSchemaTest {
    private static final String AT = "TIMESTAMP WITH TIME ZONE '2026-11-02 09:30:00+08:00'";
    private static final String STAMP = AT + ", 'clerk', " + AT + ", 'clerk'";

    private final String name = "oldest-" + UUID.randomUUID();
    private final ServerAddress server = TestDatabase.onPostgresql() ? TestDatabase.emptyServerDatabase("oldest")
            : null;
    private final String url = server != null ? server.url() : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    private final String user = server != null ? server.user() : "sa";
    private final String password = server != null ? server.password() : "";
    private final DatabaseVendor vendor = server != null ? DatabaseVendor.POSTGRESQL : DatabaseVendor.H2;
    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void rowsWrittenUnderEachOldSchemaComeThroughToTheNewest() throws SQLException {
        migrateTo("1");
        sql("INSERT INTO org_unit (id, kind, name, duties, version, created_at, created_by, updated_at, updated_by)"
                + " VALUES (1, 'OFFICE', '县网信办', '统筹协调', 2, " + STAMP + ")",
            "INSERT INTO person (id, name, unit_id, mobile, version, created_at, created_by, updated_at, updated_by)"
                + " VALUES (1, '杨𠮷', 1, '13800000001', 1, " + STAMP + ")",
            "INSERT INTO person_post (person_id, unit_id, title) VALUES (1, 1, '联络员')",
            "INSERT INTO duty_shift (unit_id, person_id, starts_at, ends_at, kind, created_at, created_by,"
                + " updated_at, updated_by) VALUES (1, 1, " + AT + ", TIMESTAMP WITH TIME ZONE"
                + " '2026-11-03 09:30:00+08:00', 'REGULAR', " + STAMP + ")",
            "INSERT INTO audit_log (occurred_at, actor, action, entity, entity_id, summary)"
                + " VALUES (" + AT + ", 'clerk', 'createUnit', 'unit', '1', '县网信办')");
        migrateTo("2");
        sql("INSERT INTO office_plan (id, name, template_id, active, current_version, created_at, created_by,"
                + " updated_at, updated_by) VALUES (1, '本县预案', 'county', TRUE, 1, " + STAMP + ")",
            "INSERT INTO plan_version (plan_id, version_number, schema_version, content, created_at, created_by)"
                + " VALUES (1, 1, 1, 'id: county', " + AT + ", 'clerk')");
        migrateTo("3");
        sql("INSERT INTO document_office (id, office_name, masthead, number_prefix, updated_at, updated_by)"
                + " VALUES (1, '县网信办', '县网络安全和信息化委员会办公室文件', '青网舆办', " + AT + ", 'clerk')",
            "INSERT INTO document_series (number_prefix, series_year, last_number) VALUES ('青网舆办', 2026, 7)",
            "INSERT INTO issued_document (form, title, doc_number, delivery, target, pages, sha256, secrecy, urgency,"
                + " issued_at, issued_by) VALUES ('first-report', '首报', '青网舆办〔2026〕7号', 'EXPORT', 'a.pdf', 2,"
                + " '" + "0".repeat(64) + "', '', '', " + AT + ", 'clerk')");
        migrateTo("4");
        sql("INSERT INTO incident_counter (counter_year, last_number) VALUES (2026, 3), (2025, 1)",
            incident(1, 2026, 1), incident(2, 2026, 2), incident(3, 2026, 3),
            incident(4, 2025, 2), // written while the 2025 counter fell behind: the series must not give 2 again
            "INSERT INTO incident_task (incident_id, unit_id, unit_name, description, status, created_at, created_by,"
                + " updated_at, updated_by) VALUES (1, 1, '县网信办', '核实情况', 'OPEN', " + STAMP + ")",
            "INSERT INTO incident_timeline (incident_id, kind, occurred_at, actor, text)"
                + " VALUES (1, 'NOTE', " + AT + ", 'clerk', '已电话核实')");
        migrateTo("7");
        sql("INSERT INTO warning_counter (counter_year, last_number) VALUES (2026, 2)");

        database = server != null ? Database.openServer(server) : Database.openInMemory(name);
        Store store = new Store(database, e -> { });

        store.run(s -> {
            OrgUnit unit = s.roster().unit(1).orElseThrow();
            assertEquals("县网信办", unit.name());
            assertEquals(2, unit.version());
            List<Person> people = s.roster().people();
            assertEquals(List.of("杨𠮷"), people.stream().map(Person::name).toList());
            assertEquals(1, people.get(0).posts().size());
            assertEquals(1, s.roster().shifts().size());
            assertEquals(List.of("2026-003", "2026-002", "2026-001", "2025-002"),
                    s.incidents().list().stream().map(i -> i.number().toString()).toList());
            assertEquals("青网舆办", s.documents().office().orElseThrow().numberPrefix());
            assertEquals(1, s.documents().recent(10).size());

            assertEquals(4, s.numbers().peek(Series.INCIDENTS, 2026));
            assertEquals(3, s.numbers().peek(Series.INCIDENTS, 2025), "the highest number stored wins");
            assertEquals(3, s.numbers().peek(Series.WARNINGS, 2026));
            assertEquals(8, s.numbers().peek(Series.documents("青网舆办"), 2026));

            // V19.1 chained the row written before the chain; a new entry links to it and the whole verifies
            ChainedEntry old = s.audit().at(1).orElseThrow();
            assertEquals(org.incidentdesk.domain.audit.EntryHash.GENESIS, old.prevHash());
            ChainedEntry appended = s.audit().append(new Stamp(Instant.parse("2026-03-03T00:00:00Z"),
                    new org.incidentdesk.domain.common.Actor("clerk")), "check", "test", null, List.of());
            assertEquals(2, appended.seq());
            assertEquals(old.hash(), appended.prevHash());
            assertTrue(new ChainVerifier().verify(s.audit()::walk, List.of()).intact());
        });
        assertEquals(2, count("audit_log"), "the old row and the entry the check appended");
        assertEquals(1, count("plan_version"));
        assertEquals(1, count("incident_task"));
        assertEquals(1, count("incident_timeline"));
        assertEquals(1, count("issued_document"));
        for (String gone : List.of("INCIDENT_COUNTER", "WARNING_COUNTER", "DOCUMENT_SERIES")) {
            assertFalse(tableExists(gone), gone + " is replaced by number_series");
        }
        assertTrue(tableExists("NUMBER_SERIES"));
    }

    private static String incident(long id, int year, int seq) {
        return "INSERT INTO incident (id, number_year, number_seq, title, category_id, phase, discovered_at,"
                + " discovered_offset, plan_id, plan_version, created_at, created_by, updated_at, updated_by)"
                + " VALUES (" + id + ", " + year + ", " + seq + ", '网传停水', 'inquiry', 'RECEIVED', " + AT
                + ", 28800, 1, 1, " + STAMP + ")";
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(url, user, password)
                .locations(vendor.flywayLocations())
                .target(version).load().migrate();
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private int count(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             ResultSet r = c.getMetaData().getTables(null, c.getSchema(),
                     vendor == DatabaseVendor.H2 ? table : table.toLowerCase(java.util.Locale.ROOT), null)) {
            return r.next();
        }
    }
}
