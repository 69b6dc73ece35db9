package org.incidentdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.migration.JavaMigration;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.LoggerFactory;

/**
 * The database the workstation runs on: an embedded H2 file in the data directory, or a shared PostgreSQL office
 * database on a server (issue 19.6). Migrates the schema on open, from the common migrations and the vendor's own
 * ({@link DatabaseVendor}). Names are rendered unquoted so the same queries run on both: the generated classes
 * carry H2's upper-case names, H2 folds an unquoted name to upper case and PostgreSQL to lower case, as each created
 * them from the same unquoted DDL.
 */
public final class Database implements AutoCloseable {
    public static final String EMBEDDED_FILE_NAME = "incidentdesk";

    /**
     * The H2 settings, chosen on purpose (issue 19; the measurements are in docs/reliability/h2-durability.md):
     * <ul>
     *   <li>{@code WRITE_DELAY=0}: H2's default (500 ms) is its MVStore's autoCommitDelay — a commit only marks
     *   the transaction committed in memory and a background thread writes the chunk up to half a second later
     *   (6 of 6 commits lost when the process was killed right after commit). With 0 there is no background
     *   writer: the committing thread writes the chunk to the file before the commit returns
     *   (TransactionStore.endTransaction → MVStore.commit → FileStore.storeIt, run inline).</li>
     *   <li>{@code MAX_COMPACT_TIME=0}: no file compaction when the database closes. H2's default spends up to
     *   200 ms of every close moving chunks about the file (RandomAccessStore.compactMoveChunks, with the
     *   retention time set to 0 so freed space is reused at once); every command closes the database right
     *   after printing its result, so a kill in that window lands in the middle of the move. The file is still
     *   kept small by H2's reuse of free space; a backup and restore rewrites it compactly.</li>
     *   <li>H2 never forces its writes to the disk on commit (only CHECKPOINT SYNC and a clean close do), so a
     *   process kill loses nothing written, but a power cut can lose what the operating system had not yet
     *   flushed: {@link Store} therefore asks for CHECKPOINT SYNC after each transaction, before it
     *   announces anything (a few milliseconds; the workstation commits at the pace of people typing).</li>
     *   <li>FILE_LOCK stays H2's default (a lock on the open file), which refuses a second process cleanly.</li>
     * </ul>
     * They are not enough on their own: after a kill H2 can open an older version than its last commit (its file
     * header names the chunk before the newest one); {@link H2CrashRepair} runs before every open of the file and
     * makes H2 find the newest. Measured by CrashSafetyTest (docs/reliability/crash-safety-figures.txt).
     */
    private static final String DURABLE_COMMIT = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    /**
     * How long a transaction may run before the database is reported as not answering (perhaps damaged): far
     * above any write of the workstation (a 5,000-row import takes a few seconds on a slow office PC), far below
     * the patience of someone waiting for a number. {@code -Dincidentdesk.writeBound=PT3S} shortens it for tests.
     */
    public static final Duration WRITE_BOUND = Duration.parse(System.getProperty("incidentdesk.writeBound", "PT20S"));
    /** How long closing waits for running transactions (an alert being written) before it shuts H2 down. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final AutoCloseable closer;
    private final DataSource dataSource;
    private final DSLContext dsl;
    private final String description;
    private final boolean syncsCommits;
    private final DatabaseVendor vendor;
    private final DatabaseKey key;
    private final WriteWatchdog watchdog = new WriteWatchdog(WRITE_BOUND);
    private final DatabaseLink link;
    private volatile boolean closing;
    private final AtomicBoolean closeStarted = new AtomicBoolean();
    private Runnable afterClose = () -> { };

    private Database(DataSource dataSource, AutoCloseable closer, DatabaseVendor vendor, String description,
                     boolean syncsCommits, DatabaseKey key) {
        this(dataSource, closer, vendor, description, syncsCommits, DatabaseLink.embedded(description), key);
    }

    private Database(DataSource dataSource, AutoCloseable closer, DatabaseVendor vendor, String description,
                     boolean syncsCommits, DatabaseLink link, DatabaseKey key) {
        this.link = link;
        this.closer = closer;
        this.vendor = vendor;
        this.key = key;
        this.dataSource = dataSource;
        this.description = description;
        this.syncsCommits = syncsCommits;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteWithOptimisticLocking(false);
        this.dsl = DSL.using(dataSource, vendor.dialect(), settings);
    }

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // H2 looks every value it reads up in a small shared cache of 1,024 values to share equal ones; on long
        // reads (the board, an audit walk) that lookup was a quarter of the reading thread's time and saved nothing.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    /** Opens (creating if needed) the embedded database file in {@code dataDir} and migrates it. */
    public static Database openEmbedded(Path dataDir) {
        return openEmbedded(dataDir, BeforeMigration.NONE);
    }

