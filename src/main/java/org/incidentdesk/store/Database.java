package org.incidentdesk.store;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The database the workstation runs on: an embedded H2 file in the data directory, or (later) a shared
 * PostgreSQL office database. Migrates the schema on open. Names are rendered unquoted so the same queries
 * run on both: H2 folds them to upper case, PostgreSQL to lower case, as each created them.
 */
public final class Database implements AutoCloseable {
    public static final String EMBEDDED_FILE_NAME = "incidentdesk";

    /**
     * Committed should mean written to the file before the commit returns. H2's default WRITE_DELAY (500 ms) is its
     * MVStore's autoCommitDelay: a commit only marks the transaction committed in memory and a background thread
     * writes the chunk up to half a second later (reproduced outside the program: 6 of 6 commits lost when the
     * process was killed right after commit, 0 of 6 with WRITE_DELAY=0). With 0, H2 writes the chunk to the file at
     * the end of every transaction that changed something (TransactionStore.endTransaction → MVStore.commit, no
     * background executors), about 4 ms a commit here instead of 2 ms. H2 never fsyncs on commit (only
     * CHECKPOINT SYNC, about 10 ms, and a clean close do), so a power cut can still lose what the operating system
     * had not yet flushed. Not yet enough: `incident new` killed as soon as it printed its number still lost 5 of
     * 12 records with this setting (issue 19; cause not found yet, see the ledger-store notes). FILE_LOCK stays
     * H2's default (a lock on the open file), which refuses a second process on the same data directory cleanly.
     */
    private static final String DURABLE_COMMIT = ";WRITE_DELAY=0";

    private final AutoCloseable closer;
    private final DSLContext dsl;
    private final String description;

    private Database(DataSource dataSource, AutoCloseable closer, SQLDialect dialect, String description) {
        this.closer = closer;
        this.description = description;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteWithOptimisticLocking(false);
        this.dsl = DSL.using(dataSource, dialect, settings);
    }

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** Opens (creating if needed) the embedded database file in {@code dataDir} and migrates it. */
    public static Database openEmbedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(EMBEDDED_FILE_NAME);
        return openH2("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE" + DURABLE_COMMIT,
                embeddedDescription(dataDir));
    }

    /** The {@link #description()} the embedded database in {@code dataDir} will have, known before it opens. */
    public static String embeddedDescription(Path dataDir) {
        return "H2 " + dataDir.toAbsolutePath().resolve(EMBEDDED_FILE_NAME) + ".mv.db";
    }

    /** A private in-memory database, for tests. */
    public static Database openInMemory(String name) {
        return openH2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "H2 memory " + name);
    }

    private static Database openH2(String url, String description) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw DatabaseUnavailableException.wrap(description, e);
        }
        return new Database(pool, () -> {
            try (var c = pool.getConnection(); var s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } finally {
                pool.dispose();
            }
        }, SQLDialect.H2, description);
    }

    /** Migrates with Flyway, unless every migration this program carries is already applied (see CurrentSchema). */
    private static void migrate(DataSource dataSource) {
        List<JavaMigration> javaMigrations = List.of(new TypedTimelineMigration());
        if (CurrentSchema.isCurrent(dataSource, javaMigrations)) {
            return;
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + CurrentSchema.LOCATION)
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
                .load()
                .migrate();
    }

    DSLContext dsl() {
        return dsl;
    }

    /** For the status bar and logs, e.g. "H2 /home/x/.local/share/incidentdesk/incidentdesk.mv.db". */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing " + description, e);
        }
    }
}
