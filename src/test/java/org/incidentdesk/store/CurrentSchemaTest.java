package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.JavaMigration;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** Opening skips Flyway only when every migration the program carries is applied and none failed. */
@Tag("embedded") // the embedded H2 database itself: left out of the PostgreSQL run
class CurrentSchemaTest {
    private static final List<JavaMigration> JAVA = List.of(new TypedTimelineMigration());
    private final String name = "current-schema-" + System.nanoTime();
    private final JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
            "sa", "");

    @AfterEach
    void close() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException alreadyShutDown) {
            // Database.close() shuts the in-memory database down itself
        }
        pool.dispose();
    }

    @Test
    void aNewDatabaseIsNotCurrent() {
        assertFalse(CurrentSchema.isCurrent(pool, DatabaseVendor.H2, JAVA));
    }

    @Test
    void aMigratedDatabaseIsCurrentAndOpensAgainWithoutFlyway() throws Exception {
        try (Database ignored = Database.openInMemory(name)) {
            assertTrue(CurrentSchema.isCurrent(pool, DatabaseVendor.H2, JAVA));
        }
    }

    @Test
    void theCarriedVersionsAreTheScriptsAndTheJavaMigration() {
        Set<String> versions = CurrentSchema.carriedVersions(DatabaseVendor.H2, JAVA).orElseThrow();
        assertTrue(versions.containsAll(Set.of("1", "4", "11", "11.1", "11.2", "15")), versions.toString());
        assertFalse(versions.contains("9"), "there is no V9");
    }

    @Test
    void aMissingOrFailedMigrationSendsOpeningThroughFlyway() throws Exception {
        try (Database ignored = Database.openInMemory(name)) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '15'");
            }
            assertFalse(CurrentSchema.isCurrent(pool, DatabaseVendor.H2, JAVA));
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '15'");
                assertEquals(0, s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '15'"));
            }
            assertFalse(CurrentSchema.isCurrent(pool, DatabaseVendor.H2, JAVA));
        }
    }
}