    /**
     * As {@link #openEmbedded(Path)}; when the file holds an older schema than this program's, {@code beforeMigration}
     * runs first (a backup of the file as it is), and a failure there leaves the file unmigrated.
     */
    public static Database openEmbedded(Path dataDir, BeforeMigration beforeMigration) {
        return openEmbedded(dataDir, DatabaseKey.NONE, beforeMigration);
    }

    /**
     * As {@link #openEmbedded(Path, BeforeMigration)}, with the key of an encrypted database ({@link DatabaseKey#NONE}
     * for a plain one). A new database is created encrypted when a key is given. Refused, before H2 is asked, when
     * the directory is encrypted and no key is given ({@code KEY_NEEDED}) and when a key is given for an existing
     * plain database ({@code NOT_ENCRYPTED}); a wrong key is refused as {@code WRONG_KEY}.
     */
    public static Database openEmbedded(Path dataDir, DatabaseKey key, BeforeMigration beforeMigration) {
        Path file = dataDir.toAbsolutePath().resolve(EMBEDDED_FILE_NAME);
        String description = embeddedDescription(dataDir);
        boolean exists = Files.exists(DatabaseFiles.fileIn(dataDir));
        boolean encrypted = DatabaseEncryption.isEncrypted(dataDir);
        if (encrypted && !key.isEncrypted()) {
            throw new DatabaseUnavailableException(description + ": encrypted, no key given",
                    DatabaseUnavailableException.Reason.KEY_NEEDED, null);
        }
        if (exists && !encrypted && key.isEncrypted()) {
            throw new DatabaseUnavailableException(description + ": not encrypted, yet a key was given",
                    DatabaseUnavailableException.Reason.NOT_ENCRYPTED, null);
        }
        // the marker goes first: a new encrypted database whose creation is cut short still asks for its key
        DatabaseEncryption.record(dataDir, key.isEncrypted());
        Path mvDbFile = DatabaseFiles.fileIn(dataDir);
        // see there: else H2 may open an older version than its last commit
        H2CrashRepair.repairIfUnclean(mvDbFile, key.isEncrypted() ? key.filePassword() : null);
        try {
            Database database = openH2(fileUrl(file, key), key, description, beforeMigration, true);
            H2CrashRepair.opened(mvDbFile);
            Thread atExit = new Thread(database::closeAtExit, "database-close-at-exit");
            Runtime.getRuntime().addShutdownHook(atExit);
            database.afterClose = () -> {
                H2CrashRepair.closed(mvDbFile);
                forgetExitHook(atExit);
            };
            return database;
        } catch (RuntimeException e) {
            if (!exists) {
                DatabaseEncryption.reconcile(dataDir);
            }
            throw e;
        }
    }

    /** The JDBC URL of the plain embedded database in {@code dataDir}, with the settings the program runs it with. */
    public static String embeddedUrl(Path dataDir) {
        return embeddedUrl(dataDir, DatabaseKey.NONE);
    }

    /** The JDBC URL of the embedded database in {@code dataDir} encrypted with {@code key} (or plain). */
    public static String embeddedUrl(Path dataDir, DatabaseKey key) {
        return fileUrl(dataDir.toAbsolutePath().resolve(EMBEDDED_FILE_NAME), key);
    }

    /** The user and password H2's own tools log in with to the embedded database under {@code key}. */
    public static String[] embeddedLogin(DatabaseKey key) {
        return new String[] {DatabaseKey.USER, key.jdbcPassword()};
    }

    /** The address of the plain H2 file whose base name (without {@code .mv.db}) is {@code base}. */
    static String fileUrl(Path base) {
        return fileUrl(base, DatabaseKey.NONE);
    }

    /** The address of the H2 file whose base name (without {@code .mv.db}) is {@code base}, as the program opens it. */
    static String fileUrl(Path base, DatabaseKey key) {
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE" + DURABLE_COMMIT + key.urlSettings();
    }

    /** The {@link #description()} of the shared database at {@code address}, known before it opens. */
    public static String serverDescription(ServerAddress address) {
        return "PostgreSQL " + address.display();
    }

