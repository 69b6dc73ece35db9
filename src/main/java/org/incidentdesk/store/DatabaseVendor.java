package org.incidentdesk.store;

import java.util.List;
import org.jooq.SQLDialect;

/**
 * The two engines the program runs on: the embedded H2 file of one workstation and a PostgreSQL server shared by an
 * office (issue 19.6). One set of migrations serves both: {@link #COMMON_MIGRATIONS} holds every script that is the
 * same on both, and each vendor's own folder only the few whose SQL must differ (db/migration/README.md).
 */
public enum DatabaseVendor {
    H2(SQLDialect.H2, "db/migration-h2"),
    POSTGRESQL(SQLDialect.POSTGRES, "db/migration-postgresql");

    /** The scripts both engines run. */
    static final String COMMON_MIGRATIONS = "db/migration";

    private final SQLDialect dialect;
    private final String ownMigrations;

    DatabaseVendor(SQLDialect dialect, String ownMigrations) {
        this.dialect = dialect;
        this.ownMigrations = ownMigrations;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** The class-path folders Flyway reads this engine's migrations from: the common one first. */
    List<String> migrationLocations() {
        return List.of(COMMON_MIGRATIONS, ownMigrations);
    }

    /** The same folders as Flyway's locations ({@code classpath:…}). */
    String[] flywayLocations() {
        return migrationLocations().stream().map(folder -> "classpath:" + folder).toArray(String[]::new);
    }
}