    /** The {@link #description()} the embedded database in {@code dataDir} will have, known before it opens. */
    public static String embeddedDescription(Path dataDir) {
        return "H2 " + dataDir.toAbsolutePath().resolve(EMBEDDED_FILE_NAME) + ".mv.db";
    }

    /** A private in-memory database, for tests. */
    public static Database openInMemory(String name) {
        return openH2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", DatabaseKey.NONE, "H2 memory " + name,
                BeforeMigration.NONE, false);
    }

    private static Database openH2(String url, DatabaseKey key, String description, BeforeMigration beforeMigration,
                                   boolean onDisk) {
        String password = key.jdbcPassword();
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, DatabaseKey.USER, password);
        try {
            migrate(pool, DatabaseVendor.H2, beforeMigration, key);
        } catch (RuntimeException e) {
            pool.dispose();
            throw DatabaseUnavailableException.wrap(description, e);
        }
        // SHUTDOWN on a connection of its own, not a pooled one: a pooled connection rolls back when it is handed
        // back, after the database is gone, and H2 wrote "Database is already closed" into its trace file each time
        return new Database(pool, () -> {
            try (Connection c = DriverManager.getConnection(url, DatabaseKey.USER, password);
                 var s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } finally {
                pool.dispose();
            }
        }, DatabaseVendor.H2, description, onDisk, key);
    }

    /**
     * Opens the shared office database on a PostgreSQL server and migrates it. A new (empty) database gets the
     * schema; the file backup that runs before an embedded database's migration has no counterpart here: the
     * server's own backups (pg_dump) are the office's, outside this program.
     */
    public static Database openServer(ServerAddress address) {
        var source = ServerConnections.dataSource(address);
        ServerPool pool = new ServerPool(source, ServerConnections.MAX_CONNECTIONS);
        String description = serverDescription(address);
        // asked first, so that an unreachable server or a refused sign-in is said in the driver's one sentence,
        // not inside Flyway's report of the same failure
        try (Connection probe = pool.getConnection()) {
            probe.isValid(ServerConnections.CONNECT_SECONDS);
        } catch (SQLException e) {
            pool.close();
            throw new DatabaseUnavailableException(description + ": " + e.getMessage(),
                    DatabaseUnavailableException.Reason.SERVER, e);
        }
        try {
            migrate(pool, DatabaseVendor.POSTGRESQL, BeforeMigration.NONE, DatabaseKey.NONE);
        } catch (RuntimeException e) {
            pool.close();
            throw DatabaseUnavailableException.wrap(description, e);
        }
        DatabaseLink link = DatabaseLink.postgres(description, source::getConnection);
        // after a reconnect the pooled connections are dead: fresh ones, before the link wakes the feed's reader
        link.onStateChange(state -> {
            if (state == org.incidentdesk.domain.common.ConnectionState.CONNECTED) {
                pool.renew();
            }
        });
        // the server writes each commit to its WAL (synchronous_commit) before the commit returns: nothing to sync
        return new Database(pool, pool::close, DatabaseVendor.POSTGRESQL, description, false, link, DatabaseKey.NONE);
    }

    /**
     * Migrates with Flyway, unless every migration this program carries is already applied (see CurrentSchema).
     * When an existing database has pending migrations, {@code beforeMigration} (the backup) runs first.
     */
    private static void migrate(DataSource dataSource, DatabaseVendor vendor, BeforeMigration beforeMigration,
                                DatabaseKey key) {
        List<JavaMigration> javaMigrations = List.of(new TypedTimelineMigration(), new AuditChainMigration());
        if (CurrentSchema.isCurrent(dataSource, vendor, javaMigrations)) {
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(vendor.flywayLocations())
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
                .load();
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        // a new, empty database has nothing to lose: only an existing one is copied before it changes
        if (current != null && info.pending().length > 0) {
            MigrationInfo[] pending = info.pending();
            beforeMigration.run(copier(dataSource, key), current.getVersion().toString(),
                    pending[pending.length - 1].getVersion().toString());
        }
        flyway.migrate();
    }

    private static void copy(DataSource dataSource, Path target) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseFiles.copyOpenDatabase(c, target);
        } catch (SQLException e) {
            throw DatabaseUnavailableException.wrap("copy", e);
        }
    }

    private static FileCopier copier(DataSource dataSource, DatabaseKey key) {
        return new FileCopier() {
            @Override
            public void copyTo(Path target) {
                copy(dataSource, target);
            }

            @Override
            public DatabaseKey key() {
                return key;
            }
        };
    }

    /**
     * Consistent copies of this (embedded) database's file while the program keeps working on it (see
     * {@link DatabaseFiles#copyOpenDatabase}), and the key they open with: an encrypted database's copy stays
     * encrypted. A shared PostgreSQL database has no file here: it is refused, and the server's own backups
     * (pg_dump) keep it.
     */
    public FileCopier fileCopier() {
        if (vendor != DatabaseVendor.H2) {
            throw new UnsupportedOperationException(description + ": the program backs up only an embedded "
                    + "database; a PostgreSQL office database is backed up on its server (pg_dump)");
        }
        return copier(dataSource, key);
    }

    /** Which engine this is: H2 (embedded) or PostgreSQL (shared). */
    public DatabaseVendor vendor() {
        return vendor;
    }

    /** What runs before an existing database's schema is migrated: the pre-migration backup. */
    @FunctionalInterface
    public interface BeforeMigration {
        BeforeMigration NONE = (copier, from, to) -> { };

        /** {@code copier} writes the file as it is now (schema {@code fromVersion}) to a path. */
        void run(FileCopier copier, String fromVersion, String toVersion);
    }

    /** Writes a consistent copy of the open database file to {@code target}. */
    public interface FileCopier {
        void copyTo(Path target);

        /** The key the copies open with: the database's own ({@link DatabaseKey#NONE} when it is plain). */
        DatabaseKey key();
    }

    DSLContext dsl() {
        return dsl;
    }

    /** Connections of this database's pool, for the store's own plain-JDBC work (copying) and tests. */
    DataSource dataSource() {
        return dataSource;
    }

    /** For the status bar and logs, e.g. "H2 /home/x/.local/share/incidentdesk/incidentdesk.mv.db". */
    public String description() {
        return description;
    }

    /** Times the transactions: one still running after {@link #WRITE_BOUND} is reported to its listeners. */
    public WriteWatchdog watchdog() {
        return watchdog;
    }

    /**
     * The line to a shared database that listens for other workstations' changes and knows whether the server
     * answers (the header shows it); an embedded database's link is always connected.
     */
    public DatabaseLink link() {
        return link;
    }

    /** True for a shared office database (PostgreSQL), which other workstations change too. */
    public boolean isShared() {
        return vendor == DatabaseVendor.POSTGRESQL;
    }

    boolean isClosing() {
        return closing;
    }

    /** Starts a transaction's clock; refused once the database is closing, so nothing commits into a closed file. */
    WriteWatchdog.Watch beginTransaction() {
        if (closing) {
            throw new DatabaseUnavailableException(description + ": closing", DatabaseUnavailableException.Reason.OTHER,
                    null);
        }
        return watchdog.begin();
    }

    /**
     * Forces what the last transaction wrote to the disk (H2's CHECKPOINT SYNC: write the open chunk, then fsync),
     * so what is announced as saved survives a power cut, not only a killed process.
     */
    void syncToDisk() {
        if (!syncsCommits) {
            return;
        }
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (java.sql.SQLException e) {
            throw new org.jooq.exception.DataAccessException("CHECKPOINT SYNC on " + description, e);
        }
    }

    /**
     * Closes the file when the JVM is asked to stop (SIGTERM: the desktop logging out or shutting down; H2's own
     * close at exit is off, see the URL): a file left open is not marked clean, and the next start would have to
     * scan all of it ({@link H2CrashRepair}) before it can open.
     */
    private void closeAtExit() {
        try {
            close();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Database.class).warn("closing {} at exit failed", description, e);
        }
    }

    private static void forgetExitHook(Thread atExit) {
        try {
            Runtime.getRuntime().removeShutdownHook(atExit);
        } catch (IllegalStateException exiting) {
            // the JVM is stopping: the hook is running or about to, and finds the database closed
        }
    }

    /**
     * Closes the database: refuses new transactions, waits (bounded) for those running — an alert being written
     * on its own thread must commit before H2 shuts down, not after, when H2 would let its commit return without
     * writing it — and shuts H2 down. A database whose transaction never finishes (damaged) is left as it is:
     * H2's shutdown would wait for that transaction forever. Only the first call closes; a second (the exit hook
     * after a close, or the reverse) does nothing.
     */
    @Override
    public void close() {
        if (!closeStarted.compareAndSet(false, true)) {
            return;
        }
        closing = true;
        link.close();
        boolean idle = watchdog.awaitIdle(CLOSE_WAIT);
        watchdog.close();
        if (!idle) {
            return;
        }
        try {
            closer.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing " + description, e);
        } finally {
            afterClose.run();
        }
    }
}
